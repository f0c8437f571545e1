using ConflictAtlas.Bench.Extraction;

return await ExtractionBench.RunAsync(BenchOptions.Parse(args), Console.Out, Console.Error);

using ConflictAtlas.Bench.Embeddings;

return args.FirstOrDefault() == "dedup"
    ? DedupSimilarity.Run(args[1..], Console.Out, Console.Error)
    : EmbeddingsExperiment.Run(args, Console.Out, Console.Error);

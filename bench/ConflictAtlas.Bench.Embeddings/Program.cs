using ConflictAtlas.Bench.Embeddings;

return EmbeddingsExperiment.Run(args, Console.Out, Console.Error);

using ConflictAtlas.Cli;

return await AtlasCli.RunAsync(args, Console.Out, Console.Error);

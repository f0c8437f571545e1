using ConflictAtlas.Server;

return await ServerHost.RunAsync(ServerOptions.FromArgs(args), Console.Error);

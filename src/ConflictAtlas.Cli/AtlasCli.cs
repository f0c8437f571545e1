using System.CommandLine;
using ConflictAtlas.Cli.Commands;

namespace ConflictAtlas.Cli;

/// <summary>The <c>atlas</c> command tree. Each command lives in <c>Commands/</c>; this file only assembles them.</summary>
public static class AtlasCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ConflictAtlas: evidence-backed conflict events from news reports (ACLED-compatible).");
        var context = new CliContext(stdout, stderr);
        root.Add(ExtractCommand.Create(context));
        root.Add(DemoCommand.Create(context));
        root.Add(EvalCommand.Create(context));
        root.Add(PlacesCommand.Create(context));
        root.Add(GazetteerCommand.Create(context));
        root.Add(IngestCommand.Create(context));
        root.Add(ExportCommand.Create(context));
        root.Add(EventsCommand.Create(context));
        root.Add(WorkerCommand.Create(context));
        root.Add(WatchCommand.Create(context));
        root.Add(RecodeCommand.Create(context));
        root.Add(TextCommand.Create(context));
        root.Add(ServeCommand.Create(context));
        root.Add(UsersCommand.Create(context));
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parse.InvokeAsync(config).ConfigureAwait(false);
    }
}

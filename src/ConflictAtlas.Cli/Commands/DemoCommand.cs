using System.CommandLine;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas demo [DIR...]</c>: code every report in the sample folders and print the events.</summary>
public static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var dirs = new Argument<string[]>("DIR") { Description = "Folders or files of reports", Arity = ArgumentArity.ZeroOrMore };
        var db = StoreOptions.Db();
        var command = new Command("demo", "Code the bundled sample reports, print their events, store them and print the merged events") { dirs, db };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(dirs) ?? [];
            var code = Run(context, inputs);
            if (code != 0)
            {
                return code;
            }

            context.Out.WriteLine();
            await IngestCommand.RunAsync(context, inputs.Length == 0 ? ["samples"] : inputs, null, parse.GetValue(db)!, queue: false, ct).ConfigureAwait(false);
            // Reports stored by an earlier run keep their bytes, so ingest leaves them alone: code them again, so that
            // the store shows what today's coder reads.
            await RecodeCommand.RunAsync(context, parse.GetValue(db)!, quiet: true, ct).ConfigureAwait(false);
            return await EventsCommand.ListAsync(context, parse.GetValue(db)!, ct).ConfigureAwait(false);
        });
        return command;
    }

    public static int Run(CliContext context, string[] inputs)
    {
        if (inputs.Length == 0)
        {
            inputs = ["samples"];
        }

        var files = inputs.SelectMany(Expand).ToList();
        if (files.Count == 0)
        {
            return context.Fail("no reports found in " + string.Join(", ", inputs));
        }

        var events = 0;
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var raw = FileArticleSource.Read(file);
                var document = AtlasServices.Pipeline.Run(Document.Create(raw.Content, new ArticleMetadata { Source = file, Published = SampleDates.PublishedFor(file) }, raw.IsHtml));
                EventTable.Write(context.Out, document);
                context.Out.WriteLine();
                events += document.Events.Length;
            }
            catch (InputException ex)
            {
                failed++;
                context.Error.WriteLine("skipped: " + ex.Message);
            }
        }

        context.Out.WriteLine($"{files.Count} report(s), {events} event(s), {failed} skipped");
        return 0;
    }

    private static IEnumerable<string> Expand(string input) =>
        Directory.Exists(input)
            ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => FileArticleSource.SupportedExtensions.Contains(FileArticleSource.Extension(f)))
                .Order(StringComparer.Ordinal)
            : [input];
}

using System.CommandLine;
using System.Globalization;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Output;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas extract FILE [--published YYYY-MM-DD] [--url URL] [--json] [--explain]</c>: code the events of one report.</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A report: .txt, .html, .htm or .html.gz" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD); relative dates are resolved against it" };
        var url = new Option<string?>("--url") { Description = "The report's URL, recorded in the output" };
        var json = new Option<bool>("--json") { Description = "Print the JSON contract (docs/event-format.md) instead of a table" };
        var explain = new Option<bool>("--explain") { Description = "Also say, for every sentence that names an act, which event it became or joined or why it was dropped, and which rule set each field, and what each event's confidence was read from" };
        var command = new Command("extract", "Code the events of one report, with evidence for every field") { file, published, url, json, explain };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(url), parse.GetValue(json), parse.GetValue(explain)));
        return command;
    }

    public static int Run(CliContext context, string path, string? published, string? url, bool json, bool explain = false)
    {
        DateTimeOffset? date = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return context.Fail($"--published must be a date as YYYY-MM-DD, not '{published}'");
            }

            date = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        RawArticle raw;
        try
        {
            raw = FileArticleSource.Read(path);
        }
        catch (InputException ex)
        {
            return context.Fail(ex.Message);
        }

        var document = Document.Create(raw.Content, new ArticleMetadata { Published = date, Url = url, Source = path }, raw.IsHtml);
        try
        {
            document = AtlasServices.Pipeline.Run(document);
        }
        catch (PipelineStageException ex)
        {
            return context.Fail(ex.Message);
        }

        if (Languages.IsUnread(document.Metadata.Language))
        {
            context.Error.WriteLine($"notice: the report is in '{document.Metadata.Language}', a language the coder does not read " +
                                    $"(languages read: {string.Join(", ", Languages.Read.Order(StringComparer.Ordinal))}); no events were coded from it");
        }

        if (json)
        {
            var output = EventRecordWriter.ToJson(document);
            if (explain)
            {
                output["explain"] = Explanation.ToJson(document);
                output["explain_confidence"] = Explanation.ConfidenceToJson(document);
            }

            context.Out.WriteLine(output.ToJsonString(EventRecordWriter.JsonOptions));
        }
        else
        {
            EventTable.Write(context.Out, document);
            if (explain)
            {
                Explanation.Write(context.Out, document);
            }
        }

        return 0;
    }
}

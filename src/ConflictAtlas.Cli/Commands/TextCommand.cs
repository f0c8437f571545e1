using System.CommandLine;
using System.Text.Json;
using ConflictAtlas.Core.Output;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas text INPUT... [--jsonl]</c>: print the article text of files, folders, URLs and feeds. A bad input is
/// reported on standard error and skipped; the exit code is non-zero when any input failed.
/// </summary>
public static class TextCommand
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files (.txt, .html, .htm, .html.gz), folders, http(s) URLs, or RSS/Atom feeds (file or URL)", Arity = ArgumentArity.OneOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per article on its own line: path, url, title, published, author, site, language, text, removed" };
        var command = new Command("text", "Print the cleaned article text of each input") { inputs, jsonl };
        command.SetAction((parse, token) => RunAsync(context, parse.GetValue(inputs) ?? [], parse.GetValue(jsonl), token));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string[] inputs, bool jsonl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failed = 0;
        var read = 0;
        await foreach (var outcome in AtlasServices.Reader.ReadAllAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Document is null)
            {
                failed++;
                context.Error.WriteLine("error: " + outcome.Error);
                continue;
            }

            if (jsonl)
            {
                context.Out.WriteLine(TextRecordWriter.ToJson(outcome.Input, outcome.Document).ToJsonString(Compact));
            }
            else
            {
                if (read > 0)
                {
                    context.Out.WriteLine();
                }

                if (inputs.Length > 1 || outcome.Input != inputs[0] || outcome.Document.Metadata.Url is not null && outcome.Input != outcome.Document.Metadata.Url)
                {
                    context.Out.WriteLine($"==> {outcome.Document.Metadata.Url ?? outcome.Input} <==");
                }

                context.Out.WriteLine(outcome.Document.Text);
            }

            read++;
        }

        if (failed > 0)
        {
            context.Error.WriteLine($"{read} read, {failed} failed");
            return CliContext.InputError;
        }

        return read == 0 ? context.Fail("nothing to read") : 0;
    }
}

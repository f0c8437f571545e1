using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Storage.Ingestion.Watch;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas watch FEEDS.txt</c>: polls a list of RSS/Atom feeds and stores their new items as they appear.</summary>
public static partial class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var feeds = new Argument<string>("FEEDS") { Description = "A text file with one feed URL per line (blank lines and lines starting with # are skipped)" };
        var every = new Option<string>("--every")
        {
            Description = "Time between two polls of a feed: 90s, 15m, 2h, 1h30m (default 15m); a failing feed waits longer after each failure",
            DefaultValueFactory = _ => "15m",
        };
        var db = StoreOptions.Db();
        var state = new Option<string?>("--state") { Description = "Where the watcher remembers stored items and each feed's validators (default FEEDS.state.json)" };
        var once = new Option<bool>("--once") { Description = "Poll every due feed once and exit (for cron); exit code 2 when a feed failed" };
        var command = new Command("watch", "Poll RSS/Atom feeds with conditional GETs and store only their new items, until stopped") { feeds, every, db, state, once };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(feeds)!, parse.GetValue(every)!, parse.GetValue(db)!, parse.GetValue(state), parse.GetValue(once), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string feedsFile, string every, string db, string? statePath, bool once, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ParseInterval(every) is not { } interval)
        {
            return context.Fail($"--every '{every}': give a time such as 90s, 15m, 2h or 1h30m (at least 10s)");
        }

        if (!File.Exists(feedsFile))
        {
            return context.Fail($"{feedsFile}: no such file");
        }

        var (urls, problems) = ReadFeedList(feedsFile);
        foreach (var problem in problems)
        {
            context.Error.WriteLine("skipped: " + problem);
        }

        if (urls.Count == 0)
        {
            return context.Fail($"{feedsFile}: holds no feed URL");
        }

        statePath ??= feedsFile + ".state.json";
        WatchState state;
        try
        {
            state = WatchState.Load(statePath);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return context.Fail(ex.Message);
        }

        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        var watcher = new FeedWatcher(AtlasServices.Pipeline, store, AtlasServices.Fetcher, new WatchOptions { Every = interval });
        var failed = false;
        var progress = new CallbackProgress<FeedPollReport>(report =>
        {
            failed |= report.Status == FeedPollStatus.Failed;
            context.Out.WriteLine($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {report}");
            foreach (var error in report.ItemErrors)
            {
                context.Error.WriteLine("skipped: " + error);
            }
        });
        context.Error.WriteLine($"watching {urls.Count} feed(s) every {every} into {store.Description}; state in {statePath}" + (once ? "" : "; Ctrl-C stops"));
        try
        {
            await watcher.WatchAsync(urls, state, statePath, progress, once, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine($"stopped; what was stored is remembered in {statePath}");
            return 0;
        }
        catch (System.Data.Common.DbException ex)
        {
            return context.Fail($"{store.Description}: the store failed ({ex.Message}); what was stored is kept, run again to resume");
        }

        return once && failed ? CliContext.InputError : 0;
    }

    /// <summary>The feed URLs of the list, in order and without repeats, and what was wrong with the other lines.</summary>
    public static (List<string> Urls, List<string> Problems) ReadFeedList(string path)
    {
        var urls = new List<string>();
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!ArticleInputs.IsUrl(line, out var url))
            {
                problems.Add($"{path}:{lineNumber}: '{line}' is not an http or https URL");
            }
            else if (!urls.Contains(url.AbsoluteUri))
            {
                urls.Add(url.AbsoluteUri);
            }
        }

        return (urls, problems);
    }

    /// <summary>"90s", "15m", "2h", "1d", "1h30m" or a TimeSpan ("00:15:00"); null when unreadable or under 10 s.</summary>
    public static TimeSpan? ParseInterval(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        TimeSpan total;
        var match = IntervalPattern().Match(value);
        if (match.Success && value.Length > 0)
        {
            total = TimeSpan.Zero;
            foreach (Capture part in match.Groups["part"].Captures)
            {
                var n = long.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
                var unit = part.Value[^1] switch { 's' => 1L, 'm' => 60L, 'h' => 3600L, _ => 86400L };
                if (n > 10_000_000 / unit)
                {
                    return null;
                }

                total += TimeSpan.FromSeconds(n * unit);
            }
        }
        else if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out total))
        {
            return null;
        }

        return total >= TimeSpan.FromSeconds(10) && total <= TimeSpan.FromDays(30) ? total : null;
    }

    [GeneratedRegex(@"^(?<part>\d{1,9}[smhd])+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntervalPattern();
}

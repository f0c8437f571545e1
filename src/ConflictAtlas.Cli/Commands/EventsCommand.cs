using System.CommandLine;
using System.Globalization;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas events list|show|split|history</c>: the canonical events in the store.</summary>
public static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("events", "List canonical events, show their history, split a wrongly merged report off");

        var listDb = StoreOptions.Db();
        var list = new Command("list", "One line per canonical event, with its sources") { listDb };
        list.SetAction((parse, ct) => ListAsync(context, parse.GetValue(listDb)!, ct));

        var splitDb = StoreOptions.Db();
        var eventId = new Argument<long>("EVENT_ID") { Description = "The canonical event" };
        var atomId = new Argument<long>("ATOM_ID") { Description = "The source (atom) to take out of it" };
        var why = new Option<string>("--why") { Description = "Reason, kept in the event's history", DefaultValueFactory = _ => "not the same event" };
        var who = new Option<string>("--who") { Description = "Who splits, kept in the event's history", DefaultValueFactory = _ => Environment.UserName };
        var split = new Command("split", "Undo a merge: move one source of an event into a new event") { eventId, atomId, splitDb, why, who };
        split.SetAction((parse, ct) => SplitAsync(context, parse.GetValue(splitDb)!, parse.GetValue(eventId), parse.GetValue(atomId), parse.GetValue(who)!, parse.GetValue(why)!, ct));

        var historyDb = StoreOptions.Db();
        var historyId = new Argument<long>("EVENT_ID") { Description = "The canonical event" };
        var history = new Command("history", "The revisions of one event: who, when, what changed and why") { historyId, historyDb };
        history.SetAction((parse, ct) => HistoryAsync(context, parse.GetValue(historyDb)!, parse.GetValue(historyId), ct));

        command.Add(list);
        command.Add(split);
        command.Add(history);
        return command;
    }

    public static async Task<int> ListAsync(CliContext context, string db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        var events = await store.QueryEventsAsync(EventFilter.All, cancellationToken).ConfigureAwait(false);
        foreach (var e in events)
        {
            var r = e.Record;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"#{e.Id} {r["event_date"]} {r["sub_event_type"]} | {r["actor1"]} vs {r["actor2"]} | {r["location"]}, {r["country"]} | fatalities {r["fatalities"]} ({r["fatalities_low"]}-{r["fatalities_high"]})"));
            foreach (var s in e.Sources)
            {
                context.Out.WriteLine($"    atom {s.AtomId}: {s.Uri}");
            }
        }

        context.Out.WriteLine($"{events.Count} canonical event(s) in {store.Description}");
        return 0;
    }

    public static async Task<int> SplitAsync(CliContext context, string db, long eventId, long atomId, string who, string why, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        try
        {
            var newId = await store.SplitAsync(eventId, atomId, who, why, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"atom {atomId} is now event #{newId}; event #{eventId} was recomputed");
            return 0;
        }
        catch (StoreException ex)
        {
            return context.Fail(ex.Message);
        }
    }

    public static async Task<int> HistoryAsync(CliContext context, string db, long eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        var revisions = await store.RevisionsAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (revisions.Count == 0)
        {
            return context.Fail($"no event {eventId}");
        }

        foreach (var r in revisions)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.At:u} {r.Who} {r.Action}: {r.Why}\n    {r.What}"));
        }

        return 0;
    }
}

using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Streaming the matches (the exports): every event once, in the asked order, across read batches.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Streaming_yields_every_match_in_order_across_batches_with_offset_and_limit()
    {
        await using var store = await CreateStoreAsync();
        var count = SqlEventStore.StreamBatch * 2 + 17;
        var day = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            // One event per day and place, so nothing merges; every seventh is in Niger.
            var (iso, country) = i % 7 == 0 ? (562, "Niger") : (466, "Mali");
            await store.SaveDocumentAsync(Atoms.Document($"r{i}.txt", $"report {i}",
                Atoms.Make(day.AddDays(i % 400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"Place{i}", 10 + i * 0.001, 1, i % 9, iso: iso, country: country)));
        }

        foreach (var (filter, sort) in new[]
        {
            (EventFilter.All, EventSort.Default), (EventFilter.All, new EventSort("fatalities", false)),
            (new EventFilter(Iso: 562), new EventSort("event_date", false)), (new EventFilter { Text = "place1" }, EventSort.Default),
        })
        {
            var expected = (await store.SearchEventsAsync(filter, sort, 0, int.MaxValue, 0)).Events.Select(e => e.Id).ToList();
            var streamed = await Ids(store.StreamEventsAsync(filter, sort, 0, int.MaxValue));
            Assert.Equal(expected, streamed);
            Assert.Equal(expected.Skip(250).Take(300), await Ids(store.StreamEventsAsync(filter, sort, 250, 300)));
        }

        Assert.Equal(count, (await Ids(store.StreamEventsAsync(EventFilter.All, EventSort.Default, 0, int.MaxValue))).Count);
        var latest = new List<StoredEvent>();
        await foreach (var e in store.StreamEventsAsync(EventFilter.All, EventSort.LatestChange, 0, 10))
        {
            latest.Add(e);
        }

        Assert.Equal(10, latest.Count);
        Assert.Equal(latest.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id).Select(e => e.Id), latest.Select(e => e.Id));
        Assert.Equal(count, latest[0].Id);
    }

    private static async Task<List<long>> Ids(IAsyncEnumerable<StoredEvent> events)
    {
        var ids = new List<long>();
        await foreach (var e in events)
        {
            Assert.NotEmpty(e.Sources);
            ids.Add(e.Id);
        }

        return ids;
    }
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// Grouping candidates into events (<see cref="EventDetectionStage.Group(List{EventCandidate})"/>): the indexed
/// grouping gives exactly the events of comparing each candidate with every member of every event, and its work grows
/// with the number of candidates, not with its square.
/// </summary>
public sealed class EventGroupingTests
{
    // Two towns 15 km apart, a town far from both, and a region.
    private static readonly GazetteerEntry[] Places =
    [
        new("g1", "Town one", "ML", null, null, 14.0, -4.0, 1000, 'P', "PPL", "test"),
        new("g2", "Town two", "ML", null, null, 14.1, -4.1, 1000, 'P', "PPL", "test"),
        new("g3", "Far town", "ML", null, null, 16.5, 0.5, 1000, 'P', "PPL", "test"),
        new("g4", "A region", "ML", "A region", null, 15.0, -2.0, 0, 'A', "ADM1", "test"),
    ];

    private static readonly string[] SubTypes = [SubEventTypes.ArmedClash, SubEventTypes.AirDroneStrike, SubEventTypes.PeacefulProtest, SubEventTypes.ShellingArtilleryMissileAttack];

    private static readonly DateOnly FirstDay = new(2025, 3, 1);

    [Fact]
    public void Indexed_grouping_gives_the_events_of_comparing_every_pair()
    {
        var random = new Random(5);
        for (var round = 0; round < 400; round++)
        {
            var candidates = RandomCandidates(random, round % 10 == 0 ? random.Next(100, 300) : random.Next(0, 40));
            var expected = ReferenceGroup(candidates);
            var actual = EventDetectionStage.Group(candidates);
            Assert.Equal(expected.Count, actual.Count);
            for (var g = 0; g < expected.Count; g++)
            {
                Assert.Equal(expected[g], actual[g], ReferenceEqualityComparer.Instance);
            }
        }
    }

    [Fact]
    public void Grouping_a_report_told_again_and_again_costs_in_proportion_to_its_length()
    {
        // The same mix of events told 10 and 80 times (as in a long page that repeats its stories): comparing each
        // candidate with every member of every event would take 64 times the work for 8 times the candidates.
        var random = new Random(9);
        var story = RandomCandidates(random, 24);
        var (shortWork, shortCount) = Work(story, 10);
        var (longWork, longCount) = Work(story, 80);
        Assert.Equal(8 * shortCount, longCount);
        Assert.True(longWork <= 10 * shortWork, $"{shortWork} comparisons for {shortCount} candidates, {longWork} for {longCount}");
        Assert.True(longWork <= 20L * longCount, $"{longWork} comparisons for {longCount} candidates");
    }

    private static (long Work, int Count) Work(List<EventCandidate> story, int times)
    {
        var candidates = new List<EventCandidate>();
        for (var t = 0; t < times; t++)
        {
            candidates.AddRange(story.Select(c => Copy(c, t * 10_000)));
        }

        EventDetectionStage.Group(candidates, out var comparisons);
        return (comparisons, candidates.Count);
    }

    private static List<EventCandidate> RandomCandidates(Random random, int count)
    {
        var candidates = new List<EventCandidate>();
        for (var i = 0; i < count; i++)
        {
            var start = i * 100;
            var candidate = new EventCandidate
            {
                Class = Taxonomy.Default.BySubType(SubTypes[random.Next(SubTypes.Length)]),
                IsStrong = random.Next(3) > 0,
                Paragraph = i / 3,
                IsSeparate = random.Next(10) == 0,
                NamesAnotherAct = random.Next(12) == 0,
                IsSummary = random.Next(10) == 0,
            };
            candidate.Sentences.Add(new TextSpan(start, start + 90));
            var dated = random.Next(4);
            if (dated > 0)
            {
                var mention = new DateMention(FirstDay.AddDays(random.Next(3)), dated == 3 ? 2 : 1, false) { IsDateline = random.Next(8) == 0 };
                candidate.Date = (new TextSpan(start + 10, start + 20), mention);
            }

            if (random.Next(3) > 0)
            {
                var place = Places[random.Next(Places.Length)];
                candidate.Place = (new TextSpan(start + 30, start + 40), new PlaceMention(place.Name, [place], random.Next(6) == 0 ? null : place, null, false, "test"));
            }

            candidates.Add(candidate);
        }

        return candidates;
    }

    private static EventCandidate Copy(EventCandidate c, int shift)
    {
        var copy = new EventCandidate { Class = c.Class, IsStrong = c.IsStrong, Paragraph = c.Paragraph + shift, IsSeparate = c.IsSeparate, NamesAnotherAct = c.NamesAnotherAct, IsSummary = c.IsSummary, Date = c.Date, Place = c.Place };
        copy.Sentences.AddRange(c.Sentences.Select(s => s.Shift(shift)));
        return copy;
    }

    /// <summary>Grouping by comparing each candidate with every member of every event formed before it.</summary>
    private static List<List<EventCandidate>> ReferenceGroup(List<EventCandidate> candidates)
    {
        var groups = new List<List<EventCandidate>>();
        var floating = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            if (!candidate.IsAnchored)
            {
                floating.Add(candidate);
                continue;
            }

            var day = EventDetectionStage.OwnDay(candidate);
            var same = groups.FirstOrDefault(g => g.Exists(c => c.IsAnchored && EventDetectionStage.SameEvent(c, candidate)) &&
                                                  !EventDetectionStage.ElsewhereThan(g, candidate) &&
                                                  (day is null || g.TrueForAll(c => EventDetectionStage.OwnDay(c) is not { } other || other == day)));
            if (same is not null)
            {
                same.Add(candidate);
            }
            else
            {
                groups.Add([candidate]);
            }
        }

        if (groups.Count == 0 && floating.FirstOrDefault(c => c.IsSummary && c.Paragraph == 0 && (c.Date is not null || c.Place?.Value.Resolved is not null)) is { } summary)
        {
            floating.Remove(summary);
            groups.Add([summary]);
        }

        if (groups.Count > 0)
        {
            foreach (var separate in floating.Where(c => c.NamesAnotherAct && !c.IsSummary).ToList())
            {
                floating.Remove(separate);
                groups.Add([separate]);
            }
        }

        var kinds = groups.SelectMany(g => g).SelectMany(c => EventDetectionStage.DisorderKinds(c.Class)).ToHashSet();
        var crowds = groups.Exists(g => g.Exists(c => EventDetectionStage.IsCrowdEvent(c.Class)));
        foreach (var candidate in floating)
        {
            var start = candidate.Sentences[0].Start;
            var target = groups
                .Where(g => g.TrueForAll(c => !c.IsStrong || !candidate.IsStrong || c.Class.EventType == candidate.Class.EventType))
                .OrderBy(g => candidate.IsStrong && g.Exists(c => c.IsStrong && c.Class.SubEventType == candidate.Class.SubEventType) ? 0 : 1)
                .ThenBy(g => g.Exists(c => c.IsAnchored && c.Paragraph == candidate.Paragraph && c.Sentences[0].Start < start) ? 0 : 1)
                .ThenBy(g => g.Exists(c => c.IsAnchored && c.Sentences[0].Start < start) ? 0 : 1)
                .ThenBy(g => g.Min(c => Math.Abs(c.Sentences[0].Start - start)))
                .FirstOrDefault();
            if (target is not null)
            {
                target.Add(candidate);
            }
            else if (EventDetectionStage.FoundsOtherAct(candidate, kinds, crowds))
            {
                groups.Add([candidate]);
                kinds.UnionWith(EventDetectionStage.DisorderKinds(candidate.Class));
            }
        }

        foreach (var group in groups)
        {
            group.Sort((a, b) => a.Sentences[0].Start.CompareTo(b.Sentences[0].Start));
        }

        return groups;
    }
}

using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Evaluation;

public sealed class EventMatcherTests
{
    [Fact]
    public void Pair_matches_each_prediction_to_the_gold_event_of_its_type_whatever_the_order()
    {
        var predicted = new[] { Event("Battles", "Armed clash"), Event("Explosions/Remote violence", "Air/drone strike") };
        var gold = new[] { Gold("Explosions/Remote violence", "Air/drone strike"), Gold("Battles", "Armed clash") };

        var pairs = EventMatcher.Pair(predicted, gold);

        Assert.Equal([(0, 1), (1, 0)], pairs.OrderBy(p => p.Predicted));
    }

    [Fact]
    public void Pair_leaves_out_a_prediction_that_agrees_with_no_gold_event_and_uses_each_gold_event_once()
    {
        var predicted = new[] { Event("Protests", "Peaceful protest"), Event("Battles", "Armed clash"), Event("Battles", "Armed clash") };
        var gold = new[] { Gold("Battles", "Armed clash") };

        var pairs = EventMatcher.Pair(predicted, gold);

        var pair = Assert.Single(pairs);
        Assert.Equal(0, pair.Gold);
        Assert.NotEqual(0, pair.Predicted);
    }

    private static ConflictEvent Event(string eventType, string subType)
    {
        var span = new TextSpan(0, 5);
        return new ConflictEvent
        {
            Class = new Evidence<EventClass>(new EventClass(eventType, subType, "Political violence", 1, null, "190", "FIGHT", "small arms"), span, "test"),
            Trigger = new Evidence<string>("fight", span, "test"),
        };
    }

    private static GoldEvent Gold(string eventType, string subType) =>
        new(null, null, eventType, subType, null, null, null, null, null, null, null, null, null);
}

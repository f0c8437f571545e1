using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// ACLED's unit is one event per place, day and actor pair: two tellings of one act that the grouping kept apart
/// (one named the day, the other the place) are one event; acts of one day at one place by other actor pairs stay
/// apart.
/// </summary>
public sealed class OneEventPerUnitTests
{
    private static Document Run(string text, string published = Reports.Published) => Reports.Coded(text, published);

    [Theory]
    // The day in the lead, the town in a later paragraph that has no day of its own.
    [InlineData("Reporter shot dead\n\nA local reporter who covered crime stories was shot dead on Sunday by gunmen.\n\n" +
                "The reporter was killed in Mopti by attackers who fled on a motorbike, police said.")]
    [InlineData("Un enseignant abattu\n\nUn enseignant a été abattu dimanche par des hommes armés.\n\n" +
                "L'enseignant a été tué à Mopti par des assaillants qui ont pris la fuite à moto, selon la police.")]
    // A massacre and the fighting told after it at the same town, by the same gunmen against the same villagers.
    [InlineData("Massacre à Mopti\n\nDes hommes armés ont massacré au moins douze villageois dimanche à Mopti.\n\n" +
                "En fin de journée, des affrontements ont encore éclaté à Mopti, où les habitants restaient terrés.")]
    public void Tellings_of_one_act_at_one_town_by_one_pair_are_one_event_on_its_own_day(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date);
        Assert.Equal("Mopti", e.Place!.Value.Name);
    }

    [Fact]
    public void Acts_at_one_town_against_other_targets_stay_apart()
    {
        // The same town, the later act with no day of its own, but the villagers and then the soldiers: two actor
        // pairs, two events.
        var events = Run("Two attacks near Mopti\n\nGunmen massacred nine villagers in Mopti on Sunday.\n\n" +
                         "Later in Mopti, gunmen clashed with the army, and four soldiers were killed.").Events;
        Assert.Equal(2, events.Length);
        Assert.Equal(2, events.Select(e => e.Actor2?.Value.Name).Distinct().Count());
    }

    [Fact]
    public void The_army_striking_back_at_the_group_that_overran_its_base_is_another_event()
    {
        // One town, the second act dated only by the statement a day later, but the pair turned round.
        var events = Run("Army base overrun in Mopti\n\nJNIM fighters overran an army base in Mopti on Sunday, killing a dozen soldiers, officials said.\n\n" +
                         "The government said on Monday that the army had carried out air strikes on JNIM positions in Mopti, killing 20 fighters.", "2025-03-11").Events;
        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.Class.Value.SubEventType == "Air/drone strike");
    }

    [Fact]
    public void Acts_at_one_town_by_one_pair_on_two_named_days_stay_apart()
    {
        var events = Run("Two raids on Mopti\n\nGunmen killed nine villagers in Mopti on Saturday.\n\n" +
                         "On Sunday, gunmen killed four more villagers in Mopti.").Events;
        Assert.Equal(2, events.Length);
    }
    [Theory]
    // A lead that counts its acts ("two raids") and the raids then told one by one, each with its own day and town:
    // the count sums up the two events, it is not a third.
    [InlineData("Gunmen killed eleven villagers on Saturday and Sunday in two raids in central Mali.\n\n" +
                "The first raid, on Saturday evening, hit the town of Gao.\n\n" +
                "On Sunday, a second raid struck Ménaka, where gunmen killed five herders.")]
    [InlineData("Onze villageois ont été tués samedi et dimanche dans deux attaques dans le centre du Mali.\n\n" +
                "La première attaque, samedi soir, a visé la ville de Gao.\n\n" +
                "Dimanche, une seconde attaque a frappé Ménaka, où des hommes armés ont tué cinq bergers.")]
    public void A_lead_that_counts_its_acts_joins_the_acts_it_counts(string report)
    {
        var events = Run(report).Events;
        Assert.Equal(2, events.Length);
        Assert.Equal(["Gao", "Ménaka"], events.Select(e => e.Place!.Value.Name).Order().ToArray());
    }

    [Fact]
    public void A_single_counted_raid_told_once_stays_an_event()
    {
        // "two raids" with only one of them told again: the count still founds its own event beside nothing to join.
        var events = Run("Gunmen killed eleven villagers in Mopti on Sunday in two raids.").Events;
        Assert.Single(events);
    }

    // A province of the gazetteer and a district in it (the embedded supplement has no provinces).
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline WithProvinces = global::ConflictAtlas.Core.Pipeline.PipelineDefaults.Create(new InMemoryGazetteer(
    [
        (new GazetteerEntry("t:paktika", "Paktika", "AF", "Paktika", null, 33.2, 68.7, 0, 'A', "ADM1", "test"), new[] { "Paktika Province" }),
        (new GazetteerEntry("t:barmal", "Barmal", "AF", "Paktika", "Barmal", 32.6, 69.3, 0, 'A', "ADM2", "test"), new[] { "Barmal District" }),
    ]));

    [Fact]
    public void A_telling_placed_only_at_the_province_joins_the_district_event_of_its_day()
    {
        // The raids located at a district in the lead, then their day told with only the province behind it and an
        // armed group named further on: one act, located at the district.
        var events = WithProvinces.Run(Reports.New(
            "Air raids kill villagers in eastern Afghanistan\n\nOn 10 March 2025, officials said that air raids by the Pakistani air " +
            "force on the Barmal district of Paktika province had killed 30 people, mostly civilians. The raids took place late on " +
            "9 March 2025 and wounded eight more people, many of them children.\n\nThe TTP fighters blamed for attacks on border " +
            "posts shelter in Paktika, according to the Pakistani army.", "2025-03-11")).Events;
        var e = Assert.Single(events);
        Assert.Equal("Barmal", e.Place!.Value.Name);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date);
    }

    [Theory]
    // A protest and the police's arrests of its demonstrators, told apart on the protest's day and place: one event, a
    // protest with intervention by the police, not a peaceful protest beside an Arrests event.
    [InlineData("Hundreds of teachers marched in Bamako on Sunday to demand their unpaid wages.\n\n" +
                "Police arrested about thirty demonstrators in Bamako on Sunday, a union leader said.")]
    [InlineData("Des centaines d'enseignants ont manifesté dimanche à Bamako pour réclamer leurs salaires impayés.\n\n" +
                "La police a interpellé une trentaine de manifestants dimanche à Bamako, selon un syndicaliste.")]
    public void Arrests_of_the_demonstrators_on_the_protest_day_make_it_a_protest_with_intervention(string report)
    {
        var e = Assert.Single(Run(report).Events);
        Assert.Equal(SubEventTypes.ProtestWithIntervention, e.Class.Value.SubEventType);
        Assert.Equal(ActorType.Protesters, e.Actor1!.Value.Type);
        Assert.Equal(ActorType.StateForces, e.Actor2!.Value.Type);
        Assert.Equal("Bamako", e.Place!.Value.Name);
    }

    [Fact]
    public void Arrests_on_another_day_than_the_protest_stay_an_arrests_event()
    {
        var events = Run("Hundreds of teachers marched in Bamako on Saturday to demand their unpaid wages.\n\n" +
                         "Police arrested about thirty demonstrators in Bamako on Sunday, a union leader said.").Events;
        Assert.Contains(events, e => e.Class.Value.SubEventType == SubEventTypes.Arrests);
        Assert.Contains(events, e => e.Class.Value.SubEventType == SubEventTypes.PeacefulProtest);
    }
}

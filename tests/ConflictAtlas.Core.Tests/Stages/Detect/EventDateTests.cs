using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>Which day an event takes when a report names several: its own day, a statement's, a dateline's, a day
/// told in the next sentence or counted from another.</summary>
public sealed class EventDateTests
{
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Standard = PipelineDefaults.Create();

    private static DateOnly DayOf(string text, string published)
    {
        var document = Standard.Run(Document.Create(text, new ArticleMetadata { Published = DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }));
        return Assert.Single(document.Events).Date!.Value.Date;
    }

    // Filed on Monday 10 March (a wire dateline, or a page stamp opening the text); the speakers spoke on Sunday: the
    // event is no later than Sunday.
    [Theory]
    [InlineData("KIDAL, March 10 (Sahel Wire) - Gunmen killed four villagers in the town of Kidal, residents said on Sunday.")]
    [InlineData(" date 2025-03-10 Gunmen killed four villagers in the town of Kidal, the governor said on Sunday.")]
    public void A_statement_day_of_the_event_sentence_beats_the_filing_day_of_the_same_sentence(string report) =>
        Assert.Equal(new DateOnly(2025, 3, 9), DayOf(report, "2025-03-11"));

    [Theory]
    [InlineData("KIDAL, 9 mars 2025 (Sahel Wire) - Trois soldats ont été tués dans une embuscade près de Kidal. Une mission de l'ONU a recensé, du 3 janvier au 28 février, au moins 140 civils tués dans la région.")]
    [InlineData("KIDAL, March 9, 2025 (Sahel Wire) - Three soldiers were killed in an ambush near Kidal. From 3 January to 28 February, at least 140 civilians were killed in the region, a UN mission said.")]
    public void The_ends_of_a_period_of_weeks_are_no_day_of_the_event(string report) =>
        Assert.NotEqual(new DateOnly(2025, 2, 28), DayOf(report, "2025-03-10"));

    [Fact]
    public void A_day_in_what_a_statement_says_is_the_event_day_not_the_day_of_the_statement() =>
        // "said that ... on Thursday": Thursday is when the gunmen attacked, Saturday when the group spoke.
        Assert.Equal(new DateOnly(2025, 3, 6),
            DayOf("On Saturday, a rights group said that gunmen on Thursday attacked the village of Kidal.", "2025-03-09"));

    // Published on Thursday 6 March: the page stamp is the filing day; the next sentence says when the act occurred,
    // a clock time between them or not.
    [Theory]
    [InlineData("The incident, which occurred in the afternoon on Tuesday, was reported by a local official yesterday.")]
    [InlineData("The incident, which occurred around 2:20 p.m. on Tuesday, was reported by a local official.")]
    public void A_following_sentence_that_says_when_the_incident_occurred_dates_the_event(string second) =>
        Assert.Equal(new DateOnly(2025, 3, 4),
            DayOf(" date 2025-03-06 Armed men have kidnapped at least twenty people in the town of Kidal. " + second, "2025-03-06"));

    // Published on Sunday 9 March; the lead gives only the day a group spoke (Saturday), the sentence after it the day
    // the fighters struck (Thursday): the event is Thursday's. A day further back than the statement allows is another
    // event's and leaves the statement day.
    [Theory]
    [InlineData("Fighters on Thursday stormed two hamlets south of the town.", 6)]
    [InlineData("Fighters on Monday stormed two hamlets south of the town.", 8)]
    public void A_statement_day_gives_way_to_the_day_the_next_sentence_names_shortly_before_it(string second, int day) =>
        Assert.Equal(new DateOnly(2025, 3, day), DayOfTheKilling("Eighteen villagers were killed by gunmen in the town of Kidal, a rights group said on Saturday. " + second));

    // The same with a wire dateline of Saturday 8 March as the lead's only day: the filing day gives way too.
    [Theory]
    [InlineData("Fighters on Thursday stormed two hamlets south of the town.", 6)]
    [InlineData("Fighters on Monday stormed two hamlets south of the town.", 8)]
    public void A_dateline_day_gives_way_to_the_day_the_next_sentence_names_shortly_before_it(string second, int day) =>
        Assert.Equal(new DateOnly(2025, 3, day), DayOfTheKilling("KIDAL, March 8 (Sahel Wire) - Eighteen villagers were killed by gunmen in the town of Kidal. " + second));

    // A headline with no day leads the event; the sentence after it gives the statement day (Saturday) and the one after
    // that the day the fighters struck (Thursday): the event is Thursday's, not the statement's.
    [Fact]
    public void A_statement_day_after_a_headline_gives_way_to_the_day_the_next_sentence_names() =>
        Assert.Equal(new DateOnly(2025, 3, 6), DayOfTheKilling(
            "Gunmen kill 18 villagers in Kidal region.\nEighteen villagers were killed by gunmen in the town of Kidal, a rights group said on Saturday. " +
            "Fighters on Thursday stormed two hamlets south of the town."));

    // Published on Sunday 9 March. A lead that opens with the day a speaker reported what happened ("On 8 March, the
    // governor reported that ...") gives the statement's day: the day the next sentence names shortly before it is the
    // event's. A day opening a sentence that tells the act itself, the speaker after it, is the act's.
    [Theory]
    [InlineData("On 8 March, the regional governor reported that gunmen had killed eighteen villagers in the town of Kidal. The attack happened late on 7 March.", 7)]
    [InlineData("On 8 March, gunmen killed eighteen villagers in the town of Kidal, the regional governor reported. The governor visited the town on 7 March.", 8)]
    public void A_day_opening_a_lead_before_the_speech_verb_is_the_statement_day(string text, int day) =>
        Assert.Equal(new DateOnly(2025, 3, day), DayOfTheKilling(text));

    // The same in French, with the speech verbs a French lead ends on ("rapporte", "a précisé", "annonce"): the day
    // after the verb is when the group spoke (Saturday), the next sentence's Thursday when the fighters struck.
    [Theory]
    [InlineData("rapporte la radio locale ce samedi")]
    [InlineData("a précisé samedi une organisation de défense des droits")]
    [InlineData("annonce samedi une organisation de défense des droits")]
    public void A_french_statement_day_gives_way_to_the_day_the_next_sentence_names(string speech) =>
        Assert.Equal(new DateOnly(2025, 3, 6), DayOfTheKilling(
            "Dix-huit villageois ont été tués par des hommes armés dans la ville de Kidal, " + speech + ". " +
            "Des combattants ont attaqué jeudi deux hameaux au sud de la ville."));

    // Published on Sunday 9 March. A day told with the speaker, before a speech verb that opens what was said ("A
    // report seen on Saturday stated that ..."), is when it was said, not the act's day: the day the next sentence names
    // shortly before it is the event's.
    [Theory]
    [InlineData("A police report seen by reporters on Saturday stated that gunmen had killed eighteen villagers in the town of Kidal. The raid late on Friday left the market in ashes.", 7)]
    [InlineData("The regional governor on Saturday said that gunmen had killed eighteen villagers in the town of Kidal. The raid late on Friday left the market in ashes.", 7)]
    public void A_day_told_with_the_speaker_before_the_speech_verb_is_the_statement_day(string text, int day) =>
        Assert.Equal(new DateOnly(2025, 3, day), DayOfTheKilling(text));

    // The act told with only the day it was reported and no town still founds its event (dated by the next sentence,
    // placed near it), rather than waiting for an event of its kind to join: the next sentence tells what the blast did
    // to a vehicle, another kind of act.
    [Fact]
    public void An_act_told_with_only_the_day_it_was_reported_founds_its_event()
    {
        var document = Standard.Run(Document.Create(
            "An official report seen by reporters on Saturday stated that a roadside bomb had killed eighteen soldiers in the north of the country. " +
            "The blast late on Friday near Kidal destroyed the armoured vehicle.",
            new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 9, 0, 0, 0, TimeSpan.Zero) }));
        var bombing = Assert.Single(document.Events, e => e.Fatalities?.Value.Best == 18);
        Assert.Equal("Remote explosive/landmine/IED", bombing.Class.Value.SubEventType);
        Assert.Equal(new DateOnly(2025, 3, 7), bombing.Date!.Value.Date);
    }

    private static DateOnly DayOfTheKilling(string text)
    {
        var document = Standard.Run(Document.Create(text, new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 9, 0, 0, 0, TimeSpan.Zero) }));
        return Assert.Single(document.Events, e => e.Fatalities?.Value.Best == 18).Date!.Value.Date;
    }

    [Fact]
    public void A_day_after_an_occurrence_word_beats_the_day_of_the_announcement() =>
        // Published Saturday 8 March; the spokesman spoke on Saturday, the attack was on Friday evening.
        Assert.Equal(new DateOnly(2025, 3, 7),
            DayOf("Ce samedi, le porte-parole du gouvernement a fait état d'une attaque contre le village de Kidal qui a fait douze morts " +
                  "parmi les habitants et les commerçants du marché, survenue vendredi soir.", "2025-03-08"));

    [Fact]
    public void A_day_reference_nearer_the_act_counts_from_the_day_the_sentence_names() =>
        Assert.Equal(new DateOnly(2025, 3, 6),
            DayOf("Ce vendredi 7 mars 2025, Kidal panse ses plaies après une manifestation violemment réprimée la veille par la police.", "2025-03-07"));

    // "Ce même jour", "la même journée": the day named last, paragraphs apart, as "le même jour" is.
    [Theory]
    [InlineData("Samedi 4 janvier, l'armée malienne a repris la localité de Tessit aux rebelles, près de Gao.\n\nCe même jour, des hommes armés ont tué trois civils à Kidal.")]
    [InlineData("Samedi 4 janvier, l'armée malienne a repris la localité de Tessit aux rebelles, près de Gao.\n\nAu cours de la même journée, des hommes armés ont tué trois civils à Kidal.")]
    [InlineData("El sábado 4 de enero, el ejército maliense recuperó la localidad de Tessit, cerca de Gao.\n\nEse mismo día, hombres armados mataron a tres civiles en Kidal.")]
    public void This_same_day_is_the_day_named_last(string report)
    {
        var document = Standard.Run(Document.Create(report, new ArticleMetadata { Published = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero) }));
        var killing = Assert.Single(document.Events, e => e.Fatalities?.Value.Best == 3);
        Assert.Equal(new DateOnly(2025, 1, 4), killing.Date!.Value.Date);
    }

    // A day reference set off by commas after the subject ("X, the same day, attacked ...") does not open a later act:
    // the sentence keeps its subject, and is dated from the day named last.
    [Theory]
    [InlineData("Le JNIM, ce même jour, a attaqué un camp militaire à Kidal, tuant trois soldats.")]
    [InlineData("Le JNIM, le même jour, a attaqué un camp militaire à Kidal, tuant trois soldats.")]
    public void A_day_reference_after_the_subject_keeps_the_subject(string second)
    {
        var document = Standard.Run(Document.Create("Samedi 4 janvier, l'armée malienne a repris la localité de Tessit aux rebelles, près de Gao.\n\n" + second,
            new ArticleMetadata { Published = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero) }));
        var attack = Assert.Single(document.Events, e => e.Fatalities?.Value.Best == 3);
        Assert.Equal(new DateOnly(2025, 1, 4), attack.Date!.Value.Date);
        Assert.StartsWith("JNIM", attack.Actor1!.Value.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Des milliers de femmes se sont rassemblées vendredi à Kidal pour réclamer le départ du gouverneur.")]
    [InlineData("Plusieurs centaines de jeunes se sont rassemblés vendredi à Kidal pour exiger la libération des détenus.")]
    public void People_gathered_in_french_to_demand_something_is_a_protest_of_its_day(string report)
    {
        var document = Standard.Run(Document.Create(report, new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 8, 0, 0, 0, TimeSpan.Zero) }));
        var e = Assert.Single(document.Events);
        Assert.Equal("Peaceful protest", e.Class.Value.SubEventType);
        Assert.Equal(new DateOnly(2025, 3, 7), e.Date!.Value.Date);
    }

    // Published on Saturday 8 March. A sentence that tells no act opens with a day reference ("the day before") and sets
    // the scene; the act sentence right after it, with no day of its own, is of that day: Wednesday 5 March, the day
    // before the Thursday the report named.
    [Theory]
    [InlineData("Masked men burned the market of the town of Kidal on Thursday 6 March 2025, residents said. " +
                "The day before, heavy gunfire was heard across Kidal and families hid in their homes. " +
                "According to local sources, it was a clash between soldiers and rebels who surround the town of Kidal.")]
    [InlineData("Des hommes masqués ont incendié le marché de la ville de Kidal le jeudi 6 mars 2025, selon des habitants. " +
                "La veille, des tirs nourris avaient retenti dans Kidal et des familles se sont cachées chez elles. " +
                "Selon des sources locales, les tirs venaient d'affrontements armés entre des soldats et des rebelles postés autour de Kidal.")]
    public void An_act_told_right_after_a_scene_opened_by_the_day_before_is_of_that_day(string report)
    {
        var document = Standard.Run(Document.Create(report, new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 8, 0, 0, 0, TimeSpan.Zero) }));
        var clash = Assert.Single(document.Events, e => e.Class.Value.EventType == "Battles");
        Assert.Equal(new DateOnly(2025, 3, 5), clash.Date!.Value.Date);
    }

    [Fact]
    public void Last_evening_is_the_day_before_the_report() =>
        Assert.Equal(new DateOnly(2025, 3, 7),
            DayOf("Rebels killed nine pupils at a school in the town of Kidal last evening, the army said.", "2025-03-08"));

    [Fact]
    public void A_clause_opened_by_the_next_day_is_a_later_event_and_the_main_clause_keeps_its_day()
    {
        var document = Standard.Run(Document.Create(
            "Police detained an opposition leader at his home in Kidal on Thursday, and the next day his young supporters burned tyres and threw stones at police in Kidal.",
            new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 8, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Equal(2, document.Events.Length);
        Assert.Contains(document.Events, e => e.Class.Value.SubEventType == "Arrests" && e.Date!.Value.Date == new DateOnly(2025, 3, 6));
        Assert.Contains(document.Events, e => e.Class.Value.SubEventType == "Violent demonstration" && e.Date!.Value.Date == new DateOnly(2025, 3, 7));
    }

    [Fact]
    public void The_day_a_following_sentence_says_the_incident_occurred_beats_the_day_it_was_reported() =>
        // The first sentence's Monday is when witnesses spoke; the incident was on Sunday night.
        Assert.Equal(new DateOnly(2025, 3, 2),
            DayOf("A drone strike in the town of Kidal killed villagers at a wedding, according to witnesses and the mayor of the town on Monday. " +
                  "The incident occurred on Sunday night during an operation against insurgents.", "2025-03-04"));

    [Fact]
    public void An_overnight_fight_is_dated_by_the_statement_that_reports_it_not_by_the_publication() =>
        // Published on Saturday; the emergency services spoke on Friday about the night before.
        Assert.Equal(new DateOnly(2025, 3, 7),
            DayOf("At least nine people were killed in overnight fighting between armed groups in Kidal, emergency services said Friday.", "2025-03-08"));

    [Fact]
    public void A_day_in_what_a_statement_says_is_not_the_day_of_the_statement() =>
        // Published on Saturday 8 March; "in a statement that ... on Thursday": Thursday is when the gunmen attacked.
        Assert.Equal(new DateOnly(2025, 3, 6),
            DayOf("Gunmen killed ten villagers near Kidal, a rights group said on Friday.\n\n" +
                  "The group said in a statement that the gunmen on Thursday attacked the village of Kidal.", "2025-03-08"));

    [Fact]
    public void A_day_another_sentence_of_the_event_names_beats_the_statement_day_of_a_dateline_sentence() =>
        // Filed on Wednesday 12 March; the officers spoke on Wednesday about the ambush of Tuesday, told in the next
        // sentence.
        Assert.Equal(new DateOnly(2025, 3, 11),
            DayOf("KIDAL, March 12 (Sahel Wire) -- At least three soldiers have been killed by rebels near the town of Kidal, army officers said on Wednesday.\n\n" +
                  "The rebels ambushed and attacked the soldiers near Kidal on Tuesday, killing three on the spot and wounding another.", "2025-03-13"));

    [Fact]
    public void A_statement_day_in_the_body_beats_the_page_stamp_of_a_headline() =>
        // Stamped Saturday 8 March; the headline carries the stamp, the body says the night's toll was given on Friday.
        Assert.Equal(new DateOnly(2025, 3, 7),
            DayOf(" date 2025-03-08 Armed groups clash in Kidal, killing nine\n\n" +
                  "At least nine people were killed in overnight fighting between armed groups in Kidal, emergency services said Friday.", "2025-03-08"));

    [Fact]
    public void A_day_a_week_before_the_statement_of_a_dateline_sentence_is_another_event_s()
    {
        // Filed on Monday 10 March, the officials spoke on Monday; the attack of last Tuesday is an earlier one.
        var document = Standard.Run(Document.Create(
            "KIDAL, March 10 (Sahel Wire) -- Drones and missiles killed at least ten civilians in nighttime attacks on Kidal, local officials said Monday.\n\n" +
            "The strikes came nearly a week after another attack on Kidal last Tuesday killed 28 people in the town.",
            new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Contains(document.Events, e => e.Date!.Value.Date == new DateOnly(2025, 3, 10));
    }
}

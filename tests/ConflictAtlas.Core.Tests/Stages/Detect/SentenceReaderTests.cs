using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// One sentence read on its own, in English and in French: whether it is a candidate, its roles and its death
/// figures. Each report is one sentence, published on Monday 10 March 2025.
/// </summary>
public sealed class SentenceReaderTests
{
    private static readonly SentenceReader Reader = new(EventLexicon.Default, Taxonomy.Default);

    private sealed record Reading(Document Document, EventCandidate? Candidate)
    {
        public EventCandidate Read => Candidate ?? throw new Xunit.Sdk.XunitException("the sentence gave no candidate");

        public List<string> Agents => [.. Read.Agents.Select(a => Document.TextOf(a.Span) + (a.Marked ? " (by)" : string.Empty))];

        public List<string> Patients => [.. Read.Patients.Select(a => Document.TextOf(a.Span))];

        public List<(int Number, string? Claimant, string Text, string? Group)> Claims =>
            [.. Read.Claims.Select(c => (c.Number, c.Claimant, Document.TextOf(c.Span), c.VictimGroup))];
    }

    private static Reading Read(string sentence)
    {
        var document = Reports.Mentioned(sentence);
        var only = Assert.Single(document.Sentences);
        return new Reading(document, Reader.Read(document, Reader.Scan(document, only), referenceYear: 2025));
    }

    [Theory]
    [InlineData("Soldiers clashed with JNIM near Kidal on Sunday.", "clashed", "Sunday")]
    [InlineData("Des combats ont opposé l'armée au JNIM près de Kidal dimanche.", "combats", "dimanche")]
    public void A_sentence_with_a_trigger_is_a_candidate_with_its_day_and_place(string sentence, string trigger, string day)
    {
        var reading = Read(sentence);
        var candidate = reading.Read;
        Assert.Equal("Armed clash", candidate.Class.SubEventType);
        Assert.True(candidate.IsStrong);
        Assert.Equal([trigger], candidate.TriggerSpans.Select(reading.Document.TextOf));
        Assert.Equal(day, reading.Document.TextOf(candidate.Date!.Value.Span));
        Assert.Equal(new DateOnly(2025, 3, 9), candidate.Date.Value.Value.Date);
        Assert.Equal("Kidal", reading.Document.TextOf(candidate.Place!.Value.Span));
        Assert.True(candidate.IsAnchored);
    }

    [Theory]
    [InlineData("Two soldiers were killed on Sunday in an attack against the police near Kidal.", "police", "soldiers")]
    [InlineData("Deux soldats ont été tués dimanche dans une attaque contre la police près de Kidal.", "police", "soldats")]
    public void A_target_named_after_a_target_word_comes_before_the_other_patients(string sentence, string target, string other)
    {
        var reading = Read(sentence);
        var patients = reading.Read.Patients.Select(p => (Text: reading.Document.TextOf(p.Span), p.Marked)).ToList();
        Assert.Equal(2, patients.Count);
        Assert.Contains(target, patients[0].Text, StringComparison.Ordinal);
        Assert.True(patients[0].Marked);
        Assert.Contains(other, patients[1].Text, StringComparison.Ordinal);
        Assert.False(patients[1].Marked);
    }

    [Theory]
    [InlineData("Clouds gathered over Kidal on Sunday.")]
    [InlineData("Des nuages couvraient Kidal dimanche.")]
    public void A_sentence_without_a_trigger_is_no_candidate(string sentence) => Assert.Null(Read(sentence).Candidate);

    [Theory]
    // future
    [InlineData("JNIM threatened to ambush soldiers near Kidal on Sunday.", "JNIM ambushed soldiers near Kidal on Sunday.")]
    [InlineData("Le JNIM a menacé de tendre une embuscade aux soldats près de Kidal dimanche.", "Le JNIM a tendu une embuscade aux soldats près de Kidal dimanche.")]
    // denial
    [InlineData("The army denied that a drone strike hit Kidal on Sunday.", "The army said that a drone strike hit Kidal on Sunday.")]
    [InlineData("L'armée a démenti une frappe de drone à Kidal dimanche.", "L'armée a annoncé une frappe de drone à Kidal dimanche.")]
    // history: a past year and no day
    [InlineData("In 2012, rebels fought the army in Kidal.", "On Sunday, rebels fought the army in Kidal.")]
    [InlineData("En 2012, des combats ont opposé les rebelles à l'armée à Kidal.", "Dimanche, des combats ont opposé les rebelles à l'armée à Kidal.")]
    // habit: no day, a cue of repetition
    [InlineData("Rebels have fought the army near Kidal for decades.", "Rebels fought the army near Kidal on Sunday.")]
    [InlineData("Des combats opposent souvent les rebelles à l'armée près de Kidal.", "Des combats ont opposé les rebelles à l'armée près de Kidal dimanche.")]
    // history: a cue of the past and a month, no day
    [InlineData("Rebels previously fought the army in Kidal in January 2025.", "Rebels fought the army in Kidal in January 2025.")]
    [InlineData("Par le passé, des combats ont opposé les rebelles à l'armée à Kidal en janvier 2025.", "Des combats ont opposé les rebelles à l'armée à Kidal en janvier 2025.")]
    public void Future_denied_past_and_habitual_acts_are_dropped(string withCue, string without)
    {
        Assert.Null(Read(withCue).Candidate);
        Assert.NotNull(Read(without).Candidate);
    }

    // A period after a superlative ranks the act told; the same period alone tells a habit.
    [Theory]
    [InlineData("A roadside bomb killed eight soldiers near Kidal, the worst ambush on the garrison in recent years.",
                "Roadside bombs have killed soldiers near Kidal in recent years.")]
    [InlineData("Une mine a tué huit soldats près de Kidal, le raid le plus sanglant subi par la garnison ces dernières années.",
                "Des mines ont tué des soldats près de Kidal ces dernières années.")]
    public void A_period_that_ranks_the_act_after_a_superlative_tells_no_habit(string ranked, string habit)
    {
        Assert.NotNull(Read(ranked).Candidate);
        Assert.Null(Read(habit).Candidate);
    }

    [Theory]
    [InlineData("A convoy was attacked by JNIM near Kidal on Sunday.")]
    [InlineData("Un convoi a été attaqué par le JNIM près de Kidal dimanche.")]
    public void An_actor_marked_by_by_is_an_agent_even_after_the_trigger(string sentence)
    {
        var reading = Read(sentence);
        Assert.Equal(["JNIM (by)"], reading.Agents);
        Assert.Empty(reading.Patients);
    }

    [Theory]
    [InlineData("JNIM attacked a convoy near Kidal on Sunday.", "JNIM")]
    [InlineData("Le JNIM a attaqué un convoi près de Kidal dimanche.", "JNIM")]
    public void An_unmarked_actor_before_the_trigger_is_an_agent(string sentence, string agent)
    {
        var reading = Read(sentence);
        Assert.Equal([agent], reading.Agents);
        Assert.Empty(reading.Patients);
    }

    [Theory]
    [InlineData("Soldiers were killed in an ambush near Kidal on Sunday.", "Soldiers")]
    [InlineData("Soldiers were wounded in an ambush near Kidal on Sunday.", "Soldiers")]
    [InlineData("Des soldats ont été tués dans une embuscade près de Kidal dimanche.", "Des soldats")]
    public void The_subject_of_a_passive_death_is_a_patient(string sentence, string victim)
    {
        var reading = Read(sentence);
        Assert.Equal("Armed clash", reading.Read.Class.SubEventType);
        Assert.Equal([victim], reading.Patients);
        Assert.Empty(reading.Agents);
    }

    [Theory]
    [InlineData("JNIM attacked a convoy near Kidal on Sunday, according to the army.")]
    [InlineData("Selon l'armée, le JNIM a attaqué un convoi près de Kidal dimanche.")]
    public void According_to_makes_a_speaker_not_an_actor(string sentence)
    {
        var reading = Read(sentence);
        Assert.Equal(["JNIM"], reading.Agents);
        Assert.Empty(reading.Patients);
    }

    [Fact]
    public void The_place_of_a_speaker_is_not_the_place_of_the_event()
    {
        var reading = Read("Medical sources in Gao said soldiers clashed with rebels near Kidal on Sunday.");
        Assert.Equal("Kidal", reading.Document.TextOf(reading.Read.Place!.Value.Span));
    }

    [Theory]
    [InlineData("JNIM killed 12 soldiers near Kidal on Sunday, the army said.", 12, "the army", "killed 12", "state")]
    [InlineData("Douze soldats ont été tués près de Kidal dimanche, selon l'armée.", 12, "l'armée", "Douze soldats ont été tués", "state")]
    [InlineData("Gunmen killed at least seven villagers near Kidal on Sunday, residents said.", 7, "residents", "killed at least seven", "civilian")]
    [InlineData("Au moins sept villageois ont été tués près de Kidal dimanche par des hommes armés.", 7, null, "Au moins sept villageois ont été tués", "civilian")]
    public void A_figure_next_to_a_death_word_is_a_claim(string sentence, int number, string? claimant, string text, string group) =>
        Assert.Equal([(number, claimant, text, group)], Read(sentence).Claims);

    [Theory]
    [InlineData("Gunmen torched 40 houses near Kidal on Sunday.")]
    [InlineData("Des hommes armés ont incendié 40 maisons près de Kidal dimanche.")]
    public void A_figure_without_a_death_word_is_no_claim(string sentence) => Assert.Empty(Read(sentence).Claims);

    [Theory]
    [InlineData("A roadside bomb hit an army truck near Kidal on Sunday, but no one was killed.", "A roadside bomb hit an army truck near Kidal on Sunday, and one soldier was killed.")]
    [InlineData("Un engin explosif a touché un camion militaire près de Kidal dimanche : pas un soldat tué, selon l'armée.", "Un engin explosif a touché un camion militaire près de Kidal dimanche : un soldat tué, selon l'armée.")]
    public void A_denied_death_gives_no_claim(string denied, string told)
    {
        Assert.Empty(Read(denied).Claims);
        Assert.Equal(1, Assert.Single(Read(told).Claims).Number);
    }

    [Theory]
    [InlineData("Un policía muerto y cuatro heridos dejó un ataque de la guerrilla en el Cauca el domingo.", "Un policía muerto")]
    [InlineData("Au moins un adolescent a été tué lundi lors de heurts à Conakry, et quatre personnes ont été blessées.", "un adolescent a été tué")]
    [InlineData("One soldier was killed and three others were wounded in an ambush near Kidal on Sunday.", "One soldier was killed")]
    public void One_death_told_beside_a_figure_of_wounded_is_a_claim(string sentence, string text) =>
        Assert.Equal([(1, text)], Read(sentence).Claims.Select(c => (c.Number, c.Text)));

    [Theory]
    [InlineData("Three farmers and two herders were killed by gunmen near Kidal on Sunday.", 5)]
    [InlineData("Dimanche près de Kidal, deux gendarmes et trois douaniers ont été tués par des hommes armés.", 5)]
    [InlineData("Gunmen killed two traders and three drivers near Kidal on Sunday.", 5)]
    public void Figures_joined_by_and_on_one_side_add_up(string sentence, int toll) =>
        Assert.Equal([toll], Read(sentence).Claims.Select(c => c.Number));

    [Theory]
    [InlineData("Four people and two children were killed when gunmen attacked a bus near Kidal on Sunday.", 6, null)]
    [InlineData("Three farmers and two herders were killed by gunmen near Kidal on Sunday.", 5, "civilian")]
    public void Figures_joined_by_and_keep_their_side_only_when_both_count_it(string sentence, int toll, string? group) =>
        Assert.Equal([(toll, group)], Read(sentence).Claims.Select(c => (c.Number, c.Group)));

    [Theory]
    [InlineData("Three soldiers and a policeman were killed when gunmen attacked a checkpoint near Kidal on Sunday.", 4)]
    [InlineData("Dimanche près de Kidal, deux commerçants et un chauffeur ont été tués par des hommes armés.", 3)]
    [InlineData("Three soldiers were killed and a policeman was wounded near Kidal on Sunday.", 3)]
    public void A_person_joined_by_and_to_a_figure_before_its_death_word_is_one_more(string sentence, int toll) =>
        Assert.Equal([toll], Read(sentence).Read.Claims.Where(c => !c.IsVague).Select(c => c.Number));

    [Fact]
    public void Figures_joined_by_and_on_two_sides_stay_two_claims() =>
        Assert.Equal([(6, "state"), (30, "armed")], Read("Six soldiers and thirty attackers were killed near Kidal on Sunday.").Claims.Select(c => (c.Number, c.Group)));

    [Theory]
    [InlineData("A trader and a driver were killed when gunmen attacked a bus near Kidal on Sunday.", "A trader and a driver were killed")]
    [InlineData("Dimanche près de Kidal, un commerçant et un chauffeur ont été tués par des hommes armés.", "un commerçant et un chauffeur ont été tués")]
    [InlineData("Gunmen shot dead a teacher and a student near Kidal on Sunday.", "shot dead a teacher and a student")]
    public void Single_victims_joined_by_and_add_up(string sentence, string text) =>
        Assert.Equal([(2, text)], Read(sentence).Claims.Select(c => (c.Number, c.Text)));

    [Theory]
    [InlineData("Près de Kidal, dimanche, un Malien et un Nigérien ont été tués par des hommes armés.", "un Malien et un Nigérien ont été tués")]
    [InlineData("A Colombian and a Moroccan were killed when gunmen attacked a bus near Kidal on Sunday.", "A Colombian and a Moroccan were killed")]
    [InlineData("Hombres armados mataron a un venezolano y una peruana el domingo cerca de Cúcuta.", "mataron a un venezolano y una peruana")]
    public void People_named_by_their_nationality_count_one_each(string sentence, string text) =>
        Assert.Equal([(2, text)], Read(sentence).Claims.Select(c => (c.Number, c.Text)));

    [Theory]
    [InlineData("Un colombiano murió el domingo en un ataque de hombres armados cerca de Cúcuta.")]
    [InlineData("A Malian soldier was killed when gunmen attacked a checkpoint near Kidal on Sunday.")]
    [InlineData("Un soldat malien a été tué dimanche lors de l'attaque d'un poste près de Kidal.")]
    public void A_nationality_used_alone_or_as_adjective_is_one_death(string sentence) =>
        Assert.Equal(1, Assert.Single(Read(sentence).Claims).Number);

    [Theory]
    [InlineData("An Israeli strike killed people near the camp on Sunday, residents said.")]
    [InlineData("Les forces maliennes ont attaqué un village près de Kidal dimanche, selon des habitants.")]
    public void A_nationality_adjective_before_a_thing_is_no_death(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Candidate?.Claims ?? [], c => c.Number == 1 && !c.IsVague);

    [Theory]
    [InlineData("قتل جنديان في هجوم مسلح على حاجز أمني يوم الأربعاء.", "قتل جنديان")]
    [InlineData("تسببت الاشتباكات في سقوط قتيلين يوم الثلاثاء في العاصمة.", "سقوط قتيلين")]
    public void An_arabic_dual_noun_counts_two(string sentence, string text) =>
        Assert.Equal([(2, text)], Read(sentence).Claims.Select(c => (c.Number, c.Text)));

    [Theory]
    [InlineData("Un soldat a été tué dimanche lors de l'attaque du poste de Sebba, selon l'armée.", "state")]
    [InlineData("A civilian was killed on Sunday when gunmen attacked the market near Kidal.", "civilian")]
    public void One_death_without_a_figure_keeps_the_side_of_its_noun(string sentence, string group) =>
        Assert.Equal([(1, group)], Read(sentence).Claims.Select(c => (c.Number, c.Group)));

    [Theory]
    [InlineData("A local councillor who had received threats for months was killed by gunmen near Kidal on Sunday.", "was killed")]
    [InlineData("Le chef du village, qui avait refusé de payer la zakat, a été tué dimanche près de Kidal par des hommes armés.", "a été tué")]
    [InlineData("Un dirigente comunal que denunciaba a los grupos armados fue asesinado el domingo en el Cauca.", "fue asesinado")]
    [InlineData("O presidente da associação de moradores morreu no domingo depois de ser atacado por homens armados em Maputo.", "morreu")]
    public void A_singular_death_verb_with_no_figure_is_one_death(string sentence, string text) =>
        Assert.Equal([(1, text)], Read(sentence).Claims.Select(c => (c.Number, c.Text)));

    [Theory]
    [InlineData("Gunmen attacked the village near Kidal on Sunday but nobody was killed.")]
    [InlineData("Des hommes armés ont attaqué le village près de Kidal dimanche, mais personne n'a été tué.")]
    [InlineData("Gunmen attacked a convoy near Kidal on Sunday; the driver was nearly killed.")]
    public void A_denied_singular_death_verb_is_no_death(string sentence) => Assert.Empty(Read(sentence).Claims);
}

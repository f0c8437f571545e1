using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// The word lists the event stage reads: triggers, modality cues, fatality cues, victim groups, clause and day
/// references (each in its own data file) and the role, speech and toll words of <c>words.tsv</c>. Every row has a
/// <c>lang</c> column; rows of every language are read, so a new language is new rows, not new code.
/// </summary>
public sealed class EventLexicon
{
    public EventLexicon(
        IReadOnlyList<string[]> triggerRows,
        IReadOnlyList<string[]> modalityRows,
        IReadOnlyList<string[]> fatalityRows,
        IReadOnlyList<string[]> victimRows,
        IReadOnlyList<string[]>? clauseRows = null,
        IReadOnlyList<string[]>? dayReferenceRows = null,
        WordLists? words = null,
        Taxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(triggerRows);
        ArgumentNullException.ThrowIfNull(modalityRows);
        ArgumentNullException.ThrowIfNull(fatalityRows);
        ArgumentNullException.ThrowIfNull(victimRows);
        taxonomy ??= Taxonomy.Default;
        words ??= WordLists.Default;
        foreach (var (row, phrases) in WithLanguage(triggerRows, 2, "triggers.tsv"))
        {
            ReadLanguages.Add(row[2].Trim());
            // A sub-event type the taxonomy does not know fails here, when the lexicon is built, not on some report.
            var subEventType = taxonomy.BySubType(row[0].Trim()).SubEventType;
            var strength = DataNames.Parse<TriggerStrength>(row[1], "triggers.tsv");
            var trigger = new Trigger(subEventType, strength != TriggerStrength.Generic, strength == TriggerStrength.Override, strength == TriggerStrength.Yields, strength == TriggerStrength.Mutual);
            foreach (var phrase in phrases)
            {
                Triggers.Add(phrase, trigger);
            }
        }

        foreach (var (row, phrases) in WithLanguage(modalityRows, 2, "modality.tsv"))
        {
            var cue = new ModalCue(DataNames.Parse<ModalKind>(row[0], "modality.tsv"), DataNames.Parse<CueScope>(row[1], "modality.tsv") == CueScope.Anywhere);
            foreach (var phrase in phrases)
            {
                Modality.Add(phrase, cue);
            }
        }

        foreach (var (row, phrases) in WithLanguage(fatalityRows, 1, "fatality-cues.tsv"))
        {
            var after = DataNames.Parse<CuePosition>(row[0], "fatality-cues.tsv") == CuePosition.After;
            foreach (var phrase in phrases)
            {
                (after ? DeathAfterNumber : DeathBeforeNumber).Add(phrase, true);
            }
        }

        foreach (var (row, phrases) in WithLanguage(victimRows, 1, "victim-groups.tsv"))
        {
            var group = row[0].Trim();
            if (!Events.VictimGroups.All.Contains(group))
            {
                throw new InvalidDataException($"victim-groups.tsv: unknown group '{group}' (expected one of {string.Join(", ", Events.VictimGroups.All)})");
            }

            foreach (var phrase in phrases)
            {
                VictimGroups.Add(phrase, group);
            }
        }

        AddOffsets(EarlierClauses, clauseRows ?? ResourceFile.ReadRows("clause-markers.tsv"), "clause-markers.tsv");
        AddOffsets(DayReferences, dayReferenceRows ?? ResourceFile.ReadRows("day-references.tsv"), "day-references.tsv");

        AgentMarkers = words.Matcher(WordList.AgentMarkers);
        TargetMarkers = words.Matcher(WordList.TargetMarkers);
        BetweenMarkers = words.Matcher(WordList.BetweenMarkers);
        InjuryWords = words.Matcher(WordList.InjuryWords);
        PoliticalDetainees = words.Matcher(WordList.PoliticalDetainees);
        FigurativePhrases = words.Matcher(WordList.FigurativePhrases);
        AttributiveParticiples = words.Folded(WordList.AttributiveParticiples);
        AttributiveOpeners = words.Folded(WordList.AttributiveOpeners);
        PostnominalParticiples = words.Folded(WordList.PostnominalParticiples);
        PostnominalDeterminers = words.Folded(WordList.PostnominalDeterminers);
        PeriodOpeners = words.Matcher(WordList.PeriodOpeners);
        DayRangeJoiners = words.Folded(WordList.DayRangeJoiners);
        NeighbourhoodCues = words.Folded(WordList.NeighbourhoodCues);
        StreetWords = words.Folded(WordList.StreetWords);
        PastPeriods = words.Matcher(WordList.PastPeriods);
        Superlatives = words.Matcher(WordList.Superlatives);
        BlameWords = words.Matcher(WordList.BlameWords);
        AggregateMarkers = words.Matcher(WordList.AggregateMarkers);
        EarlierEventMarkers = words.Matcher(WordList.EarlierEventMarkers);
        TollNouns = words.Matcher(WordList.TollNouns);
        TollUpdates = words.Matcher(WordList.TollUpdates);
        Attribution = words.Matcher(WordList.Attribution);
        StatementNouns = words.Matcher(WordList.StatementNouns);
        ContentClauseMarkers = words.Matcher(WordList.ContentClauseMarkers);
        OccurrenceWords = words.Matcher(WordList.OccurrenceWords);
        RetellingDeterminers = words.Folded(WordList.RetellingDeterminers);
        AttributionPrefixes = words.Folded(WordList.AttributionPrefixes);
        NotAgentiveBy = words.Folded(WordList.NotAgentiveBy);
        CountedThings = words.Folded(WordList.CountedThings);
        CountedLinks = words.Folded(WordList.CountedLinks);
        ComplementLinks = words.Folded(WordList.ComplementLinks);
        PassiveAuxiliaries = words.Folded(WordList.PassiveAuxiliaries);
        ActiveDeathVerbs = words.Folded(WordList.ActiveDeathVerbs);
        LooseDayWords = words.Folded(WordList.LooseDayWords);
        AsideOpeners = words.Folded(WordList.AsideOpeners);
        SingleArticles = words.Folded(WordList.SingleArticles);
        SinglePersons = words.Folded(WordList.SinglePersons);
        SingleNationals = NationalNouns(CountryCatalog.Default);
        SingleDeathNouns = words.Folded(WordList.SingleDeathNouns);
        LoneDeathNouns = words.Folded(WordList.LoneDeathNouns);
        SingleDeathVerbs = words.Matcher(WordList.SingleDeathVerbs);
        DeathVerbNegators = words.Folded(WordList.DeathVerbNegators);
        FigureNegators = words.Folded(WordList.FigureNegators);
        PersonNegators = words.Folded(WordList.PersonNegators);
        Coordinators = words.Folded(WordList.Coordinators);
        SourcePlaceLinks = words.Folded(WordList.SourcePlaceLinks);
        SpeakerNouns = [.. words.Phrases(WordList.SpeakerNouns)];
        SpeakerPlaceLinks = [.. words.Phrases(WordList.SpeakerPlaceLinks).Select(w => " " + w)];
        DestinationLinks = [.. words.Phrases(WordList.DestinationLinks).Select(w => " " + w)];
        OwnWords = [.. words.Phrases(WordList.OwnWords).Select(w => " " + w + " ")];
        SpacedCoordinators = [.. Coordinators.Select(w => " " + w + " ")];
    }

    /// <summary>The rows with their phrases, after checking the language column at <paramref name="langColumn"/>.</summary>
    private static IEnumerable<(string[] Row, string[] Phrases)> WithLanguage(IReadOnlyList<string[]> rows, int langColumn, string source)
    {
        foreach (var row in rows)
        {
            if (row.Length <= langColumn + 1)
            {
                throw new InvalidDataException($"{source}: a row needs {langColumn + 2} columns, the language before the phrases: '{string.Join('\t', row)}'");
            }

            Languages.Check(row[langColumn], source);
            yield return (row, ResourceFile.SplitList(row[langColumn + 1]));
        }
    }

    private static void AddOffsets(PhraseMatcher<int> matcher, IReadOnlyList<string[]> rows, string source)
    {
        foreach (var (row, phrases) in WithLanguage(rows, 1, source))
        {
            var offset = int.Parse(row[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var phrase in phrases)
            {
                matcher.Add(phrase, offset);
            }
        }
    }

    private static HashSet<string> NationalNouns(CountryCatalog countries)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in countries.All)
        {
            // A plural form ("maliens", "peruanos") is a group, not one person; a masculine ending in s ("gabonais") is kept.
            var singulars = country.Demonyms.Concat(CountryCatalog.AdjectiveFormsByLanguage(country)
                .Where(f => f.Language != "ar" && !f.Form.EndsWith('s'))
                .Select(f => f.Form))
                .Concat(country.FrenchDemonyms).Concat(country.SpanishDemonyms).Concat(country.PortugueseDemonyms);
            nouns.UnionWith(singulars.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(TextNormalizer.Fold));
        }

        return nouns;
    }

    /// <summary>The languages this lexicon has triggers for: a report in any other cannot give events.</summary>
    public HashSet<string> ReadLanguages { get; } = new(StringComparer.Ordinal);

    public static EventLexicon Default { get; } = new(
        ResourceFile.ReadRows("triggers.tsv"), ResourceFile.ReadRows("modality.tsv"), ResourceFile.ReadRows("fatality-cues.tsv"),
        ResourceFile.ReadRows("victim-groups.tsv"));

    public PhraseMatcher<Trigger> Triggers { get; } = new();

    public PhraseMatcher<ModalCue> Modality { get; } = new();

    public PhraseMatcher<bool> DeathAfterNumber { get; } = new();

    public PhraseMatcher<bool> DeathBeforeNumber { get; } = new();

    /// <summary>Nouns that say whose deaths a figure counts: state, armed, civilian or total.</summary>
    public PhraseMatcher<string> VictimGroups { get; } = new();

    /// <summary>Clause openers after a comma that tell an earlier event ("..., a day after militants killed ..."), with the day offset.</summary>
    public PhraseMatcher<int> EarlierClauses { get; } = new();

    /// <summary>Phrases that date a sentence from the last day named ("the next day"), with the offset in days.</summary>
    public PhraseMatcher<int> DayReferences { get; } = new();

    /// <summary>Words before the one who did the act ("by", "carried out by", "attaque de").</summary>
    public PhraseMatcher<bool> AgentMarkers { get; }

    /// <summary>Words before what the act was aimed at ("targeted", "attaque contre", "هجوم على").</summary>
    public PhraseMatcher<bool> TargetMarkers { get; }

    /// <summary>Words after an act that open the list of its two sides ("clashes between", "affrontements entre").</summary>
    public PhraseMatcher<bool> BetweenMarkers { get; }

    public PhraseMatcher<bool> InjuryWords { get; }

    /// <summary>" travelling to", " à destination de": a place right after one is a destination, not the event's place.</summary>
    public IReadOnlyList<string> DestinationLinks { get; }

    /// <summary>"so far this year", "depuis le début du conflit": after a figure, they make it a total over a period.</summary>
    public PhraseMatcher<bool> AggregateMarkers { get; }

    /// <summary>"two days after", "au lendemain de", "غداة": before a figure, they make it the toll of an earlier event.</summary>
    public PhraseMatcher<bool> EarlierEventMarkers { get; }

    /// <summary>"death toll", "le bilan", "el saldo", "حصيلة": nouns that name an event's toll.</summary>
    public PhraseMatcher<bool> TollNouns { get; }

    /// <summary>"stands at", "s'élève à", "ascendió a": right before a figure, they give a toll named before them its latest value.</summary>
    public PhraseMatcher<bool> TollUpdates { get; }

    /// <summary>"a trade war", "as demonstrated by": figurative phrases; a trigger inside one tells no event.</summary>
    public PhraseMatcher<bool> FigurativePhrases { get; }

    /// <summary>"detained", "kidnapped": act words that also describe a noun ("the detained migrants").</summary>
    public HashSet<string> AttributiveParticiples { get; }

    /// <summary>"the", "to": words before an act word that make it describe the noun after it.</summary>
    public HashSet<string> AttributiveOpeners { get; }

    /// <summary>"asesinados", "sequestrados": act words that describe the noun before them, where the participle
    /// follows its noun ("los soldados asesinados").</summary>
    public HashSet<string> PostnominalParticiples { get; }

    /// <summary>"los", "os": determiners that open the noun phrase a following participle describes.</summary>
    public HashSet<string> PostnominalDeterminers { get; }

    /// <summary>"since", "desde", "منذ": a day just after one is where a period starts, not the day of an act.</summary>
    public PhraseMatcher<bool> PeriodOpeners { get; }

    /// <summary>"to", "au", "al": alone between two days, they make them the ends of one period.</summary>
    public HashSet<string> DayRangeJoiners { get; }

    /// <summary>"the neighbourhood of", "حي", "el barrio": place cues of a part of a town, which gives way to the town.</summary>
    public HashSet<string> NeighbourhoodCues { get; }

    /// <summary>"avenidas", "rues", "streets": the names listed right after one are streets of one town.</summary>
    public HashSet<string> StreetWords { get; }

    /// <summary>"century", "siècle": a period long past; a sentence that names one and no day tells background.</summary>
    public PhraseMatcher<bool> PastPeriods { get; }

    /// <summary>"deadliest", "la plus meurtrière": a superlative that ranks the act told against a period, so a habit
    /// cue just after it ("in recent years") compares and tells no habit.</summary>
    public PhraseMatcher<bool> Superlatives { get; }

    /// <summary>"blamed", "revendiqué": a sentence that lays an act on someone, so the group it names is tied to the act.</summary>
    public PhraseMatcher<bool> BlameWords { get; }

    /// <summary>"opposition leader", "journalists", "soldiers": who an arrest must concern to be a political event.</summary>
    public PhraseMatcher<bool> PoliticalDetainees { get; }

    /// <summary>Speech verbs and attributions ("said", "according to", "selon").</summary>
    public PhraseMatcher<bool> Attribution { get; }

    /// <summary>Nouns of an announcement: a date shortly after one is the day of the announcement.</summary>
    public PhraseMatcher<bool> StatementNouns { get; }

    /// <summary>Words that open what a statement says ("that", "que"): a day after one is in the reported act, not
    /// the day of the statement.</summary>
    public PhraseMatcher<bool> ContentClauseMarkers { get; }

    /// <summary>Words that say when an act happened ("occurred", "took place", "survenue"): a day just after one is
    /// the event's day.</summary>
    public PhraseMatcher<bool> OccurrenceWords { get; }

    /// <summary>"the", "l'": a determiner before the act that opens a sentence points back to an act already told.</summary>
    public HashSet<string> RetellingDeterminers { get; }

    /// <summary>Attributions written before the speaker ("according to the police"), folded.</summary>
    public HashSet<string> AttributionPrefixes { get; }

    /// <summary>Participles before "by" that describe a state, not the act ("positions held by the RSF").</summary>
    public HashSet<string> NotAgentiveBy { get; }

    /// <summary>Nouns of things counted after a number ("eleven devices"): such a number is never a death toll.</summary>
    public HashSet<string> CountedThings { get; }

    /// <summary>Words between a rough number and what it counts ("une trentaine d'années", "dozens of houses").</summary>
    public HashSet<string> CountedLinks { get; }

    /// <summary>Links that open a complement of a counted noun ("two soldiers of a patrol unit", "trois membres d'une famille").</summary>
    public HashSet<string> ComplementLinks { get; }

    /// <summary>Auxiliaries that make the word after them passive ("were killed").</summary>
    public HashSet<string> PassiveAuxiliaries { get; }

    /// <summary>Past forms that also read as active verbs ("gunmen killed"): only passive or counted uses mark a victim.</summary>
    public HashSet<string> ActiveDeathVerbs { get; }

    /// <summary>Words that only place an act near the report's day ("an overnight raid"), folded.</summary>
    public HashSet<string> LooseDayWords { get; }

    /// <summary>Words that open an aside between a counted noun and its death word ("including").</summary>
    public HashSet<string> AsideOpeners { get; }

    /// <summary>"a", "one", "un": the word that makes one death without a figure ("killed a man").</summary>
    public HashSet<string> SingleArticles { get; }

    /// <summary>Nouns of one person that can be killed without a figure ("a soldier was killed").</summary>
    public HashSet<string> SinglePersons { get; }

    /// <summary>
    /// The singular demonyms of <c>countries.tsv</c>, read as one person after a single article ("un Malien", "a
    /// Colombian", "una peruana"): English as given, French, Spanish and Portuguese in the masculine and feminine singular.
    /// </summary>
    public HashSet<string> SingleNationals { get; }

    /// <summary>Nouns that are one death by themselves after a single article ("un muerto", "un mort").</summary>
    public HashSet<string> SingleDeathNouns { get; }

    /// <summary>Nouns that are one death with no article or figure before them ("قتيل").</summary>
    public HashSet<string> LoneDeathNouns { get; }

    /// <summary>Verbs that tell one death whoever the subject ("was killed", "fue asesinado", "a perdu la vie").</summary>
    public PhraseMatcher<bool> SingleDeathVerbs { get; }

    /// <summary>Words just before a single death verb that deny it ("nobody was killed", "n'a été tué").</summary>
    public HashSet<string> DeathVerbNegators { get; }

    /// <summary>Words before a figure that deny it ("no one was killed").</summary>
    public HashSet<string> FigureNegators { get; }

    /// <summary>Words before a single person that deny the death.</summary>
    public HashSet<string> PersonNegators { get; }

    /// <summary>Words that join two figures of one toll ("and", "et").</summary>
    public HashSet<string> Coordinators { get; }

    /// <summary>Words between a source and its town before its statement ("in", "de"), folded.</summary>
    public HashSet<string> SourcePlaceLinks { get; }

    /// <summary><see cref="Coordinators"/> padded with spaces, for finding them between two figures (" and ").</summary>
    public IReadOnlyList<string> SpacedCoordinators { get; }

    /// <summary>Nouns of people who report an event ("sources in X"): the place after them is theirs.</summary>
    public IReadOnlyList<string> SpeakerNouns { get; }

    /// <summary>The words between a speaker noun and its place, with the space before them (" in").</summary>
    public IReadOnlyList<string> SpeakerPlaceLinks { get; }

    /// <summary>Words by which a speaker speaks of its own men, padded with spaces (" its ", " their ").</summary>
    public IReadOnlyList<string> OwnWords { get; }
}

/// <summary>Where a modality cue applies (the scope column of <c>modality.tsv</c>).</summary>
public enum CueScope
{
    /// <summary>To triggers shortly after it.</summary>
    Before,

    /// <summary>To the whole sentence.</summary>
    Anywhere,
}

/// <summary>Which side of a figure a death word stands on (the position column of <c>fatality-cues.tsv</c>).</summary>
public enum CuePosition
{
    /// <summary>The figure follows the cue ("killed eight").</summary>
    Before,

    /// <summary>The figure comes before the cue ("eight killed").</summary>
    After,
}

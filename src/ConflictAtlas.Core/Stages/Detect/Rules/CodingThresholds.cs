using System.Globalization;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>The confidences of coded fields and the distances of event coding (<c>Resources/coding-thresholds.tsv</c>);
/// an event's own confidence is <see cref="ConfidenceModel"/>'s.</summary>
public sealed class CodingThresholds
{
    private readonly Dictionary<string, double> _values;

    public CodingThresholds(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = row[0].Trim();
            if (!double.TryParse(ResourceFile.Field(row, 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !_values.TryAdd(name, value))
            {
                throw new InvalidDataException($"coding threshold '{name}': a number is required, once");
            }
        }

        GenericActor = Take("generic-actor");
        NamedActor = Take("named-actor");
        RenamedGenericActor = Take("renamed-generic-actor");
        ReportActor = Take("report-actor");
        CrowdActor = Take("crowd-actor");
        CivilianVictims = Take("civilian-victims");
        UnidentifiedArmedGroup = Take("unidentified-armed-group");
        EarlierDate = Take("earlier-date");
        StatementDate = Take("statement-date");
        StatementLagDays = (int)Take("statement-lag-days");
        PublicationWeek = Take("publication-week");
        PageDate = Take("page-date");
        ReadDay = Take("read-day");
        OwnPlace = Take("own-place");
        EarlierPlace = Take("earlier-place");
        PlaceReach = (int)Take("place-reach");
        InsideGap = (int)Take("inside-gap");
        ContextLeadParagraphs = (int)Take("context-lead-paragraphs");
        ContextEventConfidence = Take("context-event-confidence");
        ListContinuationParagraphs = (int)Take("list-continuation-paragraphs");
        ListedPlacesApartKm = Take("listed-places-apart-km");
        RetellingDays = (int)Take("retelling-days");
        RecalledDays = (int)Take("recalled-days");
        CountedActGap = (int)Take("counted-act-gap");
        DetaineeReach = (int)Take("detainee-reach");
        SuperlativeReach = (int)Take("superlative-reach");
        PassiveSubjectReach = (int)Take("passive-subject-reach");
        MarkedAgentReach = (int)Take("marked-agent-reach");
        MarkedCountryReach = (int)Take("marked-country-reach");
        MarkedTargetReach = (int)Take("marked-target-reach");
        BetweenReach = (int)Take("between-reach");
        BetweenSideReach = (int)Take("between-side-reach");
        PossessiveActReach = (int)Take("possessive-act-reach");
        SuffererReach = (int)Take("sufferer-reach");
        SuffererCountReach = (int)Take("sufferer-count-reach");
        TrailingSpeakerReach = (int)Take("trailing-speaker-reach");
        PrefixSpeakerReach = (int)Take("prefix-speaker-reach");
        FellowSpeakerReach = (int)Take("fellow-speaker-reach");
        PrefixStatementReach = (int)Take("prefix-statement-reach");
        OwnMenReach = (int)Take("own-men-reach");
        FigureDeathAfterReach = (int)Take("figure-death-after-reach");
        FigureDeathBeforeGap = (int)Take("figure-death-before-gap");
        FigureCoordinatedReach = (int)Take("figure-coordinated-reach");
        FigureAsideOpenerReach = (int)Take("figure-aside-opener-reach");
        FigureAsideLength = (int)Take("figure-aside-length");
        FigureAfterAsideReach = (int)Take("figure-after-aside-reach");
        FigureComplementOpenerReach = (int)Take("figure-complement-opener-reach");
        FigureComplementLength = (int)Take("figure-complement-length");
        FigurePartOpenerReach = (int)Take("figure-part-opener-reach");
        FigurePartTotalReach = (int)Take("figure-part-total-reach");
        FigurePeriodReach = (int)Take("figure-period-reach");
        PeriodRangeDays = (int)Take("period-range-days");
        FigureEarlierEventReach = (int)Take("figure-earlier-event-reach");
        FigureEarlierEventLead = (int)Take("figure-earlier-event-lead");
        FigureTollUpdateReach = (int)Take("figure-toll-update-reach");
        DeathVerbNegationReach = (int)Take("death-verb-negation-reach");
        UnnamedSettlementGap = (int)Take("unnamed-settlement-gap");
        RetellingOccurrenceReach = (int)Take("retelling-occurrence-reach");
        OpeningWordLength = (int)Take("opening-word-length");
        MunicipalityCueReach = (int)Take("municipality-cue-reach");
        MunicipalityWeight = Take("municipality-weight");
        if (_values.Count > 0)
        {
            throw new InvalidDataException("unknown coding thresholds: " + string.Join(", ", _values.Keys));
        }
    }

    public static CodingThresholds Default { get; } = new(ResourceFile.ReadRows("coding-thresholds.tsv"));

    public double GenericActor { get; }

    public double NamedActor { get; }

    public double RenamedGenericActor { get; }

    public double ReportActor { get; }

    public double CrowdActor { get; }

    public double CivilianVictims { get; }

    public double UnidentifiedArmedGroup { get; }

    public double EarlierDate { get; }

    public double StatementDate { get; }

    /// <summary>The most days before a statement that a day another sentence of the event names may be, to date the
    /// event told in a dateline's sentence rather than the statement.</summary>
    public int StatementLagDays { get; }

    public double PublicationWeek { get; }

    public double PageDate { get; }

    public double ReadDay { get; }

    public double OwnPlace { get; }

    public double EarlierPlace { get; }

    public int PlaceReach { get; }

    /// <summary>Characters between a town and the seat of its region it is told in ("Dibis town in Kirkuk").</summary>
    public int InsideGap { get; }

    /// <summary>Paragraphs from the top of a report within which an act told with no day or place of its own can be
    /// the report's main event, dated and placed from the report's context.</summary>
    public int ContextLeadParagraphs { get; }

    /// <summary>The most paragraphs after a dated act within which a list of towns with no day of its own, told with no
    /// other act between, still continues it (the paragraphs between only describe the scene).</summary>
    public int ListContinuationParagraphs { get; }

    /// <summary>Two towns listed in one sentence closer than this many kilometres are one place under two names.</summary>
    public double ListedPlacesApartKm { get; }

    /// <summary>The least confidence of a report's main event told only from its context.</summary>
    public double ContextEventConfidence { get; }

    /// <summary>Days before the day a report dates a telling by (its dateline, a statement's day, its publication week)
    /// within which the own day of an act at the same place with the same actors is the day the telling speaks of.</summary>
    public int RetellingDays { get; }

    /// <summary>Words between a count and a plural act word for a sentence to count its acts ("two raids").</summary>
    public int CountedActGap { get; }

    /// <summary>Days before the latest day of a report's events (none after its publication) beyond which an event that
    /// ended then is an earlier act the report recalls, not its news.</summary>
    public int RecalledDays { get; }

    /// <summary>The most words between a superlative and a habit cue after it for the cue to rank the act told
    /// ("the deadliest attack in recent years") rather than tell a habit.</summary>
    public int SuperlativeReach { get; }

    /// <summary>Words between an arrest and the politician, journalist or fighter it names for the arrest to be theirs.</summary>
    public int DetaineeReach { get; }

    /// <summary>"soldiers on patrol were ambushed": the most tokens between an actor and the passive act after it.</summary>
    public int PassiveSubjectReach { get; }

    /// <summary>"by hundreds of jihadists": the words allowed between "by" and the actor it marks.</summary>
    public int MarkedAgentReach { get; }

    /// <summary>"strikes carried out by Pakistan": the words allowed between "by" and a country it marks as the one that acted.</summary>
    public int MarkedCountryReach { get; }

    /// <summary>"pris pour cible un poste de sécurité de l'armée": the words allowed between a target word and the actor it marks.</summary>
    public int MarkedTargetReach { get; }

    /// <summary>"affrontements armés entre policiers et bandits": the words allowed between an act and the "between" that lists its sides.</summary>
    public int BetweenReach { get; }

    /// <summary>"entre les policiers": the words allowed between "between" and the first side it lists for that side to be the agent.</summary>
    public int BetweenSideReach { get; }

    /// <summary>The most characters between a possessive and the act it owns.</summary>
    public int PossessiveActReach { get; }

    /// <summary>The most tokens between an actor and the death or injury word after it.</summary>
    public int SuffererReach { get; }

    /// <summary>"four soldiers": the most characters between a figure and the actor it counts.</summary>
    public int SuffererCountReach { get; }

    /// <summary>"..., said the governor": the most words between a speech verb after a comma and the speaker.</summary>
    public int TrailingSpeakerReach { get; }

    /// <summary>"the police and local officials said": the most words between the coordinator after the speaker and
    /// the speech verb.</summary>
    public int FellowSpeakerReach { get; }

    /// <summary>"according to the police": the most words between the prefix and the speaker.</summary>
    public int PrefixSpeakerReach { get; }

    /// <summary>"according to a statement from the police": the most words between the prefix and the speaker of a
    /// statement, a report or information the prefix names.</summary>
    public int PrefixStatementReach { get; }

    /// <summary>Characters after a speech verb in which "its"/"their" still refers back to the speaker.</summary>
    public int OwnMenReach { get; }

    /// <summary>"Eight soldiers were killed": the most tokens between a figure and the death (or injury) word after it.</summary>
    public int FigureDeathAfterReach { get; }

    /// <summary>"Killing at least eight": the most tokens between a death word and the figure after it.</summary>
    public int FigureDeathBeforeGap { get; }

    /// <summary>"Six soldiers and thirty attackers": the most characters between two figures joined by "and"/"et".</summary>
    public int FigureCoordinatedReach { get; }

    /// <summary>"Four people, including two civilians, were killed": the most tokens between a figure and the aside opener after it.</summary>
    public int FigureAsideOpenerReach { get; }

    /// <summary>The longest aside, in tokens, skipped between a counted noun and its death word.</summary>
    public int FigureAsideLength { get; }

    /// <summary>The most tokens between the end of an aside and the death word.</summary>
    public int FigureAfterAsideReach { get; }

    /// <summary>"Two soldiers of a patrol unit were killed": the most tokens between a figure and the link ("of", "de")
    /// that opens a complement of its counted noun.</summary>
    public int FigureComplementOpenerReach { get; }

    /// <summary>The most tokens between the link of a complement of the counted noun and the death word after it.</summary>
    public int FigureComplementLength { get; }

    /// <summary>"Among them three": the most tokens between an aside opener and the figure it marks as a part of a total.</summary>
    public int FigurePartOpenerReach { get; }

    /// <summary>The most tokens between a total and the aside opener of a part of it.</summary>
    public int FigurePartTotalReach { get; }

    /// <summary>"So far this year": the most tokens between a figure and a period marker after it.</summary>
    public int FigurePeriodReach { get; }

    /// <summary>"du 27 janvier au 27 mars": the most days between the ends of a period for them to be days of an act;
    /// over it the ends are no event days and the sentence's figures are a total over the period.</summary>
    public int PeriodRangeDays { get; }

    /// <summary>"Two days after an ambush that killed 18": the most tokens between a marker of an earlier event and the figure after it.</summary>
    public int FigureEarlierEventReach { get; }

    /// <summary>"..., two days after": the most tokens between a comma or the sentence start and a marker that opens its clause.</summary>
    public int FigureEarlierEventLead { get; }

    /// <summary>"The death toll from the attack on the market stands at eight": the most tokens between a toll noun and the word that updates it.</summary>
    public int FigureTollUpdateReach { get; }

    /// <summary>"Nobody was killed", "personne n'a été tué": the most tokens before a single death verb in which a word denies it.</summary>
    public int DeathVerbNegationReach { get; }

    /// <summary>"In a remote village": the most lower-case words between an indefinite article and the settlement word it opens.</summary>
    public int UnnamedSettlementGap { get; }

    /// <summary>"The attack in the market happened": the most tokens between the act that opens a sentence and the occurrence word after it.</summary>
    public int RetellingOccurrenceReach { get; }

    /// <summary>The longest word that may stand before a day opening a sentence ("On", "Le", "El").</summary>
    public int OpeningWordLength { get; }

    /// <summary>"In the municipality of ": how far before a name, in characters, its municipality cue is looked for.</summary>
    public int MunicipalityCueReach { get; }

    /// <summary>The score a candidate gains when the municipality named before the name is its own (GeoNames admin2).</summary>
    public double MunicipalityWeight { get; }

    private double Take(string name) =>
        _values.Remove(name, out var value) ? value : throw new InvalidDataException($"coding threshold '{name}' is missing");
}

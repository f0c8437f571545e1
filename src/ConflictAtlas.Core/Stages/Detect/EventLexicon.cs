using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>The word lists the event stage reads: triggers, modality cues, fatality cues and role markers.</summary>
public sealed class EventLexicon
{
    public EventLexicon(IReadOnlyList<string[]> triggerRows, IReadOnlyList<string[]> modalityRows, IReadOnlyList<string[]> fatalityRows, IReadOnlyList<string[]> victimRows)
    {
        ArgumentNullException.ThrowIfNull(victimRows);
        ArgumentNullException.ThrowIfNull(triggerRows);
        ArgumentNullException.ThrowIfNull(modalityRows);
        ArgumentNullException.ThrowIfNull(fatalityRows);
        foreach (var row in triggerRows)
        {
            var strength = row[1].Trim();
            var trigger = new Trigger(row[0].Trim(), strength is "strong" or "override" or "yields", strength == "override", strength == "yields");
            foreach (var phrase in ResourceFile.SplitList(row[2]))
            {
                Triggers.Add(phrase, trigger);
            }
        }

        foreach (var row in modalityRows)
        {
            var cue = new ModalCue(row[0].Trim(), row[1].Trim() == "anywhere");
            foreach (var phrase in ResourceFile.SplitList(row[2]))
            {
                Modality.Add(phrase, cue);
            }
        }

        foreach (var row in fatalityRows)
        {
            var after = row[0].Trim() == "after";
            foreach (var phrase in ResourceFile.SplitList(row[1]))
            {
                (after ? DeathAfterNumber : DeathBeforeNumber).Add(phrase, true);
            }
        }

        foreach (var row in victimRows)
        {
            foreach (var phrase in ResourceFile.SplitList(row[1]))
            {
                VictimGroups.Add(phrase, row[0].Trim());
            }
        }

        foreach (var phrase in new[] { "by", "par", "from", "de la part de", "de la part d", "menée par", "perpétrée par", "carried out by", "conducted by", "launched by", "claimed by", "blamed on", "attributed to", "imputé", "imputée", "imputant", "attribué à", "attribuée à", "attaque de", "attaque du", "attaque des", "attaques de", "assaut de", "assaut du", "embuscade de", "offensive de", "offensive du" })
        {
            AgentMarkers.Add(phrase, true);
        }

        foreach (var phrase in new[] { "against", "on", "targeting", "targeted", "contre", "visant", "killed", "killing", "kill", "tué", "tuant", "attacked", "hit", "struck" })
        {
            PatientMarkers.Add(phrase, true);
        }

        foreach (var phrase in new[] { "injured", "wounded", "hurt", "blessés", "blessé", "blessées", "missing", "disparus" })
        {
            InjuryWords.Add(phrase, true);
        }

        foreach (var phrase in new[] { "said", "says", "told", "confirmed", "reported", "claimed", "announced", "stated", "according to", "selon", "a déclaré", "ont déclaré", "a affirmé", "a indiqué", "a annoncé", "affirme", "indique" })
        {
            Attribution.Add(phrase, true);
        }

        AddOffsets(EarlierClauses, ResourceFile.ReadRows("clause-markers.tsv"));
        AddOffsets(DayReferences, ResourceFile.ReadRows("day-references.tsv"));

        foreach (var phrase in new[] { "statement", "press conference", "broadcast", "televised address", "communiqué", "conférence de presse", "déclaration" })
        {
            StatementNouns.Add(phrase, true);
        }
    }

    private static void AddOffsets(PhraseMatcher<int> matcher, IReadOnlyList<string[]> rows)
    {
        foreach (var row in rows)
        {
            var offset = int.Parse(row[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var phrase in ResourceFile.SplitList(row[1]))
            {
                matcher.Add(phrase, offset);
            }
        }
    }

    /// <summary>Participles before "by" that describe a state, not the act ("positions held by the RSF").</summary>
    public HashSet<string> NotAgentiveBy { get; } = new(StringComparer.Ordinal)
    {
        "held", "controlled", "run", "led", "backed", "owned", "supported", "occupied", "used", "inhabited", "frequented",
        "guarded", "manned", "tenus", "controles", "controlee", "controlees", "dirige", "diriges", "soutenus", "occupes",
    };

    /// <summary>Nouns of things counted after a number ("eleven devices"): such a number is never a death toll.</summary>
    public HashSet<string> CountedThings { get; } = new(StringComparer.Ordinal)
    {
        "devices", "device", "bombs", "mines", "landmines", "drones", "rockets", "shells", "rounds", "vehicles", "trucks",
        "cars", "motorbikes", "motorcycles", "boats", "houses", "homes", "huts", "shops", "weapons", "rifles", "guns",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "hours", "days", "weeks", "months", "years", "minutes",
        "engins", "engin", "bombes", "roquettes", "obus", "vehicules", "camions", "motos", "maisons", "cases", "boutiques",
        "armes", "fusils", "kilometres", "heures", "jours", "semaines", "mois", "ans", "annees",
    };

    /// <summary>Nouns of an announcement: a date shortly after one is the day of the announcement.</summary>
    public PhraseMatcher<bool> StatementNouns { get; } = new();

    public static EventLexicon Default { get; } = new(
        ResourceFile.ReadRows("triggers.tsv"), ResourceFile.ReadRows("modality.tsv"), ResourceFile.ReadRows("fatality-cues.tsv"),
        ResourceFile.ReadRows("victim-groups.tsv"));

    public PhraseMatcher<Trigger> Triggers { get; } = new();

    public PhraseMatcher<ModalCue> Modality { get; } = new();

    public PhraseMatcher<bool> DeathAfterNumber { get; } = new();

    public PhraseMatcher<bool> DeathBeforeNumber { get; } = new();

    public PhraseMatcher<bool> AgentMarkers { get; } = new();

    public PhraseMatcher<bool> PatientMarkers { get; } = new();

    public PhraseMatcher<bool> InjuryWords { get; } = new();

    /// <summary>Nouns that say whose deaths a figure counts: state, armed, civilian or total.</summary>
    public PhraseMatcher<string> VictimGroups { get; } = new();

    public PhraseMatcher<bool> Attribution { get; } = new();

    /// <summary>Clause openers after a comma that tell an earlier event ("..., a day after militants killed ..."), with the day offset.</summary>
    public PhraseMatcher<int> EarlierClauses { get; } = new();

    /// <summary>Phrases that date a sentence from the last day named ("the next day"), with the offset in days.</summary>
    public PhraseMatcher<int> DayReferences { get; } = new();
}

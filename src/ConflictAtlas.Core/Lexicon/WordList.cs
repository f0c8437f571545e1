namespace ConflictAtlas.Core.Lexicon;

/// <summary>The word lists of <c>Resources/words.tsv</c>; the file names each in kebab case ("agent-markers").</summary>
public enum WordList
{
    AgentMarkers,
    NotAgentiveBy,
    PassiveAuxiliaries,
    ActiveDeathVerbs,
    InjuryWords,
    Attribution,
    AttributionPrefixes,
    StatementNouns,

    /// <summary>Words that open what a statement says ("that", "que"): a day after one belongs to the reported act.</summary>
    ContentClauseMarkers,

    /// <summary>Words that say when an act happened ("occurred", "survenue"): a day just after one is the event's day.</summary>
    OccurrenceWords,

    /// <summary>Determiners that point back to an act already told ("the attack occurred on Saturday", "l'attaque a eu
    /// lieu samedi"): the sentence places and dates that act.</summary>
    RetellingDeterminers,
    SpeakerNouns,
    SpeakerPlaceLinks,
    OwnWords,
    CountedThings,
    CountedLinks,

    /// <summary>Links that open a complement of a counted noun ("two soldiers of a patrol unit"): the death word may follow it.</summary>
    ComplementLinks,
    Coordinators,
    AsideOpeners,
    SingleArticles,
    SinglePersons,
    SingleDeathNouns,

    /// <summary>Nouns that are one death by themselves, with no article before them, in a language that has no
    /// indefinite article ("قتيل"); after a figure they are its death word.</summary>
    LoneDeathNouns,

    /// <summary>Verbs that tell one death whoever the subject ("was killed", "fue asesinado", "a perdu la vie").</summary>
    SingleDeathVerbs,

    /// <summary>Words just before a single death verb that deny it ("nobody was killed", "n'a été tué").</summary>
    DeathVerbNegators,
    FigureNegators,
    PersonNegators,
    LooseDayWords,
    CompassWords,
    RegionPartWords,
    SettlementAfterWords,
    SettlementAfterOpeners,

    /// <summary>Words right before a name the gazetteer lacks that an apposition then calls a settlement ("an attack on
    /// Tamkoura, a village near Dabnou"): the name is a place even with no place cue before it.</summary>
    SettlementAppositionOpeners,

    /// <summary>Indefinite articles before a settlement word ("in a remote village", "numa aldeia"): the sentence tells
    /// the event at a settlement it does not name.</summary>
    UnnamedSettlementOpeners,

    /// <summary>Lower-case words inside a place name between two capitalised words ("Cerro Prieto de Abajo", "Vila Nova
    /// da Barra"): a name the gazetteer lacks runs on through one.</summary>
    NameParticles,

    /// <summary>Articles written onto the next word of a place name with a hyphen ("Markaz al-Ziyadiyah"): a name the
    /// gazetteer lacks runs on through one so joined.</summary>
    HyphenNameParticles,
    RegionWords,

    /// <summary>Words before a country's name or adjective that make it the neighbour across a border ("the border
    /// with Niger", "la frontière malienne"), not the country the text is placed in.</summary>
    BorderBefore,

    /// <summary>Words after a country's name or adjective that make it the neighbour across a border ("the Nigerian border").</summary>
    BorderAfter,
    RegionOf,

    /// <summary>Words before a country's name that make it the capital city of the same name ("العاصمة تونس").</summary>
    CapitalCues,

    /// <summary>Words right after a capital cue that make it another capital than the country's ("the capital of the
    /// province", "la capitale régionale").</summary>
    CapitalQualifiers,

    /// <summary>Capitalised words after a country's name that make the two a city of the gazetteer ("Guatemala City",
    /// "Kuwait City"), not the country.</summary>
    CapitalHeads,

    /// <summary>Parts of the world larger than a country ("the Middle East", "l'Afrique de l'Ouest"): they name no place of
    /// the gazetteer, whatever small namesake it holds.</summary>
    WorldRegions,

    /// <summary>Capitalised words after a place that keep it a place ("Cali Mayor", "Aleppo Airport"), not a person's first name.</summary>
    PlaceHeads,

    /// <summary>Words of a place cue that name an inhabited place ("the village of", "la localité de", "el caserío"): a
    /// name after such a cue that the gazetteer lacks is still the settlement where an event happened.</summary>
    SettlementWords,
    NumberQualifiers,
    ArticleNumbers,
    VagueAlone,
    CompoundJoiners,
    Hundreds,
    RangeJoiners,
    RangeOpeners,
    NotAuthorNoteWords,
    OrganisationArticles,
    BylinePrefixes,
    ConjunctionPrefixes,
    PrepositionPrefixes,
    ArticlePrefixes,
    PoliticalDetainees,
    AttributiveParticiples,
    AttributiveOpeners,
    PastPeriods,

    /// <summary>Superlatives that rank one act against a period ("the deadliest attack in recent years"): the period
    /// after one is a comparison, not a habit.</summary>
    Superlatives,

    /// <summary>Words before a place that make it a municipality ("the municipality of X"): the town that seats the
    /// municipality of that name is meant.</summary>
    MunicipalityOf,
    BlameWords,
    DestinationLinks,
    FigurativePhrases,
    AggregateMarkers,

    /// <summary>"two days after", "au lendemain de", "غداة": before a figure, they make it the toll of an earlier event.</summary>
    EarlierEventMarkers,

    /// <summary>"death toll", "le bilan", "el saldo", "حصيلة": nouns that name an event's toll.</summary>
    TollNouns,

    /// <summary>"stands at", "rose to", "s'élève à", "ascendió a": words right before a figure that give a toll named
    /// before them its latest value.</summary>
    TollUpdates,
    PostnominalParticiples,
    PostnominalDeterminers,
    PeriodOpeners,

    /// <summary>"to", "au", "al": alone between two days, they make them the ends of one period.</summary>
    DayRangeJoiners,

    /// <summary>"southern", "le sud du", "el norte de": right before a country name, they tell a part of it as where
    /// something happened.</summary>
    CountryPartCues,
    NeighbourhoodCues,

    /// <summary>Words that name streets ("las avenidas", "les rues", "the streets"): names listed right after one are
    /// streets of one town, not towns of their own.</summary>
    StreetWords,

    /// <summary>Words between a source and its town before its statement ("the police in Gao said", "la police de
    /// Gao a indiqué"): the source is still the one who speaks.</summary>
    SourcePlaceLinks,

    /// <summary>Words that name what an act was aimed at ("targeted", "an attack on", "pris pour cible", "un ataque
    /// contra", "هجوم على"): the actor shortly after one is the target.</summary>
    TargetMarkers,

    /// <summary>Words right after an act that open the list of its two sides ("clashes between", "affrontements
    /// entre", "اشتباكات بين"): the first side named after one is the agent.</summary>
    BetweenMarkers,
}

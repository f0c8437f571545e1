namespace ConflictAtlas.Core.Lexicon;

/// <summary>The word lists of <c>Resources/words.tsv</c>; the file names each in kebab case ("agent-markers").</summary>
public enum WordList
{
    AgentMarkers,
    PatientMarkers,
    NotAgentiveBy,
    PassiveAuxiliaries,
    ActiveDeathVerbs,
    InjuryWords,
    Attribution,
    AttributionPrefixes,
    StatementNouns,
    SpeakerNouns,
    SpeakerPlaceLinks,
    OwnWords,
    CountedThings,
    Coordinators,
    AsideOpeners,
    SingleArticles,
    SinglePersons,
    FigureNegators,
    PersonNegators,
    LooseDayWords,
}

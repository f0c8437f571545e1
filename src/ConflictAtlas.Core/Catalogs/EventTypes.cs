namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// ACLED's six event types as checked constants: <see cref="TaxonomyNames.Check"/> proves at start-up that each is a
/// row of <c>Resources/taxonomy.tsv</c>, so a misspelt name fails loudly instead of never matching.
/// </summary>
public static class EventTypes
{
    public const string Battles = "Battles";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string ExplosionsRemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string StrategicDevelopments = "Strategic developments";
}

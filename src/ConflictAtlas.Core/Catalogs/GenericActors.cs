namespace ConflictAtlas.Core.Catalogs;

/// <summary>The generic actors of <c>Resources/generic-actors.tsv</c> that coding rules name themselves.</summary>
public static class GenericActors
{
    public const string UnidentifiedArmedGroup = "Unidentified Armed Group ({Country})";
    public const string Civilians = "Civilians ({Country})";
    public const string Protesters = "Protesters ({Country})";
    public const string Rioters = "Rioters ({Country})";
}

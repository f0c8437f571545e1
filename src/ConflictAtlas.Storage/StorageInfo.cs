namespace ConflictAtlas.Storage;

/// <summary>Where the embedded store lives by default.</summary>
public static class StorageInfo
{
    public const string DefaultSqlitePath = "data/atlas.db";
}

namespace ConflictAtlas.Storage.Ingestion;

public sealed record IngestSummary(int Added, int NewVersions, int Unchanged, int Failed, int Atoms, int Merged, IReadOnlyList<string> Errors)
{
    public int Total => Added + NewVersions + Unchanged + Failed;
}

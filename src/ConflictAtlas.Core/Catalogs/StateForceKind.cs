namespace ConflictAtlas.Core.Catalogs;

/// <summary>The kinds of state forces of <c>state-forces.tsv</c>, one row each.</summary>
public enum StateForceKind
{
    Military,
    Police,
    Government,
}

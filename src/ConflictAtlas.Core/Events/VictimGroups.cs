namespace ConflictAtlas.Core.Events;

/// <summary>
/// The sides a death figure can count (the group column of <c>victim-groups.tsv</c>, and
/// <see cref="FatalityClaim.VictimGroup"/>): figures for different sides of one event add up.
/// </summary>
public static class VictimGroups
{
    public const string State = "state";
    public const string Armed = "armed";
    public const string Civilian = "civilian";
    public const string Total = "total";

    /// <summary>Every group a data row may name.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { State, Armed, Civilian, Total };

    /// <summary>Whether a figure counts one side (not a total that may include every side).</summary>
    public static bool IsSide(string? group) => group is State or Armed or Civilian;
}

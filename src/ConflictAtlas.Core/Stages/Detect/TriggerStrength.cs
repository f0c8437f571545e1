namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>The strength column of <c>triggers.tsv</c>.</summary>
public enum TriggerStrength
{
    /// <summary>An act that needs context ("attack", "killed").</summary>
    Generic,

    /// <summary>Names the tactic; can found an event.</summary>
    Strong,

    /// <summary>Strong, and wins over ACLED's hierarchy in its sentence ("defused a bomb" is not an explosion).</summary>
    Override,

    /// <summary>Strong, and the one who does it gives the place up, so it is actor2.</summary>
    Yields,

    /// <summary>Strong, and names a fight of both sides that either may start ("scuffles", "clashes with the police"):
    /// not on its own a sign that the crowd itself turned violent.</summary>
    Mutual,
}

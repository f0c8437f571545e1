namespace ConflictAtlas.Core.Text;

/// <summary>What a <see cref="Mention"/> refers to.</summary>
public enum MentionKind
{
    Date,
    Number,
    Actor,
    Place,
    Country,
}

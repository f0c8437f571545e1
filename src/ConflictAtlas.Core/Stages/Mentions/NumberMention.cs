namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// A number in the text: its value, whether it is a vague word ("dozens" = 12 by ACLED's convention), the top of
/// a range ("between 10 and 15"), and a qualifier ("at least", "more than").
/// </summary>
public sealed record NumberMention(int Value, bool IsVague, int? High, string? Qualifier);

namespace ConflictAtlas.Bench.Embeddings;

/// <summary>
/// The trigger sentence(s) of one predicted event matched to a gold event: what the rules coded, what the gold
/// says, and whether the rule's trigger was a generic word ("attacked", "killed") rather than one naming the tactic.
/// </summary>
public sealed record LabelledSentence(
    string Report,
    string Language,
    string Text,
    string RuleEventType,
    string RuleSubType,
    string GoldEventType,
    string GoldSubType,
    bool GenericTrigger);

using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// One rule of event coding: it reads the <see cref="CodingState"/> the rules before it left and may change the
/// <see cref="Fields"/> it declares (a change to any other field throws). <see cref="CodingRules.Default"/> runs
/// the rules in order.
/// </summary>
public interface ICodingRule : INamedRule
{
    CodedFields Fields { get; }

    void Apply(CodingState state);
}

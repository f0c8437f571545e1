using System.Text.RegularExpressions;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>One row of <c>boilerplate.tsv</c>: a pattern, the kind of boilerplate it marks, and its scope.</summary>
public sealed record BoilerplateRule(string Kind, bool IsTail, Regex Pattern);

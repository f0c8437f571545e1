namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>A rule of the coder, named so that <c>--explain</c>, the docs and the tests can refer to it.</summary>
public interface INamedRule
{
    /// <summary>A stable name, kebab-case, that <c>--explain</c> and the tests use.</summary>
    string Name { get; }

    /// <summary>The ACLED codebook rule (or reading convention) it implements, in one line.</summary>
    string Codebook { get; }
}

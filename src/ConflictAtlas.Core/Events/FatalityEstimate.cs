using System.Collections.Immutable;

namespace ConflictAtlas.Core.Events;

/// <summary>
/// Deaths in one event: ACLED's conservative figure (<see cref="Best"/>, the lowest credible claim) and the
/// range over all claims.
/// </summary>
public sealed record FatalityEstimate(int Best, int Low, int High, ImmutableArray<FatalityClaim> Claims)
{
    public static FatalityEstimate FromClaims(IReadOnlyCollection<FatalityClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            return new FatalityEstimate(0, 0, 0, []);
        }

        // ACLED: the lowest reported figure stands until a more reliable one exists; vague words only count
        // when no exact figure was reported.
        var exact = claims.Where(c => !c.IsVague).ToList();
        var basis = exact.Count > 0 ? exact : [.. claims];
        var best = basis.Min(c => c.Number);
        return new FatalityEstimate(best, claims.Min(c => c.Number), claims.Max(c => c.Number), [.. claims]);
    }
}

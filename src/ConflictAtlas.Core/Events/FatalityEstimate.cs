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
        // when no exact figure was reported. Figures for different sides (soldiers, attackers, civilians) add up;
        // a total ("people") stands when it is larger than the sides' sum.
        var exact = claims.Where(c => !c.IsVague).ToList();
        var basis = exact.Count > 0 ? exact : [.. claims];
        var sides = basis.Where(c => c.VictimGroup is "state" or "armed" or "civilian").GroupBy(c => c.VictimGroup).Select(g => g.Min(c => c.Number)).ToList();
        var totals = basis.Where(c => c.VictimGroup is not ("state" or "armed" or "civilian")).Select(c => c.Number).ToList();
        var best = Math.Max(sides.Sum(), totals.Count > 0 ? totals.Min() : 0);
        var high = Math.Max(claims.Max(c => c.Number), best);
        return new FatalityEstimate(best, Math.Min(claims.Min(c => c.Number), best), high, [.. claims]);
    }
}

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

        // The dead singled out among a toll ("including seven children") are already in it.
        var whole = claims.Where(c => !c.IsPart).ToList();
        if (whole.Count == 0)
        {
            whole = [.. claims];
        }

        // A side's claim about its own deeds is the least credible account: it stands only when nobody else gives a figure.
        var credible = whole.Where(c => !c.IsPartisan).ToList();
        var counted = credible.Count > 0 ? credible : whole;
        // ACLED: a vague word counts only when no exact figure was given; a vague side ("many civilians") does not
        // outweigh an exact total ("four people").
        if (counted.Exists(c => !c.IsVague && !VictimGroups.IsSide(c.VictimGroup)))
        {
            counted = counted.FindAll(c => !(c.IsVague && VictimGroups.IsSide(c.VictimGroup)));
        }

        // ACLED: the lowest reported figure stands until a more reliable one exists; vague words only count
        // when no exact figure was reported. Figures for different sides (soldiers, attackers, civilians) add up;
        // a total ("people") stands when it is larger than the sides' sum.
        var sides = counted.Where(c => VictimGroups.IsSide(c.VictimGroup)).GroupBy(c => c.VictimGroup).Select(Conservative).ToList();
        var totals = counted.Where(c => !VictimGroups.IsSide(c.VictimGroup)).ToList();
        // An updated toll ("the death toll stands at eight") is the latest account: it stands over the lower figures told
        // before it, and the highest update is the latest.
        var updates = totals.FindAll(c => c.IsUpdate && !c.IsVague);
        var total = updates.Count > 0 ? updates.Max(c => c.Number) : totals.Count > 0 ? Conservative(totals) : 0;
        var sided = counted.Where(c => VictimGroups.IsSide(c.VictimGroup)).ToList();
        // A total from another source than the sides is a competing account, not a completion: "we buried eight
        // bodies" against the army's "twenty terrorists neutralised", or residents' "21 bodies" against the army's
        // "eight assailants neutralised". The lowest credible figure stands.
        var competing = totals.Count > 0 && sided.Count > 0 &&
                        sided.Exists(c => c.Claimant is not null) &&
                        totals.TrueForAll(t => !t.IsVague && t.Claimant is not null && !sided.Exists(c => c.Claimant == t.Claimant));
        var best = competing ? Math.Min(total, sides.Sum()) : Math.Max(sides.Sum(), total);
        var high = Math.Max(whole.Max(c => c.Number), best);
        return new FatalityEstimate(best, Math.Min(whole.Min(c => c.Number), best), high, [.. claims]);
    }

    /// <summary>The lowest exact figure; a vague word's conventional figure only when no exact one was given.</summary>
    private static int Conservative(IEnumerable<FatalityClaim> claims)
    {
        var list = claims.ToList();
        var exact = list.Where(c => !c.IsVague).ToList();
        return (exact.Count > 0 ? exact : list).Min(c => c.Number);
    }
}

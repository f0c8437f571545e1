using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class UnnamedDeadOfAnExplosionAreCiviliansTests : RuleTests<UnnamedDeadOfAnExplosionAreCivilians>
{
    [Fact]
    public void A_drone_strike_that_killed_two_unnamed_people_hit_civilians() =>
        Changes(
            CodingCase.Report("A drone strike on the market road killed two.").Event(SubEventTypes.AirDroneStrike, "drone strike").Claim(2, "killed two"),
            new(null, Civilians, SubEventTypes.AirDroneStrike, true));

    [Fact]
    public void A_bomb_that_killed_soldiers_leaves_the_target_to_the_other_rules() =>
        Keeps(
            CodingCase.Report("A roadside bomb killed three on the convoy road.").Event(SubEventTypes.RemoteExplosiveLandmineIed, "roadside bomb").Claim(3, "killed three", "state"),
            new(Unidentified, null, SubEventTypes.RemoteExplosiveLandmineIed));

    [Fact]
    public void A_strike_with_no_dead_has_no_target_named() =>
        Keeps(
            CodingCase.Report("A drone strike hit the market road.").Event(SubEventTypes.AirDroneStrike, "drone strike"),
            new(null, null, SubEventTypes.AirDroneStrike));
}

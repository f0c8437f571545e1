using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ClaimingGroupAttacksNamedVictimsTests : RuleTests<ClaimingGroupAttacksNamedVictims>
{
    [Fact]
    public void The_group_that_claimed_a_bombing_of_soldiers_is_actor1() =>
        Changes(
            CodingCase.Report("Three soldiers were killed when an explosive device hit their vehicle. JNIM claimed the attack.")
                .Event(SubEventTypes.RemoteExplosiveLandmineIed, "explosive device").Patient("soldiers"),
            new(Jnim, Army, SubEventTypes.RemoteExplosiveLandmineIed));

    [Fact]
    public void An_unclaimed_bombing_does_not_borrow_the_group() =>
        Keeps(
            CodingCase.Report("Three soldiers were killed when an explosive device hit their vehicle. JNIM is active in the area.")
                .Event(SubEventTypes.RemoteExplosiveLandmineIed, "explosive device").Patient("soldiers").Unclaimed(),
            new(Unidentified, Army, SubEventTypes.RemoteExplosiveLandmineIed));
}

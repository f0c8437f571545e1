using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class UnnamedAttackerIsUnidentifiedArmedGroupTests : RuleTests<UnnamedAttackerIsUnidentifiedArmedGroup>
{
    [Fact]
    public void An_unclaimed_bomb_is_an_unidentified_armed_groups() =>
        Changes(
            CodingCase.Report("A roadside bomb killed five passengers.").Event(SubEventTypes.RemoteExplosiveLandmineIed, "roadside bomb").Patient("passengers").Unclaimed(),
            new(Unidentified, Civilians, SubEventTypes.RemoteExplosiveLandmineIed, true));

    [Fact]
    public void An_air_strike_is_never_by_an_unidentified_group() =>
        Keeps(
            CodingCase.Report("A drone strike killed five passengers.").Event(SubEventTypes.AirDroneStrike, "drone strike").Patient("passengers"),
            new(null, Civilians, SubEventTypes.AirDroneStrike, true));

    [Fact]
    public void The_unnamed_side_that_ambushed_soldiers_is_an_unidentified_armed_group() =>
        Changes(
            CodingCase.Report("Eight soldiers died when their patrol was ambushed.").Event(SubEventTypes.ArmedClash, "ambushed").Patient("soldiers").Claim(8, "Eight soldiers died", "state"),
            new(Unidentified, Army, SubEventTypes.ArmedClash));
}

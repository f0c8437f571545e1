using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class CivilianTargetingTests : RuleTests<CivilianTargeting>
{
    [Fact]
    public void Violence_against_civilians_targets_civilians() =>
        Changes(
            CodingCase.Report("JNIM fighters killed six villagers.").Event(SubEventTypes.Attack, "killed").Agent("JNIM").Patient("villagers"),
            new(Jnim, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void A_shelled_market_targets_civilians() =>
        Changes(
            CodingCase.Report("JNIM fighters shelled a market, killing traders.").Event(SubEventTypes.ShellingArtilleryMissileAttack, "shelled").Agent("JNIM").Patient("traders"),
            new(Jnim, Civilians, SubEventTypes.ShellingArtilleryMissileAttack, true));

    [Fact]
    public void A_battle_does_not() =>
        Keeps(
            CodingCase.Report("Soldiers clashed with JNIM fighters.").Event(SubEventTypes.ArmedClash, "clashed").Agent("Soldiers").Patient("JNIM"),
            new(Army, Jnim, SubEventTypes.ArmedClash));
}

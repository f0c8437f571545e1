using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class CiviliansSufferLootingArrestsAndLynchingTests : RuleTests<CiviliansSufferLootingArrestsAndLynching>
{
    [Fact]
    public void Looted_shops_belong_to_civilians() =>
        Changes(
            CodingCase.Report("JNIM fighters looted shops.").Event(SubEventTypes.LootingPropertyDestruction, "looted").Agent("JNIM"),
            new(Jnim, Civilians, SubEventTypes.LootingPropertyDestruction));

    [Fact]
    public void A_named_arrested_group_stays() =>
        Keeps(
            CodingCase.Report("Police arrested JNIM fighters.").Event(SubEventTypes.Arrests, "arrested").Agent("Police").Patient("JNIM"),
            new(Police, Jnim, SubEventTypes.Arrests));
}

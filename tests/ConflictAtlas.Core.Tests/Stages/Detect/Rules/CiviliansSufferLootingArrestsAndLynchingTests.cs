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

    [Fact]
    public void Houses_burned_belong_to_civilians_whatever_force_a_later_sentence_names() =>
        Changes(
            CodingCase.Report("JNIM fighters burned houses in the village. The village lies a few kilometres from a camp of the army.")
                .Event(SubEventTypes.LootingPropertyDestruction, "burned").Agent("JNIM")
                .Event(SubEventTypes.LootingPropertyDestruction, "lies", strong: false).Patient("the army"),
            new(Jnim, Civilians, SubEventTypes.LootingPropertyDestruction));

    [Fact]
    public void A_force_the_sentence_of_the_looting_names_as_its_target_stays() =>
        Keeps(
            CodingCase.Report("JNIM fighters looted the stores of the army.")
                .Event(SubEventTypes.LootingPropertyDestruction, "looted").Agent("JNIM").Patient("the army"),
            new(Jnim, Army, SubEventTypes.LootingPropertyDestruction));
}

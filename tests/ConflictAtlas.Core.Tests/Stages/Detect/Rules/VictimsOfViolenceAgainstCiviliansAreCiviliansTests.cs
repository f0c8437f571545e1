using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class VictimsOfViolenceAgainstCiviliansAreCiviliansTests : RuleTests<VictimsOfViolenceAgainstCiviliansAreCivilians>
{
    [Fact]
    public void People_abducted_are_civilians_whoever_they_are_related_to() =>
        Changes(
            CodingCase.Report("JNIM fighters abducted relatives of soldiers.").Event(SubEventTypes.AbductionForcedDisappearance, "abducted").Agent("JNIM").Patient("soldiers"),
            new(Jnim, Civilians, SubEventTypes.AbductionForcedDisappearance, true));

    [Fact]
    public void Villagers_are_already_civilians() =>
        Keeps(
            CodingCase.Report("JNIM fighters abducted villagers.").Event(SubEventTypes.AbductionForcedDisappearance, "abducted").Agent("JNIM").Patient("villagers"),
            new(Jnim, Civilians, SubEventTypes.AbductionForcedDisappearance, true));
}

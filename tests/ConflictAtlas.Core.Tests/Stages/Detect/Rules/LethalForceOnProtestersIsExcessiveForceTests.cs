using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class LethalForceOnProtestersIsExcessiveForceTests : RuleTests<LethalForceOnProtestersIsExcessiveForce>
{
    [Fact]
    public void A_protest_with_deaths_is_excessive_force() =>
        Changes(
            CodingCase.Report("Police fired on a march, killing two people.").Event(SubEventTypes.ProtestWithIntervention, "fired").Agent("Police").Claim(2, "killing two people"),
            new(Police, Protesters, SubEventTypes.ExcessiveForceAgainstProtesters, true));

    [Fact]
    public void A_protest_without_deaths_keeps_its_class() =>
        Keeps(
            CodingCase.Report("Police fired tear gas at a march.").Event(SubEventTypes.ProtestWithIntervention, "fired").Agent("Police"),
            new(Protesters, Police, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void A_protest_in_which_a_police_officer_also_died_was_not_peaceful_and_is_a_violent_demonstration() =>
        Changes(
            CodingCase.Report("Police fired on a march; three marchers and one officer died.").Event(SubEventTypes.ProtestWithIntervention, "fired").Agent("Police")
                .Claim(3, "three marchers").Claim(1, "one officer died", "state"),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ArrestsAreMadeByTheForcesTests : RuleTests<ArrestsAreMadeByTheForces>
{
    [Fact]
    public void The_police_named_after_the_detained_made_the_arrest() =>
        Changes(
            CodingCase.Report("JNIM fighters were detained near the market by the police.").Event(SubEventTypes.Arrests, "detained").Agent("JNIM").Patient("the police"),
            new(Police, Jnim, SubEventTypes.Arrests));

    [Fact]
    public void An_arrest_whose_makers_are_left_unnamed_was_made_by_the_police() =>
        Changes(
            CodingCase.Report("Two villagers were detained at their homes on Tuesday.").Event(SubEventTypes.Arrests, "detained").Patient("villagers"),
            new(Police, Civilians, SubEventTypes.Arrests));

    [Fact]
    public void An_arrest_whose_makers_are_left_unnamed_was_made_by_the_forces_the_report_names() =>
        Changes(
            CodingCase.Report("Two villagers were detained at their homes on Tuesday. Soldiers guarded the capital's bridges.")
                .Event(SubEventTypes.Arrests, "detained").Patient("villagers"),
            new(Army, Civilians, SubEventTypes.Arrests));
}

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
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class RiotSignsMakeViolentDemonstrationTests : RuleTests<RiotSignsMakeViolentDemonstration>
{
    [Fact]
    public void A_march_where_stones_are_thrown_is_a_violent_demonstration() =>
        Changes(
            CodingCase.Report("A march turned violent when youths threw stones at police.").Event(SubEventTypes.PeacefulProtest, "march").Patient("police").RiotSigns(),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));

    [Fact]
    public void A_march_without_violence_stays_a_protest() =>
        Keeps(
            CodingCase.Report("A march passed peacefully as police watched.").Event(SubEventTypes.PeacefulProtest, "march").Patient("police"),
            new(Protesters, Police, SubEventTypes.PeacefulProtest));
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class StateFacesDemonstratorsTests : RuleTests<StateFacesDemonstrators>
{
    [Fact]
    public void Police_named_beside_the_protesters_are_actor2() =>
        Changes(
            CodingCase.Report("Protesters and police faced off.").Event(SubEventTypes.ProtestWithIntervention, "faced off").Agent("Protesters").Agent("police"),
            new(Protesters, Police, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void A_peaceful_protest_has_no_second_side() =>
        Keeps(
            CodingCase.Report("Protesters and police marched together.").Event(SubEventTypes.PeacefulProtest, "marched").Agent("Protesters").Agent("police"),
            new(Protesters, null, SubEventTypes.PeacefulProtest));
}

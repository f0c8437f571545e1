using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ViolenceAgainstProtestersIsProtestWithInterventionTests : RuleTests<ViolenceAgainstProtestersIsProtestWithIntervention>
{
    [Fact]
    public void Police_firing_on_protesters_is_a_protest_with_intervention() =>
        Changes(
            CodingCase.Report("Police fired on protesters.").Event(SubEventTypes.Attack, "fired", strong: false).Agent("Police").Patient("protesters"),
            new(Protesters, Police, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void A_strong_trigger_keeps_its_class() =>
        Keeps(
            CodingCase.Report("Police fired on protesters.").Event(SubEventTypes.Attack, "fired").Agent("Police").Patient("protesters"),
            new(Police, Civilians, SubEventTypes.Attack, true));
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class CrowdActorOfDemonstrationsTests : RuleTests<CrowdActorOfDemonstrations>
{
    [Fact]
    public void A_march_with_no_actor_named_is_by_the_protesters_of_the_country() =>
        Changes(
            CodingCase.Report("Thousands marched through the town.").Event(SubEventTypes.PeacefulProtest, "marched"),
            new(Protesters, null, SubEventTypes.PeacefulProtest));

    [Fact]
    public void Protesters_acted_upon_move_to_actor1() =>
        Changes(
            CodingCase.Report("Police dispersed protesters.").Event(SubEventTypes.ProtestWithIntervention, "dispersed").Agent("Police").Patient("protesters"),
            new(Protesters, Police, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void Demonstrators_of_a_riot_are_its_rioters_and_the_police_they_fought_its_other_side() =>
        Changes(
            CodingCase.Report("Demonstrators clashed with police and burned tyres.").Event(SubEventTypes.ViolentDemonstration, "clashed").Agent("Demonstrators").Patient("police"),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));
}

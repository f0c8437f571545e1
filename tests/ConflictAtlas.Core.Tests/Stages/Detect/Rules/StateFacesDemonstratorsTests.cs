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
    public void A_crowd_dispersed_by_forces_left_unnamed_faces_the_police() =>
        Changes(
            CodingCase.Report("Protesters were dispersed with tear gas outside the ministry.").Event(SubEventTypes.ProtestWithIntervention, "dispersed").Patient("Protesters"),
            new(Protesters, Police, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void A_crowd_dispersed_by_forces_the_report_names_elsewhere_faces_those_forces() =>
        Changes(
            CodingCase.Report("Protesters were dispersed with tear gas outside the ministry. Soldiers patrolled the capital all day.")
                .Event(SubEventTypes.ProtestWithIntervention, "dispersed").Patient("Protesters"),
            new(Protesters, Army, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void A_crowd_fired_on_by_forces_left_unnamed_faces_the_police_not_its_own_dead() =>
        Changes(
            CodingCase.Report("Gunfire was opened on the protesters at the bridge, killing three villagers.")
                .Event(SubEventTypes.ExcessiveForceAgainstProtesters, "Gunfire was opened on").Patient("protesters").Patient("villagers"),
            new(Protesters, Police, SubEventTypes.ExcessiveForceAgainstProtesters, CivilianTargeting: true));

    [Fact]
    public void A_violent_demonstration_with_no_force_named_keeps_no_second_side() =>
        Keeps(
            CodingCase.Report("Rioters burned tyres in the market.").Event(SubEventTypes.ViolentDemonstration, "burned tyres").Agent("Rioters"),
            new(Rioters, null, SubEventTypes.ViolentDemonstration));

    [Fact]
    public void A_peaceful_protest_has_no_second_side() =>
        Keeps(
            CodingCase.Report("Protesters and police marched together.").Event(SubEventTypes.PeacefulProtest, "marched").Agent("Protesters").Agent("police"),
            new(Protesters, null, SubEventTypes.PeacefulProtest));
}

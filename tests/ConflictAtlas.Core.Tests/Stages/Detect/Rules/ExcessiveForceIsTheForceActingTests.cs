using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ExcessiveForceIsTheForceActingTests : RuleTests<ExcessiveForceIsTheForceActing>
{
    [Fact]
    public void Lethal_force_against_a_crowd_has_the_force_as_actor1() =>
        Changes(
            CodingCase.Report("Police fired on a march, killing two people.").Event(SubEventTypes.ProtestWithIntervention, "fired").Agent("Police").Claim(2, "killing two people"),
            new(Police, Protesters, SubEventTypes.ExcessiveForceAgainstProtesters, true));

    [Fact]
    public void A_protest_with_intervention_keeps_the_crowd_as_actor1() =>
        Keeps(
            CodingCase.Report("Police dispersed a march.").Event(SubEventTypes.ProtestWithIntervention, "dispersed").Agent("Police"),
            new(Protesters, Police, SubEventTypes.ProtestWithIntervention));

    [Fact]
    public void A_force_the_sentences_do_not_show_firing_leaves_the_crowd_as_actor1() =>
        Keeps(
            CodingCase.Report("Shots were fired at the protesters near the stadium, killing two people.")
                .Event(SubEventTypes.ExcessiveForceAgainstProtesters, "Shots were fired at").Patient("protesters").Claim(2, "killing two people"),
            new(Protesters, Police, SubEventTypes.ExcessiveForceAgainstProtesters, true));
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class LeadSentenceRolesTests : RuleTests<LeadSentenceRoles>
{
    [Fact]
    public void The_agent_is_actor1_and_the_patient_actor2() =>
        Changes(
            CodingCase.Report("JNIM signed a truce with Dan Na Ambassagou.").Event(SubEventTypes.Agreement, "signed a truce").Agent("JNIM").Patient("Dan Na Ambassagou"),
            new(Jnim, DanNaAmbassagou, SubEventTypes.Agreement));

    [Fact]
    public void The_lead_sentence_names_the_target_before_a_later_one_even_a_named_one() =>
        Changes(
            CodingCase.Report("JNIM fighters recruited villagers. Soldiers later arrived.")
                .Event(SubEventTypes.ChangeToGroupActivity, "recruited").Agent("JNIM").Patient("villagers")
                .Event(SubEventTypes.ChangeToGroupActivity, "arrived", strong: false).Patient("Soldiers"),
            new(Jnim, Civilians, SubEventTypes.ChangeToGroupActivity));

    [Fact]
    public void State_forces_are_not_their_own_target() =>
        Changes(
            CodingCase.Report("Soldiers recruited police officers and villagers.").Event(SubEventTypes.ChangeToGroupActivity, "recruited").Agent("Soldiers").Patient("police officers").Patient("villagers"),
            new(Army, Civilians, SubEventTypes.ChangeToGroupActivity));
}

using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class PossessiveActsTests : RoleRuleTests<PossessiveActs>
{
    [Fact]
    public void The_owner_of_the_act_is_its_agent_even_when_its_noun_names_civilians() =>
        Decides("The people's militia attacked a JNIM camp near Kidal on Sunday.", "people", Role.Agent);
}

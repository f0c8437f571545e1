using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class TerritoryGoesByWhoTookItTests : RuleTests<TerritoryGoesByWhoTookIt>
{
    [Fact]
    public void Soldiers_taking_a_town_is_the_government_regaining_it() =>
        Changes(
            CodingCase.Report("Soldiers took the town from JNIM.").Event(SubEventTypes.NonStateActorOvertakesTerritory, "took").Agent("Soldiers").Patient("JNIM"),
            new(Army, Jnim, SubEventTypes.GovernmentRegainsTerritory));

    [Fact]
    public void Troops_of_another_state_taking_a_town_are_a_non_state_actor_overtaking_it() =>
        Changes(
            CodingCase.Report("Burkinabe troops took the town from JNIM.").Event(SubEventTypes.GovernmentRegainsTerritory, "took").Agent("Burkinabe troops").Patient("JNIM"),
            new("Military Forces of Burkina Faso (2022-)", Jnim, SubEventTypes.NonStateActorOvertakesTerritory));

    [Fact]
    public void A_group_taking_a_town_from_soldiers_is_a_non_state_actor_overtaking_it() =>
        Changes(
            CodingCase.Report("JNIM fighters retook the town from soldiers.").Event(SubEventTypes.GovernmentRegainsTerritory, "retook").Agent("JNIM").Patient("soldiers"),
            new(Jnim, Army, SubEventTypes.NonStateActorOvertakesTerritory));
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ForeignForcesFaceTheHostForcesTests : RuleTests<ForeignForcesFaceTheHostForces>
{
    private const string BurkinaArmy = "Military Forces of Burkina Faso (2022-)";

    [Fact]
    public void Foreign_troops_taking_a_village_took_it_from_the_host_army_the_report_names() =>
        Changes(
            CodingCase.Report("Burkinabe troops took the village of Boni. The Malian army had held it since January.")
                .Event(SubEventTypes.GovernmentRegainsTerritory, "took").Agent("Burkinabe troops"),
            new(BurkinaArmy, Army, SubEventTypes.NonStateActorOvertakesTerritory));

    [Fact]
    public void Foreign_troops_taking_a_village_the_report_names_no_host_force_for_took_it_from_the_host_army() =>
        Changes(
            CodingCase.Report("Burkinabe troops took the village of Boni on Sunday.")
                .Event(SubEventTypes.GovernmentRegainsTerritory, "took").Agent("Burkinabe troops"),
            new(BurkinaArmy, Army, SubEventTypes.NonStateActorOvertakesTerritory));

    [Fact]
    public void Foreign_troops_in_a_clash_with_no_side_named_keep_no_target_when_the_report_names_no_host_force() =>
        Keeps(
            CodingCase.Report("Burkinabe troops clashed near the village of Boni on Sunday.")
                .Event(SubEventTypes.ArmedClash, "clashed").Agent("Burkinabe troops"),
            new(BurkinaArmy, null, SubEventTypes.ArmedClash));

    [Fact]
    public void The_host_army_taking_a_village_with_no_side_named_keeps_no_target() =>
        Keeps(
            CodingCase.Report("Malian troops took the village of Boni. Burkinabe troops had held it since January.")
                .Event(SubEventTypes.GovernmentRegainsTerritory, "took").Agent("Malian troops"),
            new(Army, null, SubEventTypes.GovernmentRegainsTerritory));
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class PeacefulProtestHasNoVictimsTests : RuleTests<PeacefulProtestHasNoVictims>
{
    [Fact]
    public void The_people_who_marched_are_no_second_side() =>
        Changes(
            CodingCase.Report("Protesters marched with hundreds of residents.").Event(SubEventTypes.PeacefulProtest, "marched").Agent("Protesters").Patient("residents"),
            new(Protesters, null, SubEventTypes.PeacefulProtest));

    [Fact]
    public void Civilians_attacked_by_gunmen_stay_the_victims() =>
        Keeps(
            CodingCase.Report("Gunmen attacked residents.").Event(SubEventTypes.Attack, "attacked").Agent("Gunmen").Patient("residents"),
            new(Unidentified, Civilians, SubEventTypes.Attack, CivilianTargeting: true));
}

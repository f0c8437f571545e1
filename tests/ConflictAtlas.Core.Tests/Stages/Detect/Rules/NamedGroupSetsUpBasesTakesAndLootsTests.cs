using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class NamedGroupSetsUpBasesTakesAndLootsTests : RuleTests<NamedGroupSetsUpBasesTakesAndLoots>
{
    [Fact]
    public void Unnamed_rebels_setting_up_a_base_are_the_group_the_report_names() =>
        Changes(
            CodingCase.Report("JNIM fighters entered the town. The rebels set up a base.").Event(SubEventTypes.HeadquartersOrBaseEstablished, "set up a base"),
            new(Jnim, null, SubEventTypes.HeadquartersOrBaseEstablished));

    [Fact]
    public void An_unclaimed_base_has_no_actor() =>
        Keeps(
            CodingCase.Report("JNIM fighters entered the town. Someone set up a base.").Event(SubEventTypes.HeadquartersOrBaseEstablished, "set up a base").Unclaimed(),
            new(null, null, SubEventTypes.HeadquartersOrBaseEstablished));
}

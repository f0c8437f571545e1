using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class NamedAttackerReplacesGenericOneTests : RuleTests<NamedAttackerReplacesGenericOne>
{
    [Fact]
    public void An_attack_with_no_attacker_in_its_sentence_takes_the_group_the_report_blames() =>
        Changes(
            CodingCase.Report("An attack hit the market. Residents blamed JNIM.").Event(SubEventTypes.Attack, "attack"),
            new(Jnim, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void An_unclaimed_attack_keeps_an_unidentified_attacker() =>
        Keeps(
            CodingCase.Report("An attack hit the market. JNIM is active in the area.").Event(SubEventTypes.Attack, "attack").Unclaimed(),
            new(Unidentified, Civilians, SubEventTypes.Attack, true));
}

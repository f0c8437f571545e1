using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class YieldingSideIsActor2Tests : RuleTests<YieldingSideIsActor2>
{
    [Fact]
    public void Troops_pulling_out_hand_the_place_to_the_group_moving_in() =>
        Changes(
            CodingCase.Report("Soldiers pulled out of the camp and JNIM fighters occupied it.").Event(SubEventTypes.NonViolentTransferOfTerritory, "pulled out").Agent("Soldiers").Patient("JNIM").Yields(),
            new(Jnim, Army, SubEventTypes.NonViolentTransferOfTerritory));

    [Fact]
    public void A_group_taking_a_place_is_already_actor1() =>
        Keeps(
            CodingCase.Report("JNIM fighters took over the camp after soldiers left.").Event(SubEventTypes.NonViolentTransferOfTerritory, "took over").Agent("JNIM").Patient("soldiers"),
            new(Jnim, Army, SubEventTypes.NonViolentTransferOfTerritory));
}

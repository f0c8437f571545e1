using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class GenericArmedActorsTakeTheNamedGroupTests : RuleTests<GenericArmedActorsTakeTheNamedGroup>
{
    [Fact]
    public void Militants_said_to_be_of_a_named_group_take_its_name_even_when_unclaimed() =>
        Changes(
            CodingCase.Report("Militants from JNIM killed six villagers.").Event(SubEventTypes.Attack, "killed").Agent("Militants").Agent("JNIM").Patient("villagers").Unclaimed(),
            new(Jnim, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void Named_actors_keep_their_names() =>
        Keeps(
            CodingCase.Report("JNIM fighters killed six villagers.").Event(SubEventTypes.Attack, "killed").Agent("JNIM").Patient("villagers"),
            new(Jnim, Civilians, SubEventTypes.Attack, true));
}

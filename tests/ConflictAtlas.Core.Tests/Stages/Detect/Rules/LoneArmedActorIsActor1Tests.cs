using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class LoneArmedActorIsActor1Tests : RuleTests<LoneArmedActorIsActor1>
{
    [Fact]
    public void The_one_side_named_in_a_clash_is_actor1() =>
        Changes(
            CodingCase.Report("Clashes broke out with JNIM fighters.").Event(SubEventTypes.ArmedClash, "Clashes").Patient("JNIM"),
            new(Jnim, null, SubEventTypes.ArmedClash));

    [Fact]
    public void The_one_side_named_after_a_target_word_stays_the_target() =>
        Keeps(
            CodingCase.Report("A suicide bomber targeted soldiers at their post.").Event(SubEventTypes.SuicideBomb, "suicide bomber").Patient("soldiers", marked: true),
            new(Unidentified, Army, SubEventTypes.SuicideBomb));

    [Fact]
    public void Civilian_victims_stay_actor2() =>
        Keeps(
            CodingCase.Report("A bomb killed six villagers.").Event(SubEventTypes.RemoteExplosiveLandmineIed, "bomb").Patient("villagers"),
            new(Unidentified, Civilians, SubEventTypes.RemoteExplosiveLandmineIed, true));

    [Fact]
    public void State_forces_that_lost_the_dead_of_a_clash_stay_its_target() =>
        Keeps(
            CodingCase.Report("Eight soldiers died when their patrol was ambushed.").Event(SubEventTypes.ArmedClash, "ambushed").Patient("soldiers").Claim(8, "Eight soldiers died", "state"),
            new(Unidentified, Army, SubEventTypes.ArmedClash));

    [Fact]
    public void Soldiers_killed_by_a_roadside_bomb_stay_its_target() =>
        Keeps(
            CodingCase.Report("A roadside bomb killed four soldiers.").Event(SubEventTypes.RemoteExplosiveLandmineIed, "roadside bomb").Patient("soldiers").Claim(4, "killed four soldiers", "state"),
            new(Unidentified, Army, SubEventTypes.RemoteExplosiveLandmineIed));
}

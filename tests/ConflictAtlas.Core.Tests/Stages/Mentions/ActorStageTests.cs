using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>Actor aliases from the catalogue, with the country condition of generic ones kept for the coder.</summary>
public sealed class ActorStageTests
{
    private static Mention<ActorMention> Only(Document document) => Assert.Single(document.Actors);

    private static string[] Names(IEnumerable<global::ConflictAtlas.Core.Catalogs.ActorEntry> entries) => [.. entries.Select(e => e.NameTemplate)];

    [Fact]
    public void An_acronym_alias_names_its_group()
    {
        var document = Reports.Mentioned("JNIM ambushed a convoy near Gao on Sunday.");
        var mention = Only(document);
        Assert.Equal("JNIM", document.TextOf(mention.Span));
        Assert.Equal("actors", mention.Producer);
        var alias = Assert.Single(mention.Value.Aliases);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", alias.Actor.NameTemplate);
        Assert.Null(alias.RequiresCountryIso2);
        Assert.False(mention.Value.IsGeneric);
    }

    [Theory]
    [InlineData("Le Groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque.", "Groupe de soutien à l'islam et aux musulmans")]
    [InlineData("Le groupe de soutien a l’Islam et aux musulmans a revendiqué l'attaque.", "groupe de soutien a l’Islam et aux musulmans")]
    public void A_long_french_alias_matches_whole_whatever_its_case_and_accents(string text, string surface)
    {
        var document = Reports.Mentioned(text);
        var mention = Only(document);
        Assert.Equal(surface, document.TextOf(mention.Span));
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", Assert.Single(mention.Value.Aliases).Actor.NameTemplate);
    }

    [Fact]
    public void A_country_bound_alias_keeps_every_condition_for_the_coder_to_apply()
    {
        // The report is about Niger, yet the stage keeps what "Islamic State" means in every country: the coder
        // applies the condition with the event's country.
        var document = Reports.Mentioned("In Niger, the Islamic State attacked a patrol near Tillabéri on Sunday.");
        var mention = Only(document);
        Assert.Equal("Islamic State", document.TextOf(mention.Span));
        var conditions = mention.Value.Aliases.Select(a => a.RequiresCountryIso2 + " " + a.Actor.NameTemplate).ToList();
        Assert.Contains("NE Islamic State (Sahel)", conditions);
        Assert.Contains("NG Islamic State West Africa Province", conditions);
        Assert.Contains("SY Islamic State (Syria)", conditions);
        Assert.All(mention.Value.Aliases, a => Assert.NotNull(a.RequiresCountryIso2));
        Assert.Equal(["Islamic State (Sahel)"], Names(mention.Value.CandidatesIn("NE")));
        Assert.Equal(["Islamic State West Africa Province"], Names(mention.Value.CandidatesIn("NG")));
        Assert.Equal(["Islamic State (Mozambique)"], Names(mention.Value.CandidatesIn("MZ")));
        Assert.Empty(mention.Value.CandidatesIn("US"));
        Assert.Empty(mention.Value.CandidatesIn(null));
    }

    [Fact]
    public void A_plain_word_for_soldiers_stands_for_the_forces_of_every_country()
    {
        var mention = Only(Reports.Mentioned("In Niger, the army repelled an attack near Tillabéri on Sunday."));
        Assert.Contains("Military Forces of Niger ({Regime})", Names(mention.Value.CandidatesIn("NE")));
        Assert.Contains("Military Forces of Mali ({Regime})", Names(mention.Value.CandidatesIn("NE")));
        Assert.All(mention.Value.Aliases, a => Assert.Equal(ActorType.StateForces, a.Actor.Type));
    }

    [Fact]
    public void A_generic_noun_is_a_generic_actor_named_after_the_event_country()
    {
        var document = Reports.Mentioned("Unidentified gunmen killed three traders near Gao on Sunday.");
        Assert.Equal(["Unidentified gunmen", "traders"], document.Texts(document.Actors));
        Assert.All(document.Actors, m => Assert.True(m.Value.IsGeneric));
        Assert.Equal(["Unidentified Armed Group ({Country})"], Names(document.Actors[0].Value.CandidatesIn("ML")));
        Assert.Equal(["Civilians ({Country})"], Names(document.Actors[1].Value.CandidatesIn("ML")));
    }

    [Fact]
    public void Words_that_are_no_alias_give_no_actor() =>
        Assert.Empty(Reports.Mentioned("A bridge collapsed near Gao on Sunday.").Actors);
}

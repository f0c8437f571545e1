using System.Collections.Immutable;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// What the coder gathers once per report (<see cref="ReportIndex"/>): the report's named actors resolved per
/// distinct mention give the same actors and spans as resolving every mention, and the work depends on the distinct
/// mentions, not on how often the report repeats them.
/// </summary>
public sealed class ReportIndexTests
{
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Standard = PipelineDefaults.Create();

    private const string Story =
        "Post overrun near Mopti\n\nJNIM fighters overran an army post near Mopti on Sunday, the Malian army said. " +
        "Soldiers of the Malian army later pushed the JNIM fighters back, and the army said Wagner instructors took part.\n\n" +
        "In Kidal, the Islamic State claimed a separate raid on Monday.";

    private static readonly DateOnly Day = new(2025, 3, 9);

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Named_actors_of_the_report_are_those_of_resolving_every_mention(int times)
    {
        var document = Run(times);
        var mali = CountryCatalog.Default.ByIso2("ML");
        var index = new EventCoder(ActorCatalog.Default, Taxonomy.Default).Index(document);
        var actual = index.NamedActors(Day, mali, 0.4, 0.9);
        var expected = ResolveEveryMention(document, mali);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(a => (a.Value.Name, a.Confidence)), actual.Select(a => (a.Value.Name, a.Confidence)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Spans.ToArray(), actual[i].Spans.ToArray());
        }
    }

    [Fact]
    public void Resolving_the_named_actors_takes_the_same_work_however_often_the_report_repeats_them()
    {
        var mali = CountryCatalog.Default.ByIso2("ML");
        var once = new EventCoder(ActorCatalog.Default, Taxonomy.Default).Index(Run(1));
        var often = new EventCoder(ActorCatalog.Default, Taxonomy.Default).Index(Run(12));
        once.NamedActors(Day, mali, 0.4, 0.9);
        often.NamedActors(Day, mali, 0.4, 0.9);
        // Asked again for the same day and country: remembered, not resolved again.
        often.NamedActors(Day, mali, 0.4, 0.9);
        Assert.True(once.ActorGroups > 1);
        Assert.Equal(once.ActorGroups, often.ActorGroups);
        Assert.Equal(once.Resolutions, often.Resolutions);
        Assert.Equal(once.ActorGroups, often.Resolutions);
    }

    private static Document Run(int times) =>
        Standard.Run(Document.Create(string.Join("\n\n", Enumerable.Repeat(Story, times)),
            new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero) }));

    /// <summary>Every named mention resolved one by one; an actor keeps its first mention's confidence and gathers
    /// the spans of all its mentions.</summary>
    private static List<Evidence<Actor>> ResolveEveryMention(Document document, Country? country)
    {
        var result = new List<Evidence<Actor>>();
        foreach (var mention in document.Actors.Where(m => !m.Value.IsGeneric))
        {
            var entry = mention.Value.Choose(country?.Iso2, Day);
            if (entry is null || ActorCatalog.Default.Resolve(entry, Day, country) is not { } actor)
            {
                continue;
            }

            var at = result.FindIndex(a => a.Value.Name == actor.Name);
            if (at < 0)
            {
                result.Add(new Evidence<Actor>(actor, mention.Span, EventCoder.Producer, entry.IsGeneric ? 0.4 : 0.9));
            }
            else
            {
                result[at] = result[at].WithSpans(ImmutableArray.Create(mention.Span));
            }
        }

        return result;
    }
}

using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Tests.Catalogs;

/// <summary>The type-name constants and <c>taxonomy.tsv</c> name the same types, and a typo on either side fails.</summary>
public sealed class TaxonomyNamesTests
{
    private static readonly IReadOnlyList<string[]> Rows = ResourceFile.ReadRows("taxonomy.tsv");

    [Fact]
    public void The_bundled_taxonomy_has_every_constant_and_nothing_else()
    {
        Assert.Same(Taxonomy.Default, TaxonomyNames.Check(Taxonomy.Default));
        Assert.Equal(25, TaxonomyNames.Constants(typeof(SubEventTypes)).Count);
        Assert.Equal(6, TaxonomyNames.Constants(typeof(EventTypes)).Count);
        Assert.Equal(SubEventTypes.AirDroneStrike, Taxonomy.Default.BySubType(SubEventTypes.AirDroneStrike).SubEventType);
        Assert.Equal(EventTypes.ExplosionsRemoteViolence, Taxonomy.Default.BySubType(SubEventTypes.AirDroneStrike).EventType);
    }

    [Fact]
    public void The_constants_follow_the_hierarchy_order_of_the_file() =>
        Assert.Equal(Taxonomy.Default.All.Select(c => c.SubEventType), TaxonomyNames.Constants(typeof(SubEventTypes)).Values.OrderBy(v => Taxonomy.Default.BySubType(v).Rank));

    [Fact]
    public void A_sub_event_type_misspelt_in_the_file_fails_loudly_naming_the_constant()
    {
        var rows = Rows.Select(r => r[1] == SubEventTypes.AirDroneStrike ? [r[0], "Air/drone strikes", .. r[2..]] : r).ToList();

        var error = Assert.Throws<InvalidDataException>(() => TaxonomyNames.Check(new Taxonomy(rows)));

        Assert.Contains("SubEventTypes.AirDroneStrike = 'Air/drone strike' is not in the taxonomy", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Air/drone strikes' has no constant in SubEventTypes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_type_missing_from_the_file_fails_loudly()
    {
        var rows = Rows.Where(r => r[0] != EventTypes.Riots).ToList();

        var error = Assert.Throws<InvalidDataException>(() => TaxonomyNames.Check(new Taxonomy(rows)));

        Assert.Contains("EventTypes.Riots = 'Riots' is not in the taxonomy", error.Message, StringComparison.Ordinal);
    }
}

using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Core.Tests.Geo;

/// <summary>Region names as the gazetteer's sources and the texts write them.</summary>
public sealed class RegionNamesTests
{
    [Theory]
    [InlineData("Tahoua Region", "Tahoua")]
    [InlineData("Borno State", "borno")]
    [InlineData("Kharkiv Oblast", "Kharkiv")]
    public void A_region_word_at_the_end_does_not_change_the_region(string a, string b) => Assert.True(RegionNames.Same(a, b));

    [Fact]
    public void Two_regions_of_different_names_differ() => Assert.False(RegionNames.Same("Kharkiv Oblast", "Kherson Oblast"));
}

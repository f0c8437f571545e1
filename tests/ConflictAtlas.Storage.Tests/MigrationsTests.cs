using ConflictAtlas.Storage.Sql;

namespace ConflictAtlas.Storage.Tests;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Each_dialect_numbers_its_migrations_one_to_n_without_gaps_or_repeats(string dialect)
    {
        var versions = Migrations.For(dialect).Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }
}

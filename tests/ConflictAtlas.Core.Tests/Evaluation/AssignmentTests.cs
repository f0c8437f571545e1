using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Core.Tests.Evaluation;

public sealed class AssignmentTests
{
    [Fact]
    public void The_most_pairs_come_before_the_greatest_weight()
    {
        // Row 0 weighs most with column 0, but only row 0 can take column 1: two pairs beat the heavier single one.
        int[,] weights = { { 11, 2 }, { 5, 0 } };

        Assert.Equal([(0, 1), (1, 0)], Assignment.MaximumPairs(weights));
    }

    [Fact]
    public void Among_as_many_pairs_the_heavier_pairing_wins_and_zero_weights_never_pair()
    {
        int[,] weights = { { 3, 9, 0 }, { 8, 4, 0 }, { 0, 0, 0 } };

        Assert.Equal([(0, 1), (1, 0)], Assignment.MaximumPairs(weights));
    }

    [Fact]
    public void More_rows_than_columns_and_empty_sides_are_paired_as_far_as_they_go()
    {
        int[,] tall = { { 1 }, { 4 }, { 2 } };

        Assert.Equal([(1, 0)], Assignment.MaximumPairs(tall));
        Assert.Empty(Assignment.MaximumPairs(new int[0, 3]));
        Assert.Empty(Assignment.MaximumPairs(new int[2, 0]));
    }
}

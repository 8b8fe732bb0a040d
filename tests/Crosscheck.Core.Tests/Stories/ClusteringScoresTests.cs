using Crosscheck.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class ClusteringScoresTests
{
    [Fact]
    public void Perfect_clustering_scores_one_everywhere()
    {
        var scores = ClusteringScores.Compute([0, 0, 1, 1, 2], [5, 5, 7, 7, 9]);

        Assert.Equal(1, scores.PairF1, 9);
        Assert.Equal(1, scores.BCubedF1, 9);
        Assert.Equal(1, scores.AdjustedRandIndex, 9);
        Assert.Equal(1, scores.Nmi, 9);
    }

    [Fact]
    public void Hand_computed_example_matches()
    {
        // Given: gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        int[] gold = [0, 0, 0, 1, 1];
        int[] predicted = [0, 0, 1, 1, 1];

        // When
        var s = ClusteringScores.Compute(gold, predicted);

        // Then
        // Pairs: predicted together ab, cd, ce, de = 4; gold together ab, ac, bc, de = 4; both ab, de = 2.
        Assert.Equal(0.5, s.PairPrecision, 9);
        Assert.Equal(0.5, s.PairRecall, 9);
        // B-cubed precision: a,b 1; c 1/3; d,e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
        Assert.Equal(11.0 / 15, s.BCubedPrecision, 9);
        // B-cubed recall: a,b 2/3; c 1/3; d,e 1 -> (2/3+2/3+1/3+1+1)/5 = 11/15.
        Assert.Equal(11.0 / 15, s.BCubedRecall, 9);
        // ARI: index 2, expected 4*4/10 = 1.6, max 4 -> (2-1.6)/(4-1.6) = 1/6.
        Assert.Equal(1.0 / 6, s.AdjustedRandIndex, 9);
        // NMI: cells (0,0)=2,(0,1)=1,(1,1)=2; H(gold)=H(pred)=H(3/5,2/5).
        var h = -(0.6 * Math.Log(0.6) + 0.4 * Math.Log(0.4));
        var mi = 0.4 * Math.Log(5.0 * 2 / (3 * 2)) + 0.2 * Math.Log(5.0 * 1 / (3 * 3)) + 0.4 * Math.Log(5.0 * 2 / (2 * 3));
        Assert.Equal(mi / h, s.Nmi, 9);
    }

    [Fact]
    public void All_in_one_cluster_has_full_recall_and_no_information()
    {
        var s = ClusteringScores.Compute([0, 0, 1, 1], [0, 0, 0, 0]);

        Assert.Equal(1, s.PairRecall, 9);
        Assert.Equal(2.0 / 6, s.PairPrecision, 9);
        Assert.Equal(0.5, s.BCubedPrecision, 9);
        Assert.Equal(0, s.AdjustedRandIndex, 9);
        Assert.Equal(0, s.Nmi, 9);
    }
}

using Crosscheck.Stories;

namespace Crosscheck.Core.Tests.Stories;

public sealed class DuplicateDetectionTests
{
    [Fact]
    public void Finds_planted_copies_with_high_recall_and_precision()
    {
        // Given: 400 originals and 200 copies of four kinds
        var corpus = new PlantedCopies(seed: 7);
        corpus.Generate(originals: 400, copies: 200);
        var hasher = new MinHasher();
        var shingles = corpus.Articles.Select(a => hasher.Shingles(a.Text)).ToList();

        // When
        var groups = new DuplicateDetector().Detect(corpus.Articles);

        // Then: every pair with true Jaccard >= 0.8 is grouped, and grouped pairs share a family
        var index = corpus.Articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var groupOf = new Dictionary<int, int>();
        for (var g = 0; g < groups.Count; g++)
        {
            groupOf[index[groups[g].OriginalId]] = g;
            foreach (var copy in groups[g].Copies)
            {
                groupOf[index[copy.ArticleId]] = g;
            }
        }
        int truePairs = 0, found = 0, predictedPairs = 0, correct = 0;
        var families = Enumerable.Range(0, corpus.Articles.Count).GroupBy(i => corpus.Family[i]);
        foreach (var family in families)
        {
            var members = family.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (MinHasher.Jaccard(shingles[members[a]], shingles[members[b]]) >= 0.8)
                    {
                        truePairs++;
                        if (groupOf.TryGetValue(members[a], out var ga) && groupOf.TryGetValue(members[b], out var gb) && ga == gb)
                        {
                            found++;
                        }
                    }
                }
            }
        }
        foreach (var members in groupOf.GroupBy(kv => kv.Value, kv => kv.Key).Select(g => g.ToList()))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    predictedPairs++;
                    correct += corpus.Family[members[a]] == corpus.Family[members[b]] ? 1 : 0;
                }
            }
        }
        Assert.True(truePairs > 100, $"only {truePairs} true pairs planted");
        Assert.True(found >= 0.95 * truePairs, $"recall {found}/{truePairs}");
        Assert.True(correct >= 0.99 * predictedPairs, $"precision {correct}/{predictedPairs}");
    }

    [Fact]
    public void Trimmed_copy_is_a_partial_copy_of_the_earlier_original()
    {
        // Given: an original and, later, its first half
        var corpus = new PlantedCopies(seed: 3);
        corpus.Generate(originals: 1, copies: 0, words: 600);
        var original = corpus.Articles[0];
        var paragraphs = original.Text.Split("\n\n");
        var trimmed = new StoryInput("copy", "", string.Join("\n\n", paragraphs.Take(paragraphs.Length / 2)), "other", original.PublishedAt!.Value.AddHours(1));

        // When
        var groups = new DuplicateDetector().Detect([trimmed, original]);

        // Then
        var group = Assert.Single(groups);
        Assert.Equal(original.Id, group.OriginalId);
        var copy = Assert.Single(group.Copies);
        Assert.Equal(DuplicateKind.PartialCopy, copy.Kind);
        Assert.True(copy.Containment > 0.85, $"containment {copy.Containment}");
        Assert.True(copy.Jaccard < 0.7, $"jaccard {copy.Jaccard}");
    }

    [Fact]
    public void Unrelated_texts_and_short_texts_are_not_copies()
    {
        // Given
        var corpus = new PlantedCopies(seed: 11);
        corpus.Generate(originals: 50, copies: 0);
        var articles = corpus.Articles.Append(new StoryInput("s1", "", "Port reopens", "x")).Append(new StoryInput("s2", "", "Port reopens", "y")).ToList();

        // When
        var groups = new DuplicateDetector().Detect(articles);

        // Then
        Assert.Empty(groups);
    }

    [Fact]
    public void Signature_estimate_tracks_exact_jaccard()
    {
        // Given: a text and the same text with its last fifth replaced
        var corpus = new PlantedCopies(seed: 5);
        corpus.Generate(originals: 2, copies: 0, words: 600);
        var a = corpus.Articles[0].Text;
        var b = a[..(a.Length * 4 / 5)] + " " + corpus.Articles[1].Text[..(a.Length / 5)];
        var hasher = new MinHasher();

        // When
        var exact = MinHasher.Jaccard(hasher.Shingles(a), hasher.Shingles(b));
        var estimate = hasher.Compute(a).EstimateJaccard(hasher.Compute(b));

        // Then
        Assert.InRange(exact, 0.5, 0.8);
        Assert.InRange(estimate, exact - 0.12, exact + 0.12);
    }

    [Theory]
    [InlineData(0.8, 128)]
    [InlineData(0.5, 128)]
    [InlineData(0.9, 256)]
    public void Banding_catches_pairs_at_the_threshold(double threshold, int size)
    {
        // When
        var banding = LshBanding.ForThreshold(threshold, size);

        // Then: at the threshold almost surely a candidate; far below it rarely
        Assert.True(banding.Bands * banding.Rows <= size);
        Assert.True(banding.CandidateProbability(threshold) >= 0.995);
        Assert.True(banding.CandidateProbability(threshold / 3) < 0.2);
    }

    [Fact]
    public void Index_estimates_from_its_folded_signatures_match_the_full_ones()
    {
        // Given: texts and copies added to an index, which keeps 16 bits of each signature bin
        var corpus = new PlantedCopies(seed: 9);
        corpus.Generate(originals: 40, copies: 40, words: 300);
        var index = new DuplicateIndex();
        var signatures = corpus.Articles.Select(a => index.Hasher.Compute(a.Text)).ToArray();
        var matches = new List<DuplicateMatch>();
        foreach (var signature in signatures)
        {
            index.Add(signature, matches);
        }

        // When / Then: every pair's estimate is the full-signature estimate, up to a rare 16-bit clash
        for (var i = 0; i < signatures.Length; i += 3)
        {
            for (var j = i + 1; j < signatures.Length; j += 5)
            {
                Assert.InRange(index.EstimateJaccard(i, j) - signatures[i].EstimateJaccard(signatures[j]), 0, 2.0 / 128);
            }
        }
        Assert.NotEmpty(matches);
    }
}

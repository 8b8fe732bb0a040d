using Crosscheck.Evaluation.Attribution;

namespace Crosscheck.Core.Tests.Evaluation;

public sealed class AttributionCorpusTests : IDisposable
{
    private const string Text = "Officials said the bridge would reopen.";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crosscheck-brat-" + Guid.NewGuid().ToString("N"));

    public AttributionCorpusTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Relation(int relations)
    {
        var lines = new List<string> { "T1\tSource 0 9\tOfficials", "T2\tCue 10 14\tsaid", "T3\tContent 15 38\tthe bridge would reopen" };
        for (var i = 1; i <= relations; i++)
        {
            lines.Add($"E{i}\tContent:T3 Cue:T2 Source:T1");
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Polnear_layout_scores_the_first_annotator_listed_in_metadata()
    {
        // Given: a split folder with two annotators of one article, metadata one level up naming "bb" first
        var split = Path.Combine(_root, "dev");
        Directory.CreateDirectory(Path.Combine(split, "text"));
        Directory.CreateDirectory(Path.Combine(split, "attributions"));
        File.WriteAllText(Path.Combine(split, "text", "bridge.txt"), Text);
        File.WriteAllText(Path.Combine(split, "attributions", "bridge_aa.ann"), Relation(1));
        File.WriteAllText(Path.Combine(split, "attributions", "bridge_bb.ann"), Relation(2));
        File.WriteAllText(Path.Combine(_root, "metadata.tsv"), "compartment\tfilename\tannotators\ndev\tbridge\tbb|aa\n");

        // When
        var documents = AttributionCorpus.Load(split);

        // Then
        var document = Assert.Single(documents);
        Assert.Equal("bridge", document.Id);
        Assert.Equal(2, document.Relations.Count);
    }

    [Fact]
    public void Without_metadata_the_first_annotator_file_by_name_is_used()
    {
        Directory.CreateDirectory(Path.Combine(_root, "text"));
        Directory.CreateDirectory(Path.Combine(_root, "attributions"));
        File.WriteAllText(Path.Combine(_root, "text", "bridge.txt"), Text);
        File.WriteAllText(Path.Combine(_root, "attributions", "bridge_zz.ann"), Relation(2));
        File.WriteAllText(Path.Combine(_root, "attributions", "bridge_aa.ann"), Relation(1));

        var document = Assert.Single(AttributionCorpus.Load(_root));

        Assert.Single(document.Relations);
    }

    [Fact]
    public void Plain_brat_folder_pairs_txt_and_ann_by_name()
    {
        File.WriteAllText(Path.Combine(_root, "bridge.txt"), Text);
        File.WriteAllText(Path.Combine(_root, "bridge.ann"), Relation(1));
        File.WriteAllText(Path.Combine(_root, "orphan.ann"), Relation(1));

        var document = Assert.Single(AttributionCorpus.Load(_root));

        Assert.Equal("bridge", document.Id);
    }

    [Fact]
    public void Empty_folder_is_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => AttributionCorpus.Load(_root));
    }
}

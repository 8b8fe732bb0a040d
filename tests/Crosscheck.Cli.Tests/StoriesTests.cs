using System.Text.Json;

namespace Crosscheck.Cli.Tests;

public sealed class StoriesTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "samples", "corpus");

    [Fact]
    public async Task Demo_corpus_groups_into_one_story_with_the_syndicated_copy_marked()
    {
        // Given: the demo corpus stored
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "demo.db");
        var (demoExit, _, demoError) = await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", Path.Combine(dir.Path, "d.html"));
        Assert.True(demoExit == 0, demoError);

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("stories", "--db", database, "--format", "json");

        // Then: six articles in one story, the unrelated one alone, 03 a copy of 02
        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var stories = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        var main = stories.Single(s => s.GetProperty("articles").GetArrayLength() == 6);
        var alone = stories.Single(s => s.GetProperty("articles").GetArrayLength() == 1);
        Assert.EndsWith("07-valley-gazette-unrelated.md", alone.GetProperty("articles")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        var articles = main.GetProperty("articles").EnumerateArray().ToList();
        var wire = articles.Single(a => a.GetProperty("source").GetString()!.EndsWith("02-meridian-wire.md", StringComparison.Ordinal));
        var syndicated = articles.Single(a => a.GetProperty("source").GetString()!.EndsWith("03-coastline-herald-syndicated.md", StringComparison.Ordinal));
        Assert.Equal(wire.GetProperty("id").GetString(), syndicated.GetProperty("duplicateOf").GetString());
        Assert.Single(articles, a => a.GetProperty("duplicateOf").ValueKind == JsonValueKind.String);
        Assert.Contains("Copy: 03-coastline-herald-syndicated.md copies 02-meridian-wire.md", demoError, StringComparison.Ordinal);
        Assert.Contains("1 unrelated article(s)", demoError, StringComparison.Ordinal);

        // And: the story command shows it with its cross-check
        var id = main.GetProperty("id").GetString()!;
        var (storyExit, storyOutput, storyError) = await CliRun.RunAsync("story", id, "--db", database, "--format", "json");
        Assert.True(storyExit == 0, storyError);
        using var story = JsonDocument.Parse(storyOutput);
        Assert.Equal(id, story.RootElement.GetProperty("story").GetProperty("id").GetString());
        Assert.Equal(6, story.RootElement.GetProperty("comparison").GetProperty("articles").GetArrayLength());
        Assert.Equal("partial-copy", story.RootElement.GetProperty("duplicates")[0].GetProperty("kind").GetString());

        var (htmlExit, html, _) = await CliRun.RunAsync("story", id, "--db", database, "--format", "html");
        Assert.Equal(0, htmlExit);
        Assert.Contains("copy of", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_and_a_story_come_as_csv_rows_for_a_spreadsheet()
    {
        // Given: the demo corpus stored
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "demo.db");
        var (demoExit, _, demoError) = await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", Path.Combine(dir.Path, "d.html"));
        Assert.True(demoExit == 0, demoError);

        // When
        var (listExit, list, listError) = await CliRun.RunAsync("stories", "--db", database, "--format", "csv");

        // Then: one row per article of each story, the syndicated copy naming its original
        Assert.True(listExit == 0, listError);
        var rows = list.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("story,label,storyline,from,to,articleCount,outletCount,article,published,outlet,title,copyOf", rows[0]);
        Assert.Equal(7, rows.Length - 1);
        // (Labels hold commas inside quoted cells, so rows are matched by their counts, not split.)
        var main = rows.Skip(1).Where(r => r.Contains(",6,6,", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, main.Count);
        Assert.Single(main, r => !r.EndsWith(','));

        // And: the story's cross-check, one row per article's version of each aligned quote or claim
        var (storyExit, story, storyError) = await CliRun.RunAsync("story", main[0][..main[0].IndexOf(',')], "--db", database, "--format", "csv");
        Assert.True(storyExit == 0, storyError);
        Assert.StartsWith("item,kind,independentOrigins,origin,article,outlet,published,speaker,venue,modality,text,start,length,changes,details\r\n", story, StringComparison.Ordinal);
        Assert.Contains("SpeakerChanged", story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_story_and_missing_database_are_usage_errors()
    {
        using var dir = new TempDirectory();
        var (missing, _, _) = await CliRun.RunAsync("stories", "--db", Path.Combine(dir.Path, "none.db"));
        Assert.Equal(2, missing);

        var database = Path.Combine(dir.Path, "demo.db");
        await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", Path.Combine(dir.Path, "d.html"));
        var (unknown, _, error) = await CliRun.RunAsync("story", "s000000", "--db", database);
        Assert.Equal(2, unknown);
        Assert.Contains("no story", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Since_leaves_out_older_articles()
    {
        using var dir = new TempDirectory();
        var database = Path.Combine(dir.Path, "demo.db");
        await CliRun.RunAsync("demo", "--corpus", Corpus, "--db", database, "--html", Path.Combine(dir.Path, "d.html"));

        var (exitCode, output, _) = await CliRun.RunAsync("stories", "--db", database, "--since", "2026-03-14T12:00Z", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var count = json.RootElement.EnumerateArray().Sum(s => s.GetProperty("articles").GetArrayLength());
        Assert.Equal(4, count);
    }

    [Fact]
    public async Task Eval_stories_prints_every_score()
    {
        // Given: a tiny labelled file in the plain record layout
        using var dir = new TempDirectory();
        var data = dir.Write("gold.jsonl", string.Join('\n',
            """{"id":"1","story":"a","title":"Orvella ferry strike halts crossings","text":"Ferry crews at Orvella walked out.","outlet":"X","date":"2026-05-04T08:00:00Z"}""",
            """{"id":"2","story":"a","title":"Orvella ferry crews strike","text":"No ferry left Orvella for Talmo.","outlet":"Y","date":"2026-05-04T09:00:00Z"}""",
            """{"id":"3","story":"b","title":"Greywick council approves tram line","text":"The council voted for a tram line.","outlet":"Z","date":"2026-05-04T10:00:00Z"}"""));

        // When
        var (exitCode, output, error) = await CliRun.RunAsync("eval", "stories", "--data", data);

        // Then
        Assert.True(exitCode == 0, error);
        foreach (var label in new[] { "pairwise", "B-cubed", "ARI", "NMI" })
        {
            Assert.Contains(label, output, StringComparison.Ordinal);
        }
        Assert.Contains("NMI        1.000", output, StringComparison.Ordinal);
    }
}

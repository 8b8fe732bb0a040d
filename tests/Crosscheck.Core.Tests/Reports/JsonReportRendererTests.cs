using System.Text.Json;
using Crosscheck.Reports;

namespace Crosscheck.Core.Tests.Reports;

public sealed class JsonReportRendererTests
{
    private static JsonDocument Render(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return JsonDocument.Parse(output.ToString());
    }

    [Fact]
    public void Writes_analyses_with_the_contract_names_and_values()
    {
        // Given / When
        using var json = Render(o => ReportWriter.WriteAnalyses([SampleReport.Original()], ReportFormat.Json, o));

        // Then
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var article = Assert.Single(root.GetProperty("articles").EnumerateArray());
        Assert.Equal("ledger-1", article.GetProperty("id").GetString());
        Assert.Equal("corpus/ledger-1.md", article.GetProperty("source").GetString());
        Assert.Equal("Daily Ledger", article.GetProperty("outlet").GetString());
        Assert.Equal("Minister casts doubt on terminal deal", article.GetProperty("title").GetString());
        Assert.Equal("2026-03-14T09:30:00Z", article.GetProperty("publishedAt").GetString());
        Assert.Equal("en", article.GetProperty("language").GetString());
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(SampleReport.OriginalText, text);

        var entity = article.GetProperty("entities")[0];
        Assert.Equal("person", entity.GetProperty("kind").GetString());
        Assert.Equal("Ana Petrovic", entity.GetProperty("key").GetString());
        AssertSpan(entity, text);

        var quote = article.GetProperty("quotes")[0];
        Assert.Equal("indirect", quote.GetProperty("kind").GetString());
        var direct = article.GetProperty("quotes")[1];
        Assert.Equal("direct", direct.GetProperty("kind").GetString());
        Assert.Equal("Ana Petrovic", direct.GetProperty("speaker").GetString());
        Assert.Equal("told", direct.GetProperty("cue").GetString());
        Assert.Equal("Daily Ledger", direct.GetProperty("venue").GetString());
        Assert.Equal("Petrovic", text.Substring(direct.GetProperty("speakerStart").GetInt32(), direct.GetProperty("speakerLength").GetInt32()));
        Assert.Equal("told", text.Substring(direct.GetProperty("cueStart").GetInt32(), direct.GetProperty("cueLength").GetInt32()));
        AssertSpan(direct, text);

        var citation = article.GetProperty("citations")[0];
        Assert.Equal("the port authority", citation.GetProperty("source").GetString());
        Assert.False(citation.GetProperty("anonymous").GetBoolean());
        AssertSpan(citation, text);

        var claim = article.GetProperty("claims")[0];
        Assert.Equal("speculative", claim.GetProperty("modality").GetString());
        Assert.Equal(0.7, claim.GetProperty("checkWorthiness").GetDouble());
        AssertSpan(claim, text);

        Assert.Equal(0.05, article.GetProperty("scores").GetProperty("sensationalism").GetDouble());
    }

    [Fact]
    public void Writes_signal_techniques_by_their_wire_names()
    {
        using var json = Render(o => ReportWriter.WriteAnalyses([SampleReport.Rewrite()], ReportFormat.Json, o));

        var signal = json.RootElement.GetProperty("articles")[0].GetProperty("signals")[0];
        Assert.Equal("Sensational_Framing", signal.GetProperty("technique").GetString());
        Assert.Equal("\"bombshell\" dramatises the news", signal.GetProperty("reason").GetString());
        Assert.Equal("BOMBSHELL", signal.GetProperty("text").GetString());
    }

    [Fact]
    public void Writes_null_for_unknown_date_and_missing_speaker_offsets()
    {
        // Given an undated article whose quote has no speaker
        var article = SampleReport.Original();
        article = article with
        {
            Article = article.Article with { PublishedAt = null },
            Quotes = [article.Quotes[0] with { Speaker = null, SpeakerSpan = null, Venue = null, VenueSpan = null }],
        };

        // When
        using var json = Render(o => ReportWriter.WriteAnalyses([article], ReportFormat.Json, o));

        // Then
        var element = json.RootElement.GetProperty("articles")[0];
        Assert.Equal(JsonValueKind.Null, element.GetProperty("publishedAt").ValueKind);
        var quote = element.GetProperty("quotes")[0];
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speakerStart").ValueKind);
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("venue").ValueKind);
    }

    [Fact]
    public void Writes_one_compact_article_object_per_line_as_json_lines()
    {
        // Given / When
        using var output = new StringWriter();
        ReportWriter.WriteAnalyses([SampleReport.Original(), SampleReport.Rewrite()], ReportFormat.Jsonl, output);

        // Then
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("ledger-1", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("blaze-1", second.RootElement.GetProperty("id").GetString());
        Assert.False(first.RootElement.TryGetProperty("schemaVersion", out _));
    }

    [Fact]
    public void Writes_alignments_with_members_and_mutations()
    {
        // Given
        var report = SampleReport.Comparison();

        // When
        using var json = Render(o => ReportWriter.WriteComparison(report, ReportFormat.Json, o));

        // Then
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2, root.GetProperty("articles").GetArrayLength());
        var texts = root.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        var alignments = root.GetProperty("alignments");
        Assert.True(alignments.GetArrayLength() >= 2);

        var quote = alignments.EnumerateArray().First(a => a.GetProperty("kind").GetString() == "quote");
        var members = quote.GetProperty("members");
        Assert.Equal("ledger-1", members[0].GetProperty("article").GetString());
        Assert.Equal("blaze-1", members[1].GetProperty("article").GetString());
        foreach (var member in members.EnumerateArray())
        {
            AssertSpan(member, texts[member.GetProperty("article").GetString()!]);
        }
        var kinds = quote.GetProperty("mutations").EnumerateArray().Select(m => m.GetProperty("kind").GetString()).ToList();
        Assert.Contains("SpeakerChanged", kinds);
        Assert.Contains("VenueChanged", kinds);
        Assert.Contains("WordingDrift", kinds);
        Assert.Contains("Intensified", kinds);

        var speaker = quote.GetProperty("mutations").EnumerateArray().First(m => m.GetProperty("kind").GetString() == "SpeakerChanged");
        Assert.Equal("speaker \"Ana Petrovic\" → \"Marko Ilic\"", speaker.GetProperty("detail").GetString());
        Assert.Equal("ledger-1", speaker.GetProperty("from").GetProperty("article").GetString());
        Assert.Equal("blaze-1", speaker.GetProperty("to").GetProperty("article").GetString());
        var to = speaker.GetProperty("to");
        Assert.Equal(members[1].GetProperty("start").GetInt32(), to.GetProperty("start").GetInt32());
        Assert.Equal(members[1].GetProperty("length").GetInt32(), to.GetProperty("length").GetInt32());

        var claimKinds = alignments.EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "claim")
            .SelectMany(a => a.GetProperty("mutations").EnumerateArray())
            .Select(m => m.GetProperty("kind").GetString())
            .ToList();
        Assert.Contains("NumberChanged", claimKinds);
        Assert.Contains("SpeculationAsFact", claimKinds);
    }

    private static void AssertSpan(JsonElement element, string text)
    {
        var start = element.GetProperty("start").GetInt32();
        var length = element.GetProperty("length").GetInt32();
        Assert.Equal(element.GetProperty("text").GetString(), text.Substring(start, length));
    }
}

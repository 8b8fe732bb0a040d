using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Ingest.Reading;

namespace Crosscheck.Ingest.Tests.Html;

/// <summary>Runs every case of <c>Fixtures/html-extraction-spec.md</c> through the HTML reader and reports all failures at once.</summary>
public sealed partial class HtmlExtractionSpecTests
{
    [Fact]
    public void Spec_cases_hold()
    {
        // Given the spec cases
        var cases = Load(Fixture.PathOf("html-extraction-spec.md"));
        Assert.True(cases.Count >= 10, $"expected at least 10 cases, found {cases.Count}");
        var failures = new StringBuilder();

        foreach (var spec in cases)
        {
            // When each page is read
            var result = ArticleReader.Default.ReadString("spec.html", spec.Html);
            var text = Collapse(result.Article?.Text ?? "");

            // Then every keep line is in the text and no drop line is
            var problems = new List<string>();
            if (result.Error is { } error)
            {
                problems.Add("error: " + error.Reason);
            }
            foreach (var keep in spec.Keep)
            {
                if (!text.Contains(Collapse(keep), StringComparison.Ordinal))
                {
                    problems.Add("missing: " + keep);
                }
            }
            foreach (var drop in spec.Drop)
            {
                if (text.Contains(Collapse(drop), StringComparison.Ordinal))
                {
                    problems.Add("leaked: " + drop);
                }
            }
            if (problems.Count > 0)
            {
                failures.Append("## ").AppendLine(spec.Name);
                foreach (var problem in problems)
                {
                    failures.Append("  - ").AppendLine(problem);
                }
                failures.Append("  text: ").AppendLine(text);
            }
        }
        Assert.True(failures.Length == 0, "\n" + failures);
    }

    [Fact]
    public void Every_case_has_a_page_and_expectations()
    {
        var cases = Load(Fixture.PathOf("html-extraction-spec.md"));

        Assert.All(cases, spec =>
        {
            Assert.Contains("<body", spec.Html, StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(spec.Keep);
        });
    }

    private static List<SpecCase> Load(string path)
    {
        var cases = new List<SpecCase>();
        SpecCase? current = null;
        StringBuilder? html = null;
        foreach (var line in File.ReadLines(path))
        {
            if (html is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    current!.Html = html.ToString();
                    html = null;
                }
                else
                {
                    html.AppendLine(line);
                }
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = new SpecCase(line[3..].Trim());
                cases.Add(current);
            }
            else if (current is not null && line.StartsWith("```html", StringComparison.Ordinal))
            {
                html = new StringBuilder();
            }
            else if (current is not null && line.StartsWith("- keep: ", StringComparison.Ordinal))
            {
                current.Keep.Add(line["- keep: ".Length..]);
            }
            else if (current is not null && line.StartsWith("- drop: ", StringComparison.Ordinal))
            {
                current.Drop.Add(line["- drop: ".Length..]);
            }
        }
        return cases;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();

    private sealed class SpecCase(string name)
    {
        public string Name { get; } = name;

        public string Html { get; set; } = "";

        public List<string> Keep { get; } = [];

        public List<string> Drop { get; } = [];
    }
}

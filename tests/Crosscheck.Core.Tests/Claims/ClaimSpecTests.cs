using System.Globalization;
using System.Text;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.Claims;

public sealed class ClaimSpecTests
{
    private static readonly AnalysisPipeline Pipeline =
        new AnalysisPipelineBuilder().UseDefaults().UseClaims(new ClaimOptions { MinimumCheckWorthiness = 0 }).Build();

    [Fact]
    public void Every_case_in_claims_spec_holds()
    {
        // Given the cases of Specs/claims.md
        var cases = ReadCases(Path.Combine(AppContext.BaseDirectory, "Specs", "claims.md"));
        Assert.True(cases.Count >= 40, $"expected the spec to hold at least 40 cases, found {cases.Count}");
        var failures = new StringBuilder();

        foreach (var (line, input, expected) in cases)
        {
            // When the article is analysed
            var text = input.Replace("\\n", "\n", StringComparison.Ordinal);
            var document = Pipeline.Analyze(new Article { Id = "spec", Source = "spec", Text = text });

            // Then its last sentence yields the expected claim, or none
            var lastSentence = document.Sentences[^1];
            var claim = document.Claims.FirstOrDefault(c => c.SentenceIndex == lastSentence.Index);
            var problem = Check(text, claim, expected);
            if (problem is not null)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"line {line}: {input}\n    {problem}");
            }
        }

        Assert.True(failures.Length == 0, "Failing claim cases:\n" + failures);
    }

    private static string? Check(string text, Claim? claim, string expected)
    {
        var fields = expected.Split(" | ", StringSplitOptions.TrimEntries);
        if (fields[0] == "none")
        {
            return claim is null ? null : $"expected no claim, got {Describe(text, claim)}";
        }
        if (claim is null)
        {
            return $"expected {expected}, got no claim";
        }
        var problems = new List<string>();
        if (!string.Equals(claim.Modality.ToString(), fields[0], StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"modality {claim.Modality}, expected {fields[0]}");
        }
        var band = claim.CheckWorthiness < 0.3 ? "low" : claim.CheckWorthiness < 0.6 ? "mid" : "high";
        if (fields.Length > 1 && band != fields[1])
        {
            problems.Add($"worthiness {claim.CheckWorthiness:0.###} ({band}), expected {fields[1]}");
        }
        foreach (var field in fields.Skip(2))
        {
            var colon = field.IndexOf(':', StringComparison.Ordinal);
            var key = field[..colon].Trim();
            var values = field[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            switch (key)
            {
                case "cues":
                    var cues = claim.ModalityCues.Select(c => c.Substring(text)).ToList();
                    if (!cues.SequenceEqual(values))
                    {
                        problems.Add($"cues [{string.Join("; ", cues)}], expected [{string.Join("; ", values)}]");
                    }
                    break;
                case "numbers":
                    if (!claim.Numbers.SequenceEqual(values))
                    {
                        problems.Add($"numbers [{string.Join("; ", claim.Numbers)}], expected [{string.Join("; ", values)}]");
                    }
                    break;
                case "voice":
                    if (!string.Equals(claim.Voice.ToString(), values[0], StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"voice {claim.Voice}, expected {values[0]}");
                    }
                    break;
                default:
                    problems.Add($"unknown field '{key}' in the spec");
                    break;
            }
        }
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string Describe(string text, Claim claim) =>
        $"{claim.Modality} {claim.CheckWorthiness:0.###} '{claim.Span.Substring(text)}'";

    internal static List<(int Line, string Input, string Expected)> ReadCases(string path)
    {
        var cases = new List<(int, string, string)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }
            var arrow = line.LastIndexOf(" -> ", StringComparison.Ordinal);
            if (arrow < 0)
            {
                continue;
            }
            cases.Add((i + 1, line[2..arrow], line[(arrow + 4)..].Trim()));
        }
        return cases;
    }
}

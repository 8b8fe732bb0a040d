using System.Globalization;
using System.Text;
using Crosscheck.Core.Tests.Claims;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.Signals;

public sealed class SignalSpecTests
{
    [Fact]
    public void Every_case_in_signals_spec_holds()
    {
        // Given the cases of Specs/signals.md
        var cases = ClaimSpecTests.ReadCases(Path.Combine(AppContext.BaseDirectory, "Specs", "signals.md"));
        Assert.True(cases.Count >= 30, $"expected the spec to hold at least 35 cases, found {cases.Count}");
        var failures = new StringBuilder();

        foreach (var (line, input, expected) in cases)
        {
            // When the article is analysed
            var document = AnalysisPipeline.Default.Analyze(new Article { Id = "spec", Source = "spec", Text = input });

            // Then the expected signals are there and the excluded ones are not
            var found = document.Signals.Select(s => $"{s.Technique.Name()}: {s.Text}").ToList();
            var problems = new List<string>();
            foreach (var expectation in expected.Split("; ", StringSplitOptions.TrimEntries))
            {
                if (expectation == "none")
                {
                    if (found.Count > 0)
                    {
                        problems.Add("expected no signal");
                    }
                }
                else if (expectation.StartsWith("not ", StringComparison.Ordinal))
                {
                    if (!TechniqueNames.TryParse(expectation[4..], out var technique))
                    {
                        problems.Add($"unknown technique in '{expectation}'");
                    }
                    else if (document.Signals.Any(s => s.Technique == technique))
                    {
                        problems.Add($"expected no {expectation[4..]}");
                    }
                }
                else
                {
                    var colon = expectation.IndexOf(": ", StringComparison.Ordinal);
                    if (colon < 0 || !TechniqueNames.TryParse(expectation[..colon], out _))
                    {
                        problems.Add($"bad expectation '{expectation}'");
                    }
                    else if (!found.Contains(expectation))
                    {
                        problems.Add($"missing {expectation}");
                    }
                }
            }
            if (problems.Count > 0)
            {
                failures.AppendLine(CultureInfo.InvariantCulture,
                    $"line {line}: {input}\n    {string.Join("; ", problems)}; found [{string.Join(" | ", found)}]");
            }
        }

        Assert.True(failures.Length == 0, "Failing signal cases:\n" + failures);
    }
}

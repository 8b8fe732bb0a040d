using Crosscheck.Attribution;
using Crosscheck.Pipeline;

namespace Crosscheck.Core.Tests.Attribution;

/// <summary>
/// Reads <c>Specs/attribution.md</c>: each <c>## name</c> case has input lines prefixed with <c>&gt; </c> (a lone
/// <c>&gt;</c> is a blank line) and expectations <c>- quote: Kind | text | key=value ...</c> and
/// <c>- citation: source | key=value ...</c>. Quotes and citations not listed are failures.
/// </summary>
internal static class AttributionSpec
{
    public sealed record Expectation(string What, string Kind, string Text, Dictionary<string, string> Fields);

    public sealed record Case(string Name, string Input, List<Expectation> Expected);

    public static List<Case> Load(string path)
    {
        var cases = new List<Case>();
        string? name = null;
        var input = new List<string>();
        var expected = new List<Expectation>();
        void Flush()
        {
            if (name is not null)
            {
                cases.Add(new Case(name, string.Join("\n", input), [.. expected]));
            }
            input.Clear();
            expected.Clear();
        }
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                name = raw[3..].Trim();
            }
            else if (raw == ">")
            {
                input.Add("");
            }
            else if (raw.StartsWith("> ", StringComparison.Ordinal))
            {
                input.Add(raw[2..]);
            }
            else if (raw.StartsWith("- quote:", StringComparison.Ordinal))
            {
                var fields = raw["- quote:".Length..].Split('|', StringSplitOptions.TrimEntries);
                expected.Add(new Expectation("quote", fields[0], fields[1], ParseFields(fields.AsSpan(2))));
            }
            else if (raw.StartsWith("- citation:", StringComparison.Ordinal))
            {
                var fields = raw["- citation:".Length..].Split('|', StringSplitOptions.TrimEntries);
                expected.Add(new Expectation("citation", "", fields[0], ParseFields(fields.AsSpan(1))));
            }
        }
        Flush();
        return cases;
    }

    private static Dictionary<string, string> ParseFields(ReadOnlySpan<string> fields)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                map[field[..eq].Trim()] = field[(eq + 1)..].Trim();
            }
        }
        return map;
    }

    public static List<string> Compare(Case spec, AnalyzedArticle analyzed)
    {
        var problems = new List<string>();
        var quotes = analyzed.Quotes.ToList();
        var citations = analyzed.Citations.ToList();
        foreach (var expectation in spec.Expected)
        {
            if (expectation.What == "quote")
            {
                var match = quotes.FirstOrDefault(q => q.Text == expectation.Text);
                if (match is null)
                {
                    problems.Add($"missing quote \"{expectation.Text}\"");
                    continue;
                }
                quotes.Remove(match);
                Check(problems, expectation.Text, "kind", expectation.Kind, match.Kind.ToString());
                foreach (var (key, value) in expectation.Fields)
                {
                    var actual = key switch
                    {
                        "speaker" => match.Speaker,
                        "via" => match.SpeakerSpan?.Substring(spec.Input),
                        "source" => match.SourceSpan?.Substring(spec.Input),
                        "cue" => match.Cue,
                        "venue" => match.Venue,
                        "venueSpan" => match.VenueSpan?.Substring(spec.Input),
                        "relayedBy" => match.RelayedBy,
                        "relayedBySpan" => match.RelayedBySpan?.Substring(spec.Input),
                        "relays" => match.Relays ? "yes" : "no",
                        _ => $"<unknown key {key}>",
                    };
                    Check(problems, expectation.Text, key, value, actual);
                }
            }
            else
            {
                var match = citations.FirstOrDefault(c => c.Source == expectation.Text);
                if (match is null)
                {
                    problems.Add($"missing citation \"{expectation.Text}\"");
                    continue;
                }
                citations.Remove(match);
                foreach (var (key, value) in expectation.Fields)
                {
                    var actual = key switch
                    {
                        "relation" => match.Relation,
                        "anonymous" => match.Anonymous ? "yes" : "no",
                        "span" => match.Text,
                        _ => $"<unknown key {key}>",
                    };
                    Check(problems, expectation.Text, key, value, actual);
                }
            }
        }
        foreach (var quote in quotes)
        {
            problems.Add($"unexpected quote \"{quote.Text}\"");
        }
        foreach (var citation in citations)
        {
            problems.Add($"unexpected citation \"{citation.Source}\"");
        }
        return problems;
    }

    private static void Check(List<string> problems, string item, string key, string expected, string? actual)
    {
        var normalised = expected == "-" ? null : expected;
        if (!string.Equals(normalised, actual, StringComparison.Ordinal))
        {
            problems.Add($"\"{item}\": {key} expected '{expected}', got '{actual ?? "-"}'");
        }
    }

    public static string Describe(Quote quote, string text) =>
        $"{quote.Kind} | {quote.Text} | speaker={quote.Speaker ?? "-"} | via={quote.SpeakerSpan?.Substring(text) ?? "-"} | cue={quote.Cue ?? "-"} | venue={quote.Venue ?? "-"}"
        + (quote.RelayedBy is { } relay ? $" | relayedBy={relay}" : "") + (quote.Relays ? " | relays=yes" : "");

    public static string Describe(Citation citation) =>
        $"{citation.Source} | relation={citation.Relation} | anonymous={(citation.Anonymous ? "yes" : "no")} | span={citation.Text}";
}

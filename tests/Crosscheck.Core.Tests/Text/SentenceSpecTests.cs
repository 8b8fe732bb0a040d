using System.Text;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Text;

public sealed class SentenceSpecTests
{
    [Fact]
    public void Every_case_in_the_sentence_spec_splits_as_written()
    {
        // Given the cases of Specs/sentences.md
        var cases = SpecFile.Load("sentences.md");
        Assert.True(cases.Count >= 30, $"only {cases.Count} cases were read");
        var failures = new StringBuilder();

        foreach (var spec in cases)
        {
            // When each input is split
            var sentences = SentenceSplitter.Split(spec.Input);
            var actual = new List<string>();
            foreach (var sentence in sentences)
            {
                actual.Add(sentence.Span.Substring(spec.Input));
            }

            // Then the sentences (and paragraphs, where given) are the expected ones
            var expected = new List<string>();
            var paragraphs = new List<int?>();
            foreach (var line in spec.Expected)
            {
                var (paragraph, text) = ParseExpected(line);
                expected.Add(text);
                paragraphs.Add(paragraph);
            }
            var ok = actual.SequenceEqual(expected);
            for (var i = 0; ok && i < paragraphs.Count; i++)
            {
                ok = paragraphs[i] is null || paragraphs[i] == sentences[i].Paragraph;
            }
            if (!ok)
            {
                failures.AppendLine($"{spec}:");
                foreach (var sentence in sentences)
                {
                    failures.AppendLine($"  got - [{sentence.Paragraph}] {sentence.Span.Substring(spec.Input)}");
                }
                foreach (var line in spec.Expected)
                {
                    failures.AppendLine($"  want - {line}");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static (int? Paragraph, string Text) ParseExpected(string line)
    {
        if (line.StartsWith('[') && line.IndexOf("] ", StringComparison.Ordinal) is var close and > 0
            && int.TryParse(line.AsSpan(1, close - 1), out var paragraph))
        {
            return (paragraph, line[(close + 2)..]);
        }
        return (null, line);
    }
}

using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Core.Tests.Claims;

public sealed class PhraseTrieTests
{
    [Fact]
    public void Matches_whole_tokens_whatever_their_case_or_apostrophe()
    {
        var matcher = new PhraseMatcher<string>([new("won't back down", "a"), new("Shocking", "b")]);

        var found = Find(matcher, "The mayor WON’T back down; shocking, said Ilse Varga.");

        Assert.Equal(["WON’T back down=a", "shocking=b"], found);
    }

    [Fact]
    public void Prefers_the_longest_phrase_and_does_not_overlap()
    {
        var matcher = new PhraseMatcher<string>([new("sent shockwaves", "short"), new("sent shockwaves through", "long"), new("through the", "other")]);

        var found = Find(matcher, "It sent shockwaves through the harbour.");

        Assert.Equal(["sent shockwaves through=long"], found);
    }

    [Fact]
    public void A_star_matches_any_one_word_but_not_punctuation()
    {
        var matcher = new PhraseMatcher<string>([new("a * revelation", "x")]);

        Assert.Equal(["a startling revelation=x"], Find(matcher, "It was a startling revelation."));
        Assert.Empty(Find(matcher, "It was a , revelation."));
    }

    [Fact]
    public void A_repeated_phrase_keeps_its_first_value()
    {
        var matcher = new PhraseMatcher<string>([new("never been higher", "first"), new("Never Been Higher", "second")]);

        Assert.Equal(["never been higher=first"], Find(matcher, "Prices have never been higher."));
    }

    [Fact]
    public void Does_not_match_a_word_that_only_shares_a_prefix_or_its_letters()
    {
        var matcher = new PhraseMatcher<string>([new("claim", "x"), new("slam", "y")]);

        Assert.Empty(Find(matcher, "The claimant slammed a mlac door on Mals."));
    }

    [Fact]
    public void One_walk_reports_each_files_phrases()
    {
        var trie = new PhraseTrie<int>([
            new KeyValuePair<string, int>[] { new("raises questions", 1) },
            new KeyValuePair<string, int>[] { new("raises", 2), new("raises questions about", 3) },
        ]);
        const string text = "This raises questions about the port.";
        var tokens = Tokenizer.Tokenize(text);
        var visitor = new Collect([]);

        trie.Walk(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 1, tokens.Count, ref visitor);

        Assert.Equal(["2@2 file 1", "1@3 file 0", "3@4 file 1"], visitor.Seen);
    }

    private static List<string> Find(PhraseMatcher<string> matcher, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var matches = new List<PhraseMatch<string>>();
        matcher.FindAll(text, tokens, 0, tokens.Count, matches);
        return [.. matches.Select(m => $"{m.Span.Substring(text)}={m.Value}")];
    }

    private readonly record struct Collect(List<string> Seen) : IPhraseVisitor<int>
    {
        public void Reached(int end, ReadOnlySpan<(int File, int Value)> values)
        {
            foreach (var (file, value) in values)
            {
                Seen.Add($"{value}@{end} file {file}");
            }
        }
    }
}

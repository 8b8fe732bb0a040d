using System.Text;

namespace Crosscheck.Storage.Search;

/// <summary>
/// A user's search as plain terms, every one of which must match: words, <c>"quoted phrases"</c>, and words ending
/// in <c>*</c> for prefixes. Nothing else is syntax, so no user input can make the backend's query language fail.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<SearchTerm> terms)
    {
        Terms = terms;
    }

    /// <summary>The terms, in the order typed.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Parses what a user typed.</summary>
    /// <exception cref="ArgumentException">The query has no word to search for (only spaces or punctuation).</exception>
    public static SearchQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start, end;
            if (c == '"')
            {
                start = i + 1;
                var close = query.IndexOf('"', start);
                end = close < 0 ? query.Length : close;
                i = close < 0 ? query.Length : close + 1;
            }
            else
            {
                start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
                {
                    i++;
                }
                end = i;
            }
            var prefix = false;
            if (c != '"' || (i < query.Length && query[i] == '*'))
            {
                // A star after a closing quote, or at the end of a word, asks for a prefix match.
                if (c == '"')
                {
                    i++;
                    prefix = true;
                }
                while (end > start && query[end - 1] == '*')
                {
                    end--;
                    prefix = true;
                }
            }
            var text = Normalise(query.AsSpan(start, end - start));
            if (HasWord(text))
            {
                terms.Add(new SearchTerm(text, prefix));
            }
        }
        if (terms.Count == 0)
        {
            throw new ArgumentException("the search query has no words to look for", nameof(query));
        }
        return new SearchQuery(terms);
    }

    /// <summary>The query in SQLite FTS5 syntax: every term a quoted string, joined by AND.</summary>
    public string ToFts5()
    {
        var builder = new StringBuilder();
        foreach (var term in Terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            // Inside FTS5 double quotes every character is literal except the quote itself, which is doubled.
            builder.Append('"').Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (term.Prefix)
            {
                builder.Append(" *");
            }
        }
        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToFts5();

    // Control characters and stray stars carry no meaning in a search; spaces keep words apart in a phrase.
    private static string Normalise(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c == '*' || c == '"' ? ' ' : c);
        }
        return builder.ToString().Trim();
    }

    private static bool HasWord(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }
}

namespace Crosscheck.Ingest.Text;

/// <summary>
/// Decides whether the first non-empty line of a text is its title: at most 200 characters, no sentence-final
/// period, no opening quote mark, and either a Markdown <c># </c> heading or followed by a blank line.
/// </summary>
internal static class TitleHeuristic
{
    private const int MaxTitleLength = 200;

    /// <summary>The title the text opens with, or null when its first line reads as body text.</summary>
    public static string? Find(string text)
    {
        var position = 0;
        ReadOnlySpan<char> line;
        bool hasNext;
        do
        {
            if (position >= text.Length)
            {
                return null;
            }
            line = NextLine(text, ref position, out hasNext);
        }
        while (line.IsWhiteSpace());

        var candidate = line.Trim();
        var heading = candidate is ['#', ' ' or '\t', ..];
        if (heading)
        {
            // Closing hashes are optional in ATX headings ("# Title #").
            candidate = candidate[1..].Trim().TrimEnd('#').TrimEnd();
        }
        if (candidate.IsEmpty || candidate.Length > MaxTitleLength || candidate[^1] == '.' || IsQuoteMark(candidate[0]))
        {
            return null;
        }
        if (heading)
        {
            return candidate.ToString();
        }
        if (!hasNext)
        {
            return null;
        }
        var next = NextLine(text, ref position, out _);
        return next.IsWhiteSpace() ? candidate.ToString() : null;
    }

    private static ReadOnlySpan<char> NextLine(string text, scoped ref int position, out bool hasNext)
    {
        var rest = text.AsSpan(position);
        var newline = rest.IndexOf('\n');
        if (newline < 0)
        {
            position = text.Length;
            hasNext = false;
            return rest;
        }
        position += newline + 1;
        hasNext = position < text.Length;
        return rest[..newline];
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›' or '`';
}

namespace Crosscheck.CrossCheck;

/// <summary>A word-level difference between two versions: the words removed and the words put in their place.</summary>
/// <param name="Removed">Words of the earlier version, in order (may be empty).</param>
/// <param name="Added">Words of the later version, in order (may be empty).</param>
/// <param name="AtEdge">Whether the change touches the start or the end of either version.</param>
internal sealed record WordDiff(string[] Removed, string[] Added, bool AtEdge)
{
    // Longer inputs are cut: a quote or claim this long is compared on its first words only.
    private const int MaxWords = 400;

    /// <summary>The changes turning <paramref name="from"/> into <paramref name="to"/>, via a longest common subsequence.</summary>
    public static List<WordDiff> Compute(string[] from, string[] to)
    {
        var a = from.Length > MaxWords ? from[..MaxWords] : from;
        var b = to.Length > MaxWords ? to[..MaxWords] : to;
        var lcs = Table(a, b);
        var hunks = new List<WordDiff>();
        var removed = new List<string>();
        var added = new List<string>();
        int x = 0, y = 0;
        var hunkAtStart = false;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Flush(hunks, removed, added, hunkAtStart);
                x++;
                y++;
                continue;
            }
            if (removed.Count + added.Count == 0)
            {
                hunkAtStart = x == 0 && y == 0;
            }
            if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                added.Add(b[y++]);
            }
            else
            {
                removed.Add(a[x++]);
            }
        }
        Flush(hunks, removed, added, true);
        return hunks;
    }

    /// <summary>
    /// The diff from <paramref name="from"/> to <paramref name="to"/> as runs of equal, deleted and inserted words, as
    /// written; words are matched in their normalised form.
    /// </summary>
    public static List<DiffSegment> Segments(WordSequence from, WordSequence to)
    {
        var a = from.Words.Length > MaxWords ? from.Words[..MaxWords] : from.Words;
        var b = to.Words.Length > MaxWords ? to.Words[..MaxWords] : to.Words;
        var lcs = Table(a, b);
        var segments = new List<DiffSegment>();
        var run = new List<string>();
        var operation = DiffOperation.Equal;
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            DiffOperation next;
            string word;
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                (next, word) = (DiffOperation.Equal, to.Display[y]);
                x++;
                y++;
            }
            // Deletions first, so a replacement reads "old" then "new".
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                (next, word) = (DiffOperation.Delete, from.Display[x++]);
            }
            else
            {
                (next, word) = (DiffOperation.Insert, to.Display[y++]);
            }
            if (next != operation && run.Count > 0)
            {
                segments.Add(new DiffSegment(operation, string.Join(' ', run)));
                run.Clear();
            }
            operation = next;
            run.Add(word);
        }
        if (run.Count > 0)
        {
            segments.Add(new DiffSegment(operation, string.Join(' ', run)));
        }
        return segments;
    }

    private static int[,] Table(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        return lcs;
    }

    private static void Flush(List<WordDiff> hunks, List<string> removed, List<string> added, bool atEdge)
    {
        if (removed.Count + added.Count == 0)
        {
            return;
        }
        hunks.Add(new WordDiff([.. removed], [.. added], atEdge));
        removed.Clear();
        added.Clear();
    }

    /// <summary>Whether this change only cuts or extends the version at its start or end (a quoted fragment).</summary>
    public bool IsTrim => AtEdge && (Removed.Length == 0 || Added.Length == 0);

    /// <inheritdoc/>
    public override string ToString() => (Removed.Length, Added.Length) switch
    {
        (0, _) => $"+\"{string.Join(' ', Added)}\"",
        (_, 0) => $"-\"{string.Join(' ', Removed)}\"",
        _ => $"\"{string.Join(' ', Removed)}\" → \"{string.Join(' ', Added)}\"",
    };
}

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// The full name of a one-word speaker name that lost a contracted "'s" to <see cref="TrimSourceEdges"/> ("Kovac's
    /// been saying" → "Kovac" → "Marko Kovac"): the rules resolved the word with its "'s", which names no one, so the
    /// surname is looked up as <see cref="Resolve"/> looks up any other. The name unchanged when it has several words,
    /// the dropped tail is no "'s", or the article names no one so.
    /// </summary>
    private string FullNameAfterContraction(string name, ReadOnlySpan<char> dropped, int anchor)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || !(dropped is "'s" or "\u2019s") || name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }
        return FindFullName(name, anchor)?.Name ?? name;
    }
}

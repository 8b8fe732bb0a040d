namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words a resolved speaker name picks up from the speaker phrase when that phrase opens a question, a relative
    // clause or an aside ("Which Clinton quickly corrected", "Did God say", "Don't we all want", "Together they
    // suggested", "Whatever you might think"). A name never starts with one of them; the source-edge pass takes the
    // clause words of SourceLeadingWords off the span, this list adds the ones only opinion and web text showed.
    private static readonly string[] NameLeadingWords =
    [
        "which", "whichever", "whatever", "whoever", "together", "don't", "don’t", "doesn't", "doesn’t", "didn't",
        "didn’t", "can't", "can’t", "won't", "won’t", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t",
    ];

    // Lower-case words at the end of a resolved name are never part of it: a modal or auxiliary the speaker phrase
    // swept in ("We can only hope", "one might say") or the cue of an "according to what X wrote" clause.
    private static readonly string[] NameTrailingWords =
    [
        "am", "is", "are", "was", "were", "has", "have", "had", "did", "do", "does", "can", "could", "may", "might",
        "must", "shall", "should", "will", "would", "been", "being", "not", "wrote", "writes", "said", "says", "told",
    ];


    /// <summary>
    /// Mends each quote's and citation's resolved speaker name: clause words off its front, lower-case modals,
    /// auxiliaries and speech verbs off its end ("Which Clinton" → "Clinton", "We can" → "We", "Nuncio Pietro Sambi
    /// wrote" → "Nuncio Pietro Sambi"), and a name that is then only a function word goes ("Clearly", "one can"; a
    /// citation with it). Names only: spans, relations and the quote filter's training are untouched. Runs last, so a
    /// pronoun resolved to an earlier junk name is mended the same way as that name.
    /// </summary>
    private void MendSpeakerNames()
    {
        if (!TrimsSourceEdges)
        {
            return;
        }
        for (var q = 0; q < _quotes.Count; q++)
        {
            if (_quotes[q].Speaker is { } name && MendedName(name) is var mended && !ReferenceEquals(mended, name))
            {
                _quotes[q] = _quotes[q] with { Speaker = mended };
            }
        }
        // A citation ("according to what X wrote") carries the same resolved name; one left naming no one goes.
        var keep = 0;
        for (var c = 0; c < _citations.Count; c++)
        {
            var citation = _citations[c];
            var mended = MendedName(citation.Source);
            if (mended is null)
            {
                continue;
            }
            _citations[keep++] = ReferenceEquals(mended, citation.Source)
                ? citation
                : citation with { Source = mended };
        }
        _citations.RemoveRange(keep, _citations.Count - keep);
    }

    /// <summary>
    /// The name without the words of <see cref="NameLeadingWords"/> and <see cref="SourceLeadingWords"/> at its
    /// front or of <see cref="NameTrailingWords"/> (lower case only) at its end, always keeping one word; null when
    /// what is left is one word that names no one; the same instance when nothing changes. Allocates only on a change.
    /// </summary>
    private static string? MendedName(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return name;
        }
        while (span.IndexOf(' ') is var space and > 0)
        {
            var first = span[..space];
            if (!IsListed(first, NameLeadingWords) && !IsListed(first, SourceLeadingWords))
            {
                break;
            }
            span = span[(space + 1)..].TrimStart();
        }
        while (span.LastIndexOf(' ') is var space and > 0)
        {
            var last = span[(space + 1)..];
            if (!char.IsLower(last[0]) || !IsListed(last, NameTrailingWords))
            {
                break;
            }
            span = span[..space].TrimEnd();
        }
        // One word left that names no one: the generic "one" of "one can argue", or a word of NonSourceWords or
        // (in lower case: "May" and "Will" are names) VerbLikeWords, which a pronoun reaches as the name of an earlier
        // junk speaker ("Clearly wants to …", then "he wanted" resolved to "Clearly").
        if (span.IndexOf(' ') < 0
            && (span.Equals("one", StringComparison.OrdinalIgnoreCase) || IsListed(span, NonSourceWords)
                || char.IsLower(span[0]) && IsListed(span, VerbLikeWords) || IsListed(span, NameLeadingWords)))
        {
            return null;
        }
        return span.Length == name.Length ? name : span.ToString();
    }

    private static bool IsListed(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var listed in words)
        {
            if (word.Equals(listed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

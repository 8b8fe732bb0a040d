using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck;

/// <summary>Aligns quotes and claims across analysed articles and reports how they differ.</summary>
/// <remarks>
/// Thread-safe and pure. Quotes align by shared runs of words (a fragment aligns with the longer quote it comes from)
/// or, for paraphrases, by weighted content overlap and speaker; claims by weighted content overlap with number and
/// entity agreement. Each aligned item holds at most one version per article, earliest publication first, and the
/// mutations from that earliest version to every other.
/// </remarks>
public static class Comparer
{
    /// <summary>Compares the articles with the default options (copies found by MinHash near-duplicate detection).</summary>
    public static ComparisonReport Compare(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default) =>
        Compare(articles, ComparerOptions.Default, cancellationToken);

    /// <summary>Compares the articles.</summary>
    public static ComparisonReport Compare(IReadOnlyList<AnalyzedArticle> articles, ComparerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var order = PublicationOrder(articles);
        var copies = options.Copies ?? options.CopyDetector.Detect(articles, cancellationToken);
        var provenance = new Provenance(articles, order, copies);
        var quotes = new List<ComparisonUnit>();
        var claims = new List<ComparisonUnit>();
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddUnits(articles[i], i, quotes, claims);
        }

        var items = new List<(int Rank, int Start, AlignedItem Item)>();
        var aligned = new HashSet<int>();
        foreach (var units in new[] { quotes, claims })
        {
            foreach (var group in new Aligner(units).Align(cancellationToken))
            {
                group.Sort((a, b) => order[units[a].ArticleIndex].CompareTo(order[units[b].ArticleIndex]));
                var groupUnits = new ComparisonUnit[group.Count];
                var members = new AlignedMember[group.Count];
                for (var k = 0; k < group.Count; k++)
                {
                    groupUnits[k] = units[group[k]];
                    members[k] = groupUnits[k].ToMember();
                    if (ReferenceEquals(units, quotes))
                    {
                        aligned.Add(group[k]);
                    }
                }
                var (parents, origins) = provenance.Trace(groupUnits);
                var mutations = new List<Mutation>();
                MutationDetector.Detect(groupUnits, members, parents, mutations);
                var first = groupUnits[0];
                items.Add((order[first.ArticleIndex], first.Span.Start, new AlignedItem(first.Kind, members, mutations) { Origins = origins }));
            }
        }
        foreach (var item in FabricationDetector.Detect(articles, quotes, aligned, order))
        {
            items.Add((order[item.ArticleIndex], item.Item.Members[0].Span.Start, item.Item));
        }
        // Stable, readable order: quotes before claims, then by where the earliest version appears.
        items.Sort((a, b) =>
            a.Item.Kind != b.Item.Kind ? a.Item.Kind.CompareTo(b.Item.Kind)
            : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
            : a.Start.CompareTo(b.Start));
        var alignments = new AlignedItem[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            alignments[i] = items[i].Item;
        }
        return new ComparisonReport(articles, alignments) { Provenance = provenance.Graph };
    }

    /// <summary>Each article's rank: earliest publication first, unknown dates last, ties in input order.</summary>
    private static int[] PublicationOrder(IReadOnlyList<AnalyzedArticle> articles)
    {
        var indices = new int[articles.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }
        Array.Sort(indices, (a, b) =>
        {
            var pa = articles[a].Article.PublishedAt;
            var pb = articles[b].Article.PublishedAt;
            if (pa.HasValue != pb.HasValue)
            {
                return pa.HasValue ? -1 : 1;
            }
            var byDate = pa.HasValue ? pa.Value.CompareTo(pb!.Value) : 0;
            return byDate != 0 ? byDate : a.CompareTo(b);
        });
        var rank = new int[articles.Count];
        for (var r = 0; r < indices.Length; r++)
        {
            rank[indices[r]] = r;
        }
        return rank;
    }

    private static void AddUnits(AnalyzedArticle document, int index, List<ComparisonUnit> quotes, List<ComparisonUnit> claims)
    {
        var id = document.Article.Id;
        var outlet = document.Article.Outlet;
        foreach (var quote in document.Quotes)
        {
            var words = WordSequence.From(quote.Text);
            // A relation that only relays another quote ("According to the Ledger, [Marenko said …]") is compared
            // through that quote, which has the real speaker; aligned itself, it would report the Ledger as a new
            // speaker of Marenko's words.
            if (words.Count == 0 || quote.Relays)
            {
                continue;
            }
            var verbatim = quote.Kind switch
            {
                QuoteKind.Direct => words,
                QuoteKind.Mixed => QuotedFragments(quote.Text) is { Length: > 0 } fragments ? WordSequence.From(fragments) : null,
                _ => null,
            };
            quotes.Add(new ComparisonUnit
            {
                Kind = AlignedItemKind.Quote,
                ArticleIndex = index,
                ArticleId = id,
                Span = quote.Span,
                SentenceIndex = quote.SentenceIndex,
                Text = quote.Text,
                Words = words,
                Content = words.ContentWords(),
                Numbers = words.Numbers(),
                Verbatim = verbatim is { Count: > 0 } ? verbatim : null,
                Outlet = outlet,
                QuoteKind = quote.Kind,
                Speaker = KnownSpeaker(document, quote),
                RelayedBy = quote.RelayedBy,
                Venue = quote.Venue ?? Addressee(document.Article.Text, quote),
                Cue = quote.Cue,
                Modality = ModalityAt(document.Claims, quote),
            });
        }
        foreach (var claim in document.Claims)
        {
            var words = WordSequence.From(claim.Text);
            if (words.Count == 0)
            {
                continue;
            }
            claims.Add(new ComparisonUnit
            {
                Kind = AlignedItemKind.Claim,
                ArticleIndex = index,
                ArticleId = id,
                Span = claim.Span,
                SentenceIndex = claim.SentenceIndex,
                Text = claim.Text,
                Words = words,
                Content = words.ContentWords(),
                Numbers = words.Numbers(),
                Outlet = outlet,
                Modality = claim.Modality,
                Entities = claim.Entities,
            });
        }
        AddSentences(document, index, claims);
    }

    /// <summary>
    /// Sentences the claim stage did not keep (not check-worthy on their own: "The strike could spread next week"), as
    /// claim units without a known modality, so that a rewrite of them can still be aligned and its hedges, numbers and
    /// dropped conditions compared. Sentences that are mostly a direct quote are left to the quote units.
    /// </summary>
    private static void AddSentences(AnalyzedArticle document, int index, List<ComparisonUnit> claims)
    {
        var text = document.Article.Text;
        var claimIndex = 0;
        foreach (var sentence in document.Sentences)
        {
            while (claimIndex < document.Claims.Count && document.Claims[claimIndex].Span.End <= sentence.Span.Start)
            {
                claimIndex++;
            }
            if (claimIndex < document.Claims.Count && document.Claims[claimIndex].Span.Overlaps(sentence.Span))
            {
                continue;
            }
            if (sentence.Span.End > text.Length || CoveredByDirectQuote(document, sentence.Span))
            {
                continue;
            }
            var sentenceText = text.Substring(sentence.Span.Start, sentence.Span.Length);
            var words = WordSequence.From(sentenceText);
            var content = words.ContentWords();
            if (content.Count < MinSentenceContentWords)
            {
                continue;
            }
            claims.Add(new ComparisonUnit
            {
                Kind = AlignedItemKind.Claim,
                ArticleIndex = index,
                ArticleId = document.Article.Id,
                Span = sentence.Span,
                SentenceIndex = sentence.Index,
                Text = sentenceText,
                Words = words,
                Content = content,
                Numbers = words.Numbers(),
                Outlet = document.Article.Outlet,
            });
        }
    }

    // A sentence with fewer content words ("Is this the end for Halvard?") says too little to align on.
    private const int MinSentenceContentWords = 4;

    private static bool CoveredByDirectQuote(AnalyzedArticle document, TextSpan span)
    {
        foreach (var quote in document.Quotes)
        {
            if (quote.Kind == QuoteKind.Direct && quote.Span.Overlaps(span) && quote.Span.Length * 2 >= span.Length)
            {
                return true;
            }
        }
        return false;
    }

    // Words that end an addressee: the time, place or occasion that follows it ("told reporters on Friday"), or the
    // content that follows it ("told the council that …").
    private static readonly HashSet<string> AddresseeStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "on", "at", "in", "during", "after", "before", "last", "this", "when", "while", "as", "about", "by",
        "yesterday", "today", "tonight", "earlier", "later", "and", "but", "outside", "from", "for", "over", "via",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AddresseeStopLookup =
        AddresseeStops.GetAlternateLookup<ReadOnlySpan<char>>();

    // An addressee that says nothing about where the words were given.
    private static readonly HashSet<string> PronounAddressees = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "them", "us", "me", "you", "it", "one",
    };

    private const int MaxAddresseeWords = 4;

    /// <summary>
    /// Whom the quote was told to ("…, Petrovic told reporters on Friday" → "reporters"), for a quote whose cue is
    /// "told" and for which attribution found no venue; null when there is no such phrase or it is a pronoun.
    /// </summary>
    /// <remarks>
    /// Attribution keeps only outlets and occasions as venues, so "told the Daily Ledger" in one version and "told
    /// reporters" in another would compare a venue with none, and the move from an interview to a press gaggle would
    /// go unreported. The phrase must end within a few words at punctuation, a time or place word, or the quote
    /// itself; a longer run is content, not an addressee.
    /// </remarks>
    private static string? Addressee(string text, Quote quote)
    {
        if (quote.CueSpan is not { } cue || !string.Equals(quote.Cue, "told", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var span = text.AsSpan();
        var at = cue.End;
        var start = -1;
        var end = -1;
        var words = 0;
        while (true)
        {
            while (at < span.Length && span[at] == ' ')
            {
                at++;
            }
            // The quote's own words, punctuation or the end of the text close the phrase.
            if (at >= span.Length || at == quote.Span.Start || !char.IsLetterOrDigit(span[at]))
            {
                break;
            }
            var wordStart = at;
            while (at < span.Length && (char.IsLetterOrDigit(span[at]) || span[at] is '\'' or '’' or '-'))
            {
                at++;
            }
            var word = span[wordStart..at];
            if (AddresseeStopLookup.Contains(word))
            {
                break;
            }
            if (++words > MaxAddresseeWords)
            {
                return null;
            }
            start = start < 0 ? wordStart : start;
            end = at;
        }
        if (start < 0)
        {
            return null;
        }
        var addressee = text[start..end];
        return words == 1 && PronounAddressees.Contains(addressee) ? null : addressee;
    }

    /// <summary>
    /// The speaker, unless it cannot be right: a name the entity stage knows as a place, or a personal pronoun ("she
    /// said") resolved to something the entity stage does not know as a person nor any quote of the article names as
    /// its speaker. Comparing such a speaker would report a speaker change that is not in the articles. A lone surname
    /// ("Marenko told the Daily Ledger") is often not a person mention, yet the quote it speaks names the speaker.
    /// </summary>
    private static string? KnownSpeaker(AnalyzedArticle document, Quote quote)
    {
        if (quote.Speaker is not { } speaker)
        {
            return null;
        }
        var pronoun = quote.SpeakerSpan is { } at && at.End <= document.Article.Text.Length && IsPersonalPronoun(at.Slice(document.Article.Text));
        var person = false;
        foreach (var mention in document.Mentions)
        {
            var names = string.Equals(mention.Key, speaker, StringComparison.OrdinalIgnoreCase)
                || string.Equals(mention.Text, speaker, StringComparison.OrdinalIgnoreCase);
            if (!names)
            {
                continue;
            }
            if (mention.Kind == EntityKind.Place)
            {
                return null;
            }
            person |= mention.Kind == EntityKind.Person;
        }
        return pronoun && document.Mentions.Count > 0 && !person && !NamedSpeaker(document, speaker) ? null : speaker;
    }

    /// <summary>Whether a quote of the article has <paramref name="speaker"/> as its speaker through a name, not a pronoun.</summary>
    private static bool NamedSpeaker(AnalyzedArticle document, string speaker)
    {
        var text = document.Article.Text;
        foreach (var quote in document.Quotes)
        {
            if (string.Equals(quote.Speaker, speaker, StringComparison.OrdinalIgnoreCase) && quote.SpeakerSpan is { } at
                && at.End <= text.Length && !IsPersonalPronoun(at.Slice(text)) && char.IsUpper(text[at.Start]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPersonalPronoun(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text inside quotation marks in a mixed quote, fragments joined by a space.</summary>
    private static string QuotedFragments(string text)
    {
        var builder = new System.Text.StringBuilder();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB'))
            {
                continue;
            }
            if (open < 0)
            {
                open = i;
                continue;
            }
            builder.Append(text, open + 1, i - open - 1).Append(' ');
            open = -1;
        }
        return builder.ToString().Trim();
    }

    /// <summary>The modality of the claim that overlaps the quote, if the claim stage found one.</summary>
    private static Modality? ModalityAt(IReadOnlyList<Claim> claims, Quote quote)
    {
        foreach (var claim in claims)
        {
            if (claim.Span.Overlaps(quote.Span))
            {
                return claim.Modality;
            }
        }
        return null;
    }
}

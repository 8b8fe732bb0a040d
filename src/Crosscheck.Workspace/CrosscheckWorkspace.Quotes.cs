using System.Text;
using Crosscheck.Attribution;
using Crosscheck.Storage;

namespace Crosscheck.Workspace;

/// <summary>Quotes across the stored articles: who said what, where, filtered by speaker and by what was reported.</summary>
public sealed partial class CrosscheckWorkspace
{
    // Articles are read (or analysed) this many at a time, so that a large store never holds every analysis at once:
    // only the matching quotes are kept.
    private const int QuoteBatchSize = 256;

    /// <summary>
    /// Returns the quotes of the stored articles (in publication order) that match <paramref name="query"/>, in article
    /// order and then text order.
    /// </summary>
    /// <remarks>
    /// Quotes are read back from the analysis stored with each article at ingest by this pipeline version
    /// (<see cref="PipelineVersion"/>); an article stored without one (ingested with <c>--no-analyze</c>, or by another
    /// version), or whose stored analysis cannot be trusted, is analysed again, as is every article when
    /// <paramref name="reanalyze"/> is set.
    /// </remarks>
    public async Task<IReadOnlyList<FoundQuote>> FindQuotesAsync(
        IArticleStore store, QuoteQuery query, bool reanalyze = false, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.Speaker is { } speaker ? Words(speaker) : [];
        if (query.Speaker is not null && wanted.Length == 0)
        {
            throw new ArgumentException("the speaker to look for has no letters or digits.", nameof(query));
        }
        var found = new List<FoundQuote>();
        var batch = new List<StoredArticle>(QuoteBatchSize);
        var done = 0;
        async Task FlushAsync()
        {
            var quotes = new IReadOnlyList<Quote>[batch.Count];
            await Task.Run(() => Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var (article, json) = (batch[i].Article, reanalyze ? null : batch[i].AnalysisJson);
                quotes[i] = (json is null ? null : StoredQuotes.TryRead(article, json)) ?? Pipeline.Analyze(article, cancellationToken).Quotes;
                progress?.Report(new BatchProgress(Interlocked.Increment(ref done), 0, article.Source));
            }), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                foreach (var quote in quotes[i])
                {
                    var candidate = new FoundQuote(batch[i].Article, quote);
                    if (Matches(candidate, query, wanted))
                    {
                        found.Add(candidate);
                    }
                }
            }
            batch.Clear();
        }
        await foreach (var stored in store.ListArticlesWithAnalysesAsync(PipelineVersion, cancellationToken).ConfigureAwait(false))
        {
            if (query.Since is { } since && !(stored.Article.PublishedAt >= since))
            {
                continue;
            }
            batch.Add(stored);
            if (batch.Count == QuoteBatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }
        if (batch.Count > 0)
        {
            await FlushAsync().ConfigureAwait(false);
        }
        return found;
    }

    private static bool Matches(FoundQuote candidate, QuoteQuery query, string[] wanted)
    {
        var quote = candidate.Quote;
        // The relation that only relays another quote ("According to the Ledger, [Marenko said …]") is not a quote of
        // the Ledger's: the relayed quote stands for the statement and counts for its own speaker.
        if (quote.Relays)
        {
            return false;
        }
        if (query.Reports is { } reports && !reports.Contains(quote.Reports))
        {
            return false;
        }
        if (query.Kinds is { } kinds && !kinds.Contains(quote.Kind))
        {
            return false;
        }
        if (wanted.Length == 0)
        {
            return true;
        }
        return ContainsAll(quote.Speaker, wanted) || ContainsAll(candidate.SourceText, wanted);
    }

    // Whether every wanted word is a word of name (both already folded by Words).
    private static bool ContainsAll(string? name, string[] wanted)
    {
        if (name is null)
        {
            return false;
        }
        var words = Words(name);
        foreach (var word in wanted)
        {
            if (Array.IndexOf(words, word) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The words of <paramref name="text"/>, lower case and without accents ("Vidrić's" → "vidric", "s").</summary>
    internal static string[] Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Combining marks (text written decomposed) belong to the letter before them.
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }
            var letter = Unaccented(c);
            folded.Append(char.IsLetterOrDigit(letter) ? char.ToLowerInvariant(letter) : ' ');
        }
        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // The builds run with invariant globalization, where string.Normalize does not decompose, so the Latin letters with
    // accents that names use (Latin-1 and Latin Extended-A, and the Romanian comma letters) map to their base letter here.
    private const string Latin1 = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
    private const string LatinExtendedA =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    private static char Unaccented(char c) => c switch
    {
        >= '\u00C0' and <= '\u00FF' when Latin1[c - 0xC0] != '\0' => Latin1[c - 0xC0],
        >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
        '\u0218' => 'S',
        '\u0219' => 's',
        '\u021A' => 'T',
        '\u021B' => 't',
        _ => c,
    };
}

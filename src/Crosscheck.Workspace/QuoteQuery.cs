using Crosscheck.Attribution;
using Crosscheck.Documents;

namespace Crosscheck.Workspace;

/// <summary>Which stored quotes <see cref="CrosscheckWorkspace.FindQuotesAsync"/> returns; every criterion left null matches all.</summary>
/// <param name="Speaker">
/// Words that must all appear, as whole words, in the resolved speaker's name or in the source phrase as written ("Vidric",
/// "white house official"); case and accents are ignored.
/// </param>
/// <param name="Reports">What the quotes report (speech, belief, intent, act).</param>
/// <param name="Kinds">Direct, indirect or mixed.</param>
/// <param name="Since">Only articles published at or after this time.</param>
public sealed record QuoteQuery(
    string? Speaker = null,
    IReadOnlySet<Reported>? Reports = null,
    IReadOnlySet<QuoteKind>? Kinds = null,
    DateTimeOffset? Since = null)
{
    /// <summary>
    /// Parses comma-separated or repeated names of <typeparamref name="T"/> (case ignored: "speech,act"), as the CLI and the
    /// REST API take them; null when none were given.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not one of <typeparamref name="T"/>'s; the message lists the allowed ones.</exception>
    public static IReadOnlySet<T>? ParseSet<T>(string what, IEnumerable<string>? values)
        where T : struct, Enum
    {
        HashSet<T>? set = null;
        foreach (var value in values ?? [])
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Enum.TryParse also takes numbers ("7"), which name nothing here.
                if (part.Length == 0 || !char.IsLetter(part[0]) || !Enum.TryParse<T>(part, ignoreCase: true, out var parsed))
                {
                    var allowed = string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant();
                    throw new ArgumentException($"{what}: '{part}' is not one of {allowed}.");
                }
                (set ??= []).Add(parsed);
            }
        }
        return set;
    }
}

/// <summary>One quote found in a stored article.</summary>
/// <param name="Article">The article that holds it.</param>
/// <param name="Quote">The quote, with spans into <see cref="Article.Text"/>.</param>
public sealed record FoundQuote(Article Article, Quote Quote)
{
    /// <summary>The source phrase as written ("a senior White House official"), or null when the quote has none.</summary>
    public string? SourceText => Quote.SourceSpan is { } span ? Article.Text.Substring(span.Start, span.Length) : null;
}

using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;

namespace Crosscheck.CrossCheck;

/// <summary>One quote or claim of one article, prepared for matching.</summary>
internal sealed class ComparisonUnit
{
    public required AlignedItemKind Kind { get; init; }

    /// <summary>The article's position in the input.</summary>
    public required int ArticleIndex { get; init; }

    public required string ArticleId { get; init; }

    public required TextSpan Span { get; init; }

    /// <summary>The sentence that holds the quote's cue or the claim, for credits given in the same sentence.</summary>
    public int SentenceIndex { get; init; }

    public required string Text { get; init; }

    public required WordSequence Words { get; init; }

    /// <summary>
    /// The words the speaker is quoted as saying verbatim: all of a direct quote, the quoted fragments of a mixed one.
    /// </summary>
    public WordSequence? Verbatim { get; init; }

    /// <summary>The outlet of the article, for venues that name the publishing outlet itself.</summary>
    public string Outlet { get; init; } = "";

    public required HashSet<string> Content { get; init; }

    public required List<string> Numbers { get; init; }

    /// <summary>Direct or mixed quotes: the words are the speaker's own, so they are compared verbatim.</summary>
    public bool IsVerbatim => Verbatim is not null;

    public QuoteKind? QuoteKind { get; init; }

    public string? Speaker { get; init; }

    public string? Venue { get; init; }

    /// <summary>The source a relayed quote came through (<see cref="Quote.RelayedBy"/>).</summary>
    public string? RelayedBy { get; init; }

    public string? Cue { get; init; }

    public Modality? Modality { get; init; }

    /// <summary>Canonical entity keys the item mentions (claims only).</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    public AlignedMember ToMember() => new(ArticleId, Span, Text)
    {
        Speaker = Speaker,
        RelayedBy = RelayedBy,
        Venue = Venue,
        Modality = Modality is { } modality ? ModalityName(modality) : null,
    };

    public static string ModalityName(Modality modality) => modality switch
    {
        Claims.Modality.Asserted => "asserted",
        Claims.Modality.Hedged => "hedged",
        Claims.Modality.Speculative => "speculative",
        Claims.Modality.Question => "question",
        Claims.Modality.Negated => "negated",
        _ => modality.ToString().ToLowerInvariant(),
    };
}

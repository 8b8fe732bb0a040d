using Crosscheck.Documents;

namespace Crosscheck.Attribution;

/// <summary>
/// One attribution relation: content attributed to a source. Direct and indirect speech, reported beliefs and
/// "according to X" forms are all quotes; <see cref="Span"/> is the attributed content.
/// </summary>
/// <param name="Span">The attributed content (inside the quotation marks for direct quotes).</param>
/// <param name="Text">The content as written.</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
public sealed record Quote(TextSpan Span, string Text, QuoteKind Kind)
{
    /// <summary>The resolved speaker's full name as written in the article ("Aleksandar Vidric"); null when unknown.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's own mention in this sentence ("he", "the Serbian leader", "Vidric"), when there is one.</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>
    /// The whole source phrase as an annotator marks it: determiners, modifiers and titles before the name, and an
    /// apposition, relative clause or parenthesis after it ("longtime pollster Ana Ruiz, a Democrat,"); in a relative
    /// clause ("an architect who said …") the relative pronoun. Null when <see cref="SpeakerSpan"/> is null.
    /// </summary>
    public TextSpan? SourceSpan { get; init; }

    /// <summary>The cue word or phrase ("said", "told", "according to"), as written.</summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue is.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>
    /// What the attribution reports: speech, a belief, an intent or an act, read from the cue (a quotation in marks is
    /// always speech). See <see cref="Attribution.Reported"/>.
    /// </summary>
    public Reported Reports { get; init; }

    /// <summary>Where it was said: the outlet or setting ("Financial Times", "interview with Cicero magazine").</summary>
    public string? Venue { get; init; }

    /// <summary>Where the venue phrase is.</summary>
    public TextSpan? VenueSpan { get; init; }

    /// <summary>Index of the sentence that holds the cue (or the content when there is no cue).</summary>
    public int SentenceIndex { get; init; }

    /// <summary>
    /// The quoted pieces. A direct quote interrupted by its cue (“We will not,” he said, “give up.”) or continued
    /// across paragraphs is one quote: <see cref="Span"/> runs from its first content character to its last, while
    /// <see cref="Text"/> joins the pieces with a space and these spans give each piece; otherwise one span, equal
    /// to <see cref="Span"/>.
    /// </summary>
    public IReadOnlyList<TextSpan> Parts { get; init; } = [];

    /// <summary>
    /// The source that passed this quote on, when the article has it second-hand: "Daily Ledger" in "According to the
    /// Daily Ledger, Marenko said …" or "As the Daily Ledger reported, Marenko said: “…”". The quote itself keeps its
    /// real speaker, cue and content. Null when the article quotes the speaker itself.
    /// </summary>
    public string? RelayedBy { get; init; }

    /// <summary>Where the relaying source's name is (<see cref="RelayedBy"/>); null when there is none.</summary>
    public TextSpan? RelayedBySpan { get; init; }

    /// <summary>
    /// Whether this relation only passes on another quote of the article ("According to the Daily Ledger, [Marenko
    /// said …]"): its speaker is the relaying source and its content the relayed attribution, which the article's
    /// quotes also hold as a quote of its own with <see cref="RelayedBy"/> set. Kept as the annotators mark it (an
    /// attribution to the relaying source), but reports and the cross-check show the relayed quote in its place, so a
    /// reader sees one quote per statement.
    /// </summary>
    public bool Relays { get; init; }
}

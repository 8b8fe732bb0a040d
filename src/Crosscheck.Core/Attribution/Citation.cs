using Crosscheck.Documents;

namespace Crosscheck.Attribution;

/// <summary>A reference to a source of information: an outlet, agency, document, person or anonymous group.</summary>
/// <param name="Span">The citing phrase ("according to Gazeta.ru", "as the Daily Ledger reported").</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Source">The cited source's name ("Gazeta.ru", "three Western diplomats").</param>
/// <param name="Anonymous">Whether the source is unnamed ("officials", "a person familiar with the matter").</param>
public sealed record Citation(TextSpan Span, string Text, string Source, bool Anonymous)
{
    /// <summary>How the source is invoked: "according to", "reported", "told", "said", ...</summary>
    public string Relation { get; init; } = "according to";

    /// <summary>Where the source's name is inside <see cref="Span"/>.</summary>
    public TextSpan? SourceSpan { get; init; }

    /// <summary>Index of the sentence that holds the citation.</summary>
    public int SentenceIndex { get; init; }
}

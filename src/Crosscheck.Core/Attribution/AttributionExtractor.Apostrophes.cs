namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// Whether tokens <paramref name="b"/> − 1 and <paramref name="b"/> are two apostrophes standing for a closing
    /// quotation mark, right after a comma: "''… overblown,'' adding that …" (archive and wire text, PolNeAR's New York
    /// Times articles). The tokenizer splits the mark in two, so the tests for a closing ” did not see it, and the
    /// participle after it found no subject.
    /// </summary>
    private bool ClosingDoubleApostropheAfterComma(int b, int floor) =>
        b - 2 > floor && IsPunct(b, '\'') && IsPunct(b - 1, '\'') && IsPunct(b - 2, ',')
        && _tokens[b].Span.Start == _tokens[b - 1].Span.End && _tokens[b - 1].Span.Start == _tokens[b - 2].Span.End;
}

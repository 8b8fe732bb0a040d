namespace Crosscheck.Reports;

/// <summary>The kinds of span highlighted in the HTML article text; each maps to one CSS class.</summary>
internal enum HighlightLayer
{
    Quote,
    Citation,
    Claim,
    Signal,
}

namespace Crosscheck.Ingest.Html;

/// <summary>One paragraph of collected text, with what the filters need to judge it.</summary>
/// <param name="Text">The paragraph, whitespace collapsed.</param>
/// <param name="LinkChars">Visible characters that sat inside links.</param>
/// <param name="Heading">Whether it came from a heading element.</param>
internal sealed record TextBlock(string Text, int LinkChars, bool Heading)
{
    /// <summary>Whether it came from a table cell, where a lone time, number or symbol is data.</summary>
    public bool Cell { get; init; }

    /// <summary>The share of visible characters inside links, between 0 and 1.</summary>
    public double LinkDensity
    {
        get
        {
            var visible = 0;
            foreach (var c in Text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    visible++;
                }
            }
            return visible == 0 ? 0 : Math.Min(1.0, (double)LinkChars / visible);
        }
    }
}

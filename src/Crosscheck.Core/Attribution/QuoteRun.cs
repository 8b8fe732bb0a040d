using Crosscheck.Documents;

namespace Crosscheck.Attribution;

/// <summary>Text between matching quotation marks, possibly continued across paragraphs or after an interruption.</summary>
internal sealed class QuoteRun
{
    /// <summary>The quoted pieces, each inside its own marks, in text order.</summary>
    public List<TextSpan> Parts { get; } = [];

    /// <summary>Offset of the first opening mark.</summary>
    public int OpenMark { get; set; }

    /// <summary>Offset just past the last closing mark.</summary>
    public int End { get; set; }

    /// <summary>Whether single marks delimit it.</summary>
    public bool Single { get; set; }

    /// <summary>Whether it has been given to a quote (direct or as the fragment of a mixed one).</summary>
    public bool Used { get; set; }

    /// <summary>From the first content character to the last.</summary>
    public TextSpan Content => TextSpan.FromBounds(Parts[0].Start, Parts[^1].End);
}

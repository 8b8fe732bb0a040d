using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Drops the furniture that survives inside an article's container: paragraphs that are mostly links ("Read more:
/// …", tag lists, related-story lists), short lines opening with a furniture phrase ("Tags:", "Share this article",
/// "© 2024"), and headings whose section turned out to be such furniture.
/// </summary>
internal static class BlockFilter
{
    // Past this length a paragraph is prose whatever it starts with.
    private const int MaxFurnitureLength = 250;

    private const double MaxLinkDensity = 0.5;

    private static readonly IReadOnlyList<string> Phrases = Lexicon.Lines("html-furniture-phrases");

    private static readonly FrozenSet<string> ExactLines = Lexicon.Set("html-furniture-lines");

    /// <summary>The texts of the blocks to keep, in order.</summary>
    public static List<string> Keep(List<TextBlock> blocks)
    {
        var keep = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            keep[i] = !IsFurniture(blocks[i]);
        }
        // A heading introduces what follows: when that is furniture (or nothing), the heading goes too.
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (keep[i] && blocks[i].Heading && (i == blocks.Count - 1 || !keep[i + 1]) && i < blocks.Count - 1)
            {
                keep[i] = false;
            }
        }
        var texts = new List<string>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keep[i])
            {
                texts.Add(blocks[i].Text);
            }
        }
        return texts;
    }

    private static bool IsFurniture(TextBlock block)
    {
        var text = block.Text;
        if (text.Length > MaxFurnitureLength)
        {
            return false;
        }
        if (block.LinkDensity > MaxLinkDensity)
        {
            return true;
        }
        if (ExactLines.Contains(text.TrimEnd(':', ' ', '.', '!', '…')))
        {
            return true;
        }
        foreach (var phrase in Phrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Main-content extraction: <see cref="ContentScorer"/> picks the elements that hold the article, then their
/// paragraphs, headings, list items, tables and block quotes are collected, skipping boilerplate, and joined with
/// blank lines.
/// </summary>
/// <remarks>Traversal is iterative past a fixed depth, so hostile nesting cannot exhaust the stack.</remarks>
internal static class MainContentExtractor
{
    private const int MaxRecursionDepth = 200;

    // Readability retries below 500 characters; an article shorter than that is rare, a gutted one common.
    private const int RetryBelowLength = 500;

    // Marks a <br> inside a run of inline content until whitespace is collapsed.
    private const char LineBreak = '\u2028';

    private static readonly FrozenSet<string> InlineTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "font", "del", "ins", "tt", "big",
        "nobr", "acronym");

    /// <summary>Whether <paramref name="localName"/> is an inline element: its text joins the surrounding paragraph.</summary>
    public static bool IsInline(string localName) => InlineTags.Contains(localName);

    /// <summary>The article text of <paramref name="document"/>, or an empty string when it has none.</summary>
    public static string Extract(IHtmlDocument document, CancellationToken cancellationToken)
    {
        var body = document.Body;
        if (body is null)
        {
            return "";
        }
        var pass = Extract(body, PruneRules.Default, cancellationToken);
        if (pass.Text.Length < RetryBelowLength * 4)
        {
            // Like Readability: when class names removed (nearly) everything, a theme put a furniture word on the
            // article's own wrapper ("o-row c-fixed-sidebar-layout", "above-footer"); try again without them and keep
            // the retry when it finds far more text.
            var retry = Extract(body, PruneRules.Default with { ByClassName = false }, cancellationToken);
            if (retry.Text.Length > pass.Text.Length * 2 && retry.Text.Length - pass.Text.Length >= RetryBelowLength)
            {
                pass = retry;
            }
        }
        if (pass.Text.Length < RetryBelowLength && document.QuerySelector("noscript") is not null)
        {
            // A page with next to no text may ship its article for script-less readers only.
            foreach (var rules in (ReadOnlySpan<PruneRules>)[new(ByClassName: true, KeepNoscript: true), new(ByClassName: false, KeepNoscript: true)])
            {
                var retry = Extract(body, rules, cancellationToken);
                pass = retry.Text.Length > pass.Text.Length * 2 ? retry : pass;
            }
        }
        if (pass.Text.Length > 0 && Standfirst.Find(body, Standfirst.Descriptions(document), pass.Roots) is { } standfirst)
        {
            var lead = new List<TextBlock>();
            Collect(standfirst, lead, 0, pass.Rules with { ByClassName = false }, cancellationToken);
            if (lead.Count == 1 && !pass.Text.Contains(lead[0].Text, StringComparison.Ordinal))
            {
                return lead[0].Text + "\n\n" + pass.Text;
            }
        }
        return pass.Text;
    }

    private static (string Text, IReadOnlyList<IElement> Roots, PruneRules Rules) Extract(IElement body, PruneRules rules, CancellationToken cancellationToken)
    {
        var roots = ContentScorer.ChooseContent(body, rules, cancellationToken);
        var blocks = new List<TextBlock>();
        foreach (var root in roots)
        {
            Collect(root, blocks, 0, rules, cancellationToken);
        }
        if (blocks.Count == 0 && (roots.Count != 1 || roots[0] != body))
        {
            Collect(body, blocks, 0, rules, cancellationToken);
        }
        return (string.Join("\n\n", BlockFilter.Keep(blocks)), roots, rules);
    }

    /// <summary>The text of everything inside <paramref name="root"/> except boilerplate, without choosing a main part.</summary>
    public static string ExtractAll(IElement root, CancellationToken cancellationToken)
    {
        var blocks = new List<TextBlock>();
        Collect(root, blocks, 0, PruneRules.Default, cancellationToken);
        return string.Join("\n\n", blocks.Select(b => b.Text));
    }

    // A block's children alternate between runs of inline content (one paragraph each) and nested blocks.
    private static void Collect(IElement container, List<TextBlock> paragraphs, int depth, PruneRules rules, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var run = new Run(container.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6", container.LocalName is "td" or "th");
        foreach (var child in container.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    run.Text.Append(text.Data);
                    break;
                case IElement element when Boilerplate.IsBoilerplate(element, rules):
                    break;
                case IElement element when element.LocalName == "br":
                    // Two line breaks in a row are how many pages separate paragraphs.
                    if (EndsWithLineBreak(run.Text))
                    {
                        Flush(run, paragraphs);
                    }
                    else
                    {
                        run.Text.Append(LineBreak);
                    }
                    break;
                case IElement element when InlineTags.Contains(element.LocalName) || depth >= MaxRecursionDepth:
                    AppendInline(element, run, rules);
                    break;
                case IElement element:
                    Flush(run, paragraphs);
                    Collect(element, paragraphs, depth + 1, rules, cancellationToken);
                    break;
                default:
                    break;
            }
        }
        Flush(run, paragraphs);
    }

    private static void AppendInline(IElement element, Run run, PruneRules rules)
    {
        var stack = new Stack<(INode Node, bool InLink)>();
        stack.Push((element, element.LocalName == "a"));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node is IText text)
            {
                run.Text.Append(text.Data);
                if (inLink)
                {
                    run.LinkChars += VisibleLength(text.Data);
                }
                continue;
            }
            if (node is not IElement current || (current != element && Boilerplate.IsBoilerplate(current, rules)))
            {
                continue;
            }
            if (current.LocalName == "br")
            {
                run.Text.Append(LineBreak);
                continue;
            }
            var children = current.ChildNodes;
            var childInLink = inLink || current.LocalName == "a";
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], childInLink));
            }
        }
    }

    private static bool EndsWithLineBreak(StringBuilder run)
    {
        for (var i = run.Length - 1; i >= 0; i--)
        {
            if (run[i] == LineBreak)
            {
                return true;
            }
            if (!char.IsWhiteSpace(run[i]))
            {
                return false;
            }
        }
        return false;
    }

    // Collapses whitespace runs to one space, or to a newline where a <br> stood, and trims each line.
    private static void Flush(Run block, List<TextBlock> paragraphs)
    {
        var run = block.Text;
        if (run.Length == 0)
        {
            return;
        }
        var linkChars = block.LinkChars;
        block.LinkChars = 0;
        var output = new StringBuilder(run.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c == LineBreak)
            {
                pendingBreak = true;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (output.Length > 0)
            {
                if (pendingBreak)
                {
                    output.Append('\n');
                }
                else if (pendingSpace)
                {
                    output.Append(' ');
                }
            }
            pendingSpace = false;
            pendingBreak = false;
            output.Append(c);
        }
        run.Clear();
        if (output.Length > 0)
        {
            paragraphs.Add(new TextBlock(output.ToString(), Math.Min(linkChars, output.Length), block.Heading) { Cell = block.Cell });
        }
    }

    private static int VisibleLength(string data)
    {
        var length = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
            }
        }
        return length;
    }

    // The inline content gathered for one paragraph, and how much of it sat inside links.
    private sealed class Run(bool heading, bool cell)
    {
        public StringBuilder Text { get; } = new();

        public int LinkChars { get; set; }

        public bool Heading { get; } = heading;

        public bool Cell { get; } = cell;
    }
}

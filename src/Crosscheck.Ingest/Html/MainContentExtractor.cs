using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// First version of main-content extraction: picks the article's root element, then collects its paragraphs,
/// headings, list items and block quotes, skipping boilerplate, and joins them with blank lines.
/// </summary>
/// <remarks>
/// The root is the first of <c>[itemprop=articleBody]</c>, the <c>&lt;article&gt;</c> with the most paragraph text,
/// <c>&lt;main&gt;</c>, and finally the element whose <c>&lt;p&gt;</c> children carry the most text. Traversal is
/// iterative past a fixed depth, so hostile nesting cannot exhaust the stack.
/// </remarks>
internal static class MainContentExtractor
{
    private const int MaxRecursionDepth = 200;

    // Marks a <br> inside a run of inline content until whitespace is collapsed.
    private const char LineBreak = '\u2028';

    private static readonly FrozenSet<string> InlineTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "font", "del", "ins", "tt", "big",
        "nobr", "acronym");

    /// <summary>The article text of <paramref name="document"/>, or an empty string when it has none.</summary>
    public static string Extract(IHtmlDocument document, CancellationToken cancellationToken)
    {
        var body = document.Body;
        if (body is null)
        {
            return "";
        }
        var root = ChooseRoot(body);
        var paragraphs = new List<string>();
        Collect(root, paragraphs, 0, cancellationToken);
        if (paragraphs.Count == 0 && root != body)
        {
            Collect(body, paragraphs, 0, cancellationToken);
        }
        return string.Join("\n\n", paragraphs);
    }

    private static IElement ChooseRoot(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("[itemprop]"))
        {
            if (string.Equals(element.GetAttribute("itemprop")?.Trim(), "articleBody", StringComparison.OrdinalIgnoreCase)
                && !Boilerplate.IsInBoilerplate(element)
                && ParagraphTextLength(element) > 0)
            {
                return element;
            }
        }

        IElement? bestArticle = null;
        var bestLength = 0;
        foreach (var article in body.QuerySelectorAll("article"))
        {
            if (Boilerplate.IsInBoilerplate(article))
            {
                continue;
            }
            var length = ParagraphTextLength(article);
            if (length > bestLength)
            {
                bestArticle = article;
                bestLength = length;
            }
        }
        if (bestArticle is not null)
        {
            return bestArticle;
        }

        foreach (var main in body.QuerySelectorAll("main, [role='main']"))
        {
            if (!Boilerplate.IsInBoilerplate(main) && ParagraphTextLength(main) > 0)
            {
                return main;
            }
        }

        return DensestParagraphParent(body) ?? body;
    }

    // Each paragraph scores its parent fully and its grandparent by half, so a body split into sibling sections
    // still finds the section container.
    private static IElement? DensestParagraphParent(IElement body)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            if (Boilerplate.IsInBoilerplate(paragraph) || paragraph.ParentElement is not { } parent)
            {
                continue;
            }
            var length = paragraph.TextContent.AsSpan().Trim().Length;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2);
            }
        }
        IElement? best = null;
        var bestScore = 0;
        foreach (var (element, score) in scores)
        {
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    private static int ParagraphTextLength(IElement element)
    {
        var length = 0;
        foreach (var paragraph in element.QuerySelectorAll("p"))
        {
            if (!Boilerplate.IsInBoilerplate(paragraph))
            {
                length += paragraph.TextContent.AsSpan().Trim().Length;
            }
        }
        return length;
    }

    // A block's children alternate between runs of inline content (one paragraph each) and nested blocks.
    private static void Collect(IElement container, List<string> paragraphs, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var run = new StringBuilder();
        foreach (var child in container.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    run.Append(text.Data);
                    break;
                case IElement element when Boilerplate.IsBoilerplate(element):
                    break;
                case IElement element when element.LocalName == "br":
                    // Two line breaks in a row are how many pages separate paragraphs.
                    if (EndsWithLineBreak(run))
                    {
                        Flush(run, paragraphs);
                    }
                    else
                    {
                        run.Append(LineBreak);
                    }
                    break;
                case IElement element when InlineTags.Contains(element.LocalName) || depth >= MaxRecursionDepth:
                    AppendInline(element, run);
                    break;
                case IElement element:
                    Flush(run, paragraphs);
                    Collect(element, paragraphs, depth + 1, cancellationToken);
                    break;
                default:
                    break;
            }
        }
        Flush(run, paragraphs);
    }

    private static void AppendInline(IElement element, StringBuilder run)
    {
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                run.Append(text.Data);
                continue;
            }
            if (node is not IElement current || (current != element && Boilerplate.IsBoilerplate(current)))
            {
                continue;
            }
            if (current.LocalName == "br")
            {
                run.Append(LineBreak);
                continue;
            }
            var children = current.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
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
    private static void Flush(StringBuilder run, List<string> paragraphs)
    {
        if (run.Length == 0)
        {
            return;
        }
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
            paragraphs.Add(output.ToString());
        }
    }
}

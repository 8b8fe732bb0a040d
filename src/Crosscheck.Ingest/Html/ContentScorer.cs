using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Crosscheck.Ingest.Html;

/// <summary>
/// Finds the elements holding a page's article, in the manner of Readability: every paragraph-like block scores its
/// ancestors (commas and length count; the parent fully, the grandparent by half, further ancestors less), a
/// candidate's score is scaled by the share of its text that is not link text, and the best candidate is joined by
/// its siblings that score close to it or read as prose.
/// </summary>
/// <remarks>
/// One iterative pass computes text and link lengths for every element, so the cost is linear in the page size
/// whatever its nesting depth. Boilerplate subtrees (<see cref="Boilerplate"/>) are skipped entirely. A
/// <c>[itemprop=articleBody]</c> element with enough text is taken as the article without scoring.
/// </remarks>
internal static class ContentScorer
{
    // Readability's minimum paragraph length, and the length past which a block's score stops growing.
    private const int MinParagraphLength = 25;

    private const int AncestorLevels = 5;

    private const int MinAlternatives = 3;

    private const double WrappedSiblingShare = 0.5;

    private const int MinProseBesideList = 500;

    private static readonly FrozenSet<string> ParagraphTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd");

    private const int Positive = 1;
    private const int Negative = 2;

    // Readability's positive and negative class/id words, in one table so a value is split once.
    private static readonly FrozenDictionary<string, int> ClassWordTable = ClassWords.Table(
        (Positive,
        [
            "article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose", "paragraph",
            "richtext", "markdown",
        ]),
        (Negative,
        [
            "hidden", "banner", "combx", "comment", "comments", "contact", "foot", "footer", "footnote", "gdpr", "masthead",
            "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
            "sponsor", "shopping", "tags", "tool", "tools", "widget", "teaser", "card", "cards", "byline", "author", "bio",
        ]));

    /// <summary>The elements that hold the article, in document order; the body itself when nothing scores.</summary>
    /// <param name="body">The page body.</param>
    /// <param name="rules">The optional pruning rules of this pass (see <see cref="Boilerplate.IsBoilerplate(IElement, PruneRules)"/>).</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static IReadOnlyList<IElement> ChooseContent(IElement body, PruneRules rules, CancellationToken cancellationToken)
    {
        var stats = Measure(body, rules, cancellationToken);

        // Some sites split the body into several articleBody sections; all of them, in document order, not nested.
        var bodies = new List<IElement>();
        var bodyText = 0;
        foreach (var element in body.QuerySelectorAll("[itemprop]"))
        {
            if (stats.TryGetValue(element, out var stat) && stat.ArticleBody && LinkDensity(stat) < 0.5
                && (bodies.Count == 0 || !bodies[^1].Contains(element)))
            {
                bodies.Add(element);
                bodyText += stat.Text;
            }
        }
        if (bodyText >= 250)
        {
            return bodies;
        }

        IElement? top = null;
        var topScore = 0.0;
        foreach (var (element, stat) in stats)
        {
            if (!stat.Candidate)
            {
                continue;
            }
            var score = stat.Score * (1 - LinkDensity(stat));
            stat.Final = score;
            if (score > topScore)
            {
                top = element;
                topScore = score;
            }
        }
        if (top is null)
        {
            return [body];
        }

        // As in Readability: several near-best candidates under one ancestor mean the article is split into sections,
        // and that ancestor is the article. (Readability's second climb, to any parent scoring higher, cost precision
        // on the trafilatura set: 0.892 against 0.905 F1.)
        var alternatives = new List<IElement>();
        foreach (var (element, stat) in stats)
        {
            if (stat.Candidate && element != top && stat.Final >= topScore * 0.75)
            {
                alternatives.Add(element);
            }
        }
        if (alternatives.Count >= MinAlternatives)
        {
            for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
            {
                var contained = 0;
                foreach (var alternative in alternatives)
                {
                    if (ancestor.Contains(alternative))
                    {
                        contained++;
                    }
                }
                if (contained >= MinAlternatives)
                {
                    top = ancestor;
                    break;
                }
            }
        }
        // A list is seldom an article on its own: a reference list, a recipe's ingredients or a listicle's items win on
        // commas and length, while the abstract, method or introduction sit in a section beside them.
        if (top.LocalName is "ul" or "ol" or "dl" && stats.TryGetValue(top, out var listStat))
        {
            var ancestor = top.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null && ancestor != body; level++, ancestor = ancestor.ParentElement)
            {
                if (stats.TryGetValue(ancestor, out var ancestorStat)
                    && PlainText(ancestorStat) - PlainText(listStat) >= MinProseBesideList)
                {
                    top = ancestor;
                    break;
                }
            }
        }
        // A candidate holding all of its parent's text says little; the parent holds the same text, and its siblings
        // are the article's siblings.
        while (top.ParentElement is { } parent && parent != body && stats.TryGetValue(parent, out var parentStat)
               && stats.TryGetValue(top, out var topStat) && topStat.Text >= parentStat.Text)
        {
            top = parent;
        }
        topScore = Math.Max(topScore, stats.TryGetValue(top, out var chosenStat) ? chosenStat.Final : 0);

        var container = top.ParentElement;
        if (container is null || top == body)
        {
            return [top];
        }
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        var beforeTop = true;
        foreach (var sibling in container.Children)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                beforeTop = false;
                continue;
            }
            if (!stats.TryGetValue(sibling, out var stat) || stat.Text == 0)
            {
                continue;
            }
            var bonus = topClass is { Length: > 0 } && topClass == sibling.GetAttribute("class") ? topScore * 0.2 : 0;
            // A wrapped block before the best one is the story's opening, split off by the layout; after it, related
            // teasers and bios are common, so a block there must come closer to the best one's score.
            var wrappedThreshold = beforeTop ? threshold : Math.Max(threshold, topScore * WrappedSiblingShare);
            if (stat.Final + bonus >= threshold || CoreScore(sibling, stat, stats) >= wrappedThreshold)
            {
                chosen.Add(sibling);
                continue;
            }
            if (ParagraphTags.Contains(sibling.LocalName) || stat.RunText >= stat.Text * 0.8)
            {
                var density = LinkDensity(stat);
                if ((stat.Text > 80 && density < 0.25) || (stat.Text > 0 && density == 0 && stat.EndsSentence))
                {
                    chosen.Add(sibling);
                }
            }
        }
        return chosen;
    }

    // Page builders wrap every text block in a chain of single-child wrappers, and the score sits on the innermost
    // one; the best candidate was lifted to its outermost wrapper, so a sibling is judged by its best wrapped block.
    private static double CoreScore(IElement element, ElementStats stat, Dictionary<IElement, ElementStats> stats)
    {
        var best = stat.Final;
        var current = element;
        var text = stat.Text;
        while (true)
        {
            IElement? inner = null;
            foreach (var child in current.Children)
            {
                if (stats.TryGetValue(child, out var childStat) && childStat.Text >= text)
                {
                    inner = child;
                    best = Math.Max(best, childStat.Final);
                    break;
                }
            }
            if (inner is null)
            {
                return best;
            }
            current = inner;
        }
    }

    private static int PlainText(ElementStats stat) => stat.Text - Math.Min(stat.Text, stat.LinkText);

    private static double LinkDensity(ElementStats stat) => stat.Text == 0 ? 0 : Math.Min(1, (double)stat.LinkText / stat.Text);

    // Post-order over the tree with an explicit stack: children's stats are complete before their parent's.
    private static Dictionary<IElement, ElementStats> Measure(IElement body, PruneRules rules, CancellationToken cancellationToken)
    {
        var stats = new Dictionary<IElement, ElementStats>();
        var scores = new Dictionary<IElement, double>();
        var stack = new Stack<(IElement Element, bool Done)>();
        stack.Push((body, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            var (element, done) = stack.Pop();
            if (!done)
            {
                if ((++visited & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (element != body && Boilerplate.IsBoilerplate(element, rules))
                {
                    continue;
                }
                stack.Push((element, true));
                var children = element.Children;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
                continue;
            }

            var stat = new ElementStats();
            var inline = MainContentExtractor.IsInline(element.LocalName);
            var lastChar = '\0';
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    var (length, commas, last) = Count(text.Data);
                    stat.Text += length;
                    stat.RunText += length;
                    stat.Commas += commas;
                    if (last != '\0')
                    {
                        lastChar = last;
                    }
                }
                else if (child is IElement childElement && stats.TryGetValue(childElement, out var childStat))
                {
                    stat.Text += childStat.Text;
                    stat.LinkText += childStat.LinkText;
                    stat.Commas += childStat.Commas;
                    if (MainContentExtractor.IsInline(childElement.LocalName))
                    {
                        stat.RunText += childStat.Text;
                    }
                    if (childStat.LastChar != '\0')
                    {
                        lastChar = childStat.LastChar;
                    }
                }
            }
            stat.LastChar = lastChar;
            stat.EndsSentence = lastChar is '.' or '!' or '?' or '"' or '\u201D' or ':';
            if (element.LocalName == "a")
            {
                stat.LinkText = stat.Text;
            }
            stat.ArticleBody = string.Equals(element.GetAttribute("itemprop")?.Trim(), "articleBody", StringComparison.OrdinalIgnoreCase);
            stats[element] = stat;

            if (inline)
            {
                continue;
            }
            var paragraphLength = ParagraphTags.Contains(element.LocalName) ? stat.Text : stat.RunText;
            if (paragraphLength < MinParagraphLength)
            {
                continue;
            }
            var score = 1.0 + stat.Commas + Math.Min(paragraphLength / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorLevels && ancestor is not null; level++)
            {
                // Ancestors are measured after their children, so scores wait in their own table.
                scores[ancestor] = scores.GetValueOrDefault(ancestor) + (score / Divider(level));
                if (ancestor == body)
                {
                    break;
                }
                ancestor = ancestor.ParentElement;
            }
        }
        foreach (var (element, score) in scores)
        {
            if (stats.TryGetValue(element, out var stat))
            {
                stat.Score = score + InitialScore(element);
                stat.Candidate = true;
            }
        }
        return stats;
    }

    private static double Divider(int level) => level switch
    {
        0 => 1,
        1 => 2,
        _ => level * 3,
    };

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(element.GetAttribute("class")) + ClassWeight(element.Id);
    }

    private static int ClassWeight(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }
        var flags = ClassWords.Flags(value, ClassWordTable);
        return ((flags & Positive) != 0 ? 25 : 0) - ((flags & Negative) != 0 ? 25 : 0);
    }

    // Visible length with whitespace runs counted as one, the commas, and the last visible character.
    private static (int Length, int Commas, char Last) Count(string data)
    {
        int length = 0, commas = 0;
        var last = '\0';
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && length > 0)
            {
                length++;
            }
            space = false;
            length++;
            last = c;
            if (c == ',')
            {
                commas++;
            }
        }
        return (length, commas, last);
    }

    private sealed class ElementStats
    {
        public int Text { get; set; }

        public int RunText { get; set; }

        public int LinkText { get; set; }

        public int Commas { get; set; }

        public char LastChar { get; set; }

        public bool EndsSentence { get; set; }

        public bool ArticleBody { get; set; }

        public bool Candidate { get; set; }

        public double Score { get; set; }

        public double Final { get; set; }
    }
}

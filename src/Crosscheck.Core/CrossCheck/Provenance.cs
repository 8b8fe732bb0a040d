using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;

namespace Crosscheck.CrossCheck;

/// <summary>
/// The provenance graph of compared articles — copies, citations of each other's outlets, publication order — and,
/// per aligned item, which member derives from which and how many independent origins remain.
/// </summary>
/// <remarks>
/// An edge always points from a later article to an earlier one (by publication rank), so the graph has no cycles and
/// every member's chain ends at an origin. Built once per comparison; read-only afterwards.
/// </remarks>
internal sealed class Provenance
{
    // Words that name a source only by its kind: "the paper" refers back to the outlet cited last.
    private static readonly HashSet<string> AnaphoricNouns = new(StringComparer.Ordinal)
    {
        "paper", "newspaper", "publication", "agency", "magazine", "outlet", "broadcaster", "site", "website", "daily",
        "tabloid", "channel", "network", "wire",
    };

    // The sentence of a credit found outside any parsed attribution: it matches no item's sentence.
    private const int NoSentence = int.MinValue;

    private readonly IReadOnlyList<AnalyzedArticle> _articles;
    private readonly int[] _rank;
    private readonly int[] _copyOf;
    private readonly string[] _copyEvidence;
    private readonly List<SourceReference>[] _references;

    public Provenance(IReadOnlyList<AnalyzedArticle> articles, int[] rank, IReadOnlyList<ProvenanceLink> copies)
    {
        _articles = articles;
        _rank = rank;
        _copyOf = new int[articles.Count];
        _copyEvidence = new string[articles.Count];
        Array.Fill(_copyOf, -1);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            index.TryAdd(articles[i].Article.Id, i);
        }
        var links = new List<ProvenanceLink>();
        foreach (var copy in copies)
        {
            if (copy.Relation == ProvenanceRelation.CopyOf
                && index.TryGetValue(copy.ArticleId, out var later) && index.TryGetValue(copy.SourceId, out var earlier)
                && rank[earlier] < rank[later] && _copyOf[later] < 0)
            {
                _copyOf[later] = earlier;
                _copyEvidence[later] = copy.Evidence;
                links.Add(copy);
            }
        }
        _references = new List<SourceReference>[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            _references[i] = References(i);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in _references[i])
            {
                if (reference.SourceId is { } source && seen.Add(source))
                {
                    links.Add(new ProvenanceLink(articles[i].Article.Id, source, ProvenanceRelation.Cites, reference.Evidence));
                }
            }
        }
        var order = new string[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            order[rank[i]] = articles[i].Article.Id;
        }
        links.Sort((a, b) => rank[index[a.ArticleId]] != rank[index[b.ArticleId]]
            ? rank[index[a.ArticleId]].CompareTo(rank[index[b.ArticleId]])
            : a.Relation != b.Relation ? a.Relation.CompareTo(b.Relation) : string.CompareOrdinal(a.SourceId, b.SourceId));
        Graph = new ProvenanceGraph(order, links);
    }

    /// <summary>The article-level graph.</summary>
    public ProvenanceGraph Graph { get; }

    /// <summary>
    /// For each unit of an aligned group (earliest first), the index within the group of the member it derives from
    /// (-1 for an origin), and the item's origins with each member's path.
    /// </summary>
    public (int[] Parents, List<ItemOrigin> Origins) Trace(IReadOnlyList<ComparisonUnit> group)
    {
        var memberOf = new Dictionary<int, int>();
        for (var k = 0; k < group.Count; k++)
        {
            memberOf[group[k].ArticleIndex] = k;
        }
        var parents = new int[group.Count];
        var steps = new ProvenanceLink?[group.Count];
        var externalRoot = new string?[group.Count];
        for (var k = 0; k < group.Count; k++)
        {
            (parents[k], steps[k], externalRoot[k]) = ParentOf(group, k, memberOf);
        }

        // Resolve each member to its root: a member, or a source outside the group.
        var roots = new List<string>();
        var byRoot = new Dictionary<string, List<MemberPath>>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < group.Count; k++)
        {
            var path = new List<ProvenanceLink>();
            var at = k;
            string root;
            while (true)
            {
                if (steps[at] is { } step)
                {
                    path.Add(step);
                }
                if (parents[at] >= 0)
                {
                    at = parents[at];
                    continue;
                }
                root = externalRoot[at] ?? group[at].ArticleId;
                labels.TryAdd(root, externalRoot[at] is null ? _articles[group[at].ArticleIndex].Article.Outlet : Label(externalRoot[at]!));
                break;
            }
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = [];
                roots.Add(root);
            }
            members.Add(new MemberPath(group[k].ArticleId, path));
        }
        var origins = new List<ItemOrigin>(roots.Count);
        foreach (var root in roots)
        {
            origins.Add(new ItemOrigin(root, labels[root], byRoot[root]));
        }
        return (parents, origins);
    }

    private string Label(string root)
    {
        if (root.StartsWith(ProvenanceLink.OutletPrefix, StringComparison.Ordinal))
        {
            return root[ProvenanceLink.OutletPrefix.Length..];
        }
        foreach (var document in _articles)
        {
            if (string.Equals(document.Article.Id, root, StringComparison.Ordinal))
            {
                return document.Article.Outlet;
            }
        }
        return root;
    }

    /// <summary>
    /// The member this unit's article copies, along its chain of copies (a copy of a copy of …): the nearest member
    /// whose version of the item is worded closest to this one, or null when no article up the chain holds the item.
    /// </summary>
    /// <remarks>
    /// A copy edge is matched on whole article bodies, and a short rewrite can be matched to an edited copy while this
    /// item repeats the words of an article further up the chain ("may be closed" where the nearer copy has "is
    /// closed"). The edit did not reach this version, so comparing it with the edited copy would report the edit undone
    /// as a change of its own (a hedge "added"); the closest version up the chain is the one it took the item from.
    /// </remarks>
    private int? CopiedFrom(IReadOnlyList<ComparisonUnit> group, ComparisonUnit unit, Dictionary<int, int> memberOf)
    {
        int? best = null;
        var fewest = int.MaxValue;
        for (var copied = _copyOf[unit.ArticleIndex]; copied >= 0; copied = _copyOf[copied])
        {
            if (!memberOf.TryGetValue(copied, out var candidate))
            {
                continue;
            }
            // Strictly fewer changed words: on a tie the nearer copy wins, as the copy edge says.
            var changed = ChangedWords(group[candidate].Words.Words, unit.Words.Words);
            if (changed < fewest)
            {
                best = candidate;
                fewest = changed;
            }
            if (changed == 0)
            {
                break;
            }
        }
        return best;
    }

    private static int ChangedWords(string[] from, string[] to)
    {
        var changed = 0;
        foreach (var hunk in WordDiff.Compute(from, to))
        {
            changed += hunk.Removed.Length + hunk.Added.Length;
        }
        return changed;
    }

    /// <summary>
    /// What one member derives from, strongest evidence first: a copy of another member's article; a credit for this
    /// item (its venue or a citation in its sentence) to an earlier member or to a source outside the group; failing
    /// both, a credit elsewhere in the article to an earlier member's outlet, unless the member is the outlet's own
    /// reporting ("told the Northgate Observer").
    /// </summary>
    private (int Parent, ProvenanceLink? Step, string? ExternalRoot) ParentOf(IReadOnlyList<ComparisonUnit> group, int member,
        Dictionary<int, int> memberOf)
    {
        var unit = group[member];
        var article = unit.ArticleIndex;
        var id = unit.ArticleId;
        if (CopiedFrom(group, unit, memberOf) is { } copy)
        {
            var source = group[copy].ArticleIndex;
            // Skipping past the article the copy was matched to is said, so the path does not show a match never made.
            var evidence = source == _copyOf[article]
                ? _copyEvidence[article]
                : $"{_copyEvidence[article]} of {_articles[_copyOf[article]].Article.Outlet}, which copies this version";
            return (copy, new ProvenanceLink(id, _articles[source].Article.Id, ProvenanceRelation.CopyOf, evidence), null);
        }
        SourceReference? outside = null;
        var own = false;
        foreach (var reference in _references[article])
        {
            if (reference.SentenceIndex != unit.SentenceIndex)
            {
                continue;
            }
            if (reference.Own)
            {
                own = true;
                continue;
            }
            if (reference.Article is { } source && memberOf.TryGetValue(source, out var parent))
            {
                return (parent, new ProvenanceLink(id, reference.SourceId!, ProvenanceRelation.Cites, reference.Evidence), null);
            }
            outside ??= reference.SourceId is null ? null : reference;
        }
        if (outside is { } external)
        {
            return (-1, new ProvenanceLink(id, external.SourceId!, ProvenanceRelation.Cites, external.Evidence), external.SourceId);
        }
        if (own)
        {
            return (-1, null, null);
        }
        SourceReference? credited = null;
        foreach (var reference in _references[article])
        {
            if (reference.Article is { } source && memberOf.TryGetValue(source, out var parent))
            {
                return (parent, new ProvenanceLink(id, reference.SourceId!, ProvenanceRelation.Cites, reference.Evidence), null);
            }
            credited ??= reference.SourceId is null ? null : reference;
        }
        // Credited elsewhere to a source whose own version is not in this item: that source is the origin, so two
        // articles both leaning on it do not count as independent.
        return credited is { } other
            ? (-1, new ProvenanceLink(id, other.SourceId!, ProvenanceRelation.Cites, other.Evidence), other.SourceId)
            : (-1, null, null);
    }

    /// <summary>Every source the article credits, in text order, resolved to compared articles where possible.</summary>
    private List<SourceReference> References(int article)
    {
        var document = _articles[article];
        var raw = new List<(int Position, int Sentence, string Name, string Evidence, bool IsOutlet)>();
        foreach (var citation in document.Citations)
        {
            if (citation.Anonymous)
            {
                continue;
            }
            var nameSpan = citation.SourceSpan ?? citation.Span;
            var isOutlet = citation.Relation.Contains("report", StringComparison.OrdinalIgnoreCase) || HasOutletMention(document, nameSpan);
            raw.Add((citation.Span.Start, citation.SentenceIndex, citation.Source, citation.Text, isOutlet));
        }
        foreach (var quote in document.Quotes)
        {
            if (quote.Venue is { } venue)
            {
                var at = quote.VenueSpan ?? quote.Span;
                raw.Add((at.Start, quote.SentenceIndex, venue, Evidence(quote.Cue, venue), HasOutletMention(document, at)));
            }
            // "According to the Ledger, Marenko said …": the quote came through the Ledger, whatever the citation found.
            if (quote.RelayedBy is { } relay)
            {
                var at = quote.RelayedBySpan ?? quote.Span;
                raw.Add((at.Start, quote.SentenceIndex, relay, relay, HasOutletMention(document, at)));
            }
            // "..., the Ledger reported": the speaker is the source.
            if (quote.Speaker is { } speaker && quote.Cue is { } cue && cue.Contains("report", StringComparison.OrdinalIgnoreCase))
            {
                raw.Add((quote.SpeakerSpan?.Start ?? quote.Span.Start, quote.SentenceIndex, speaker, $"{speaker} {cue}", true));
            }
        }
        raw.Sort((a, b) => a.Position.CompareTo(b.Position));

        var result = new List<SourceReference>(raw.Count);
        SourceReference? last = null;
        foreach (var (position, sentence, name, evidence, isOutlet) in raw)
        {
            SourceReference? reference = null;
            var words = Similarity.VenueWords(name);
            if (IsAnaphoric(words))
            {
                if (last is { } previous)
                {
                    reference = previous with { SentenceIndex = sentence, Evidence = evidence };
                }
            }
            else if (NamesOutlet(name, words, document.Article.Outlet))
            {
                reference = new SourceReference(sentence, null, null, evidence, Own: true);
            }
            else if (Resolve(article, name, words) is { } source)
            {
                reference = new SourceReference(sentence, source, _articles[source].Article.Id, evidence, Own: false);
            }
            else if (isOutlet && words.Count > 0)
            {
                reference = new SourceReference(sentence, null, ProvenanceLink.OutletPrefix + OutletName(name), evidence, Own: false);
            }
            if (reference is { } found)
            {
                result.Add(found);
                if (!found.Own)
                {
                    last = found;
                }
            }
        }
        // An earlier compared outlet the entities stage names, where no venue or citation was parsed ("…, the mayor
        // conceded to the Tarn Herald" with a cue attribution does not know): the article still leans on it, and
        // counting its repeat of that outlet's items as an independent origin would overstate the corroboration. Only
        // as a last-resort credit (no sentence, after the parsed ones), and only to a compared article: a bare name is
        // no evidence of a source outside them.
        foreach (var mention in document.Mentions)
        {
            if (mention.Kind != EntityKind.Outlet)
            {
                continue;
            }
            var words = Similarity.VenueWords(mention.Text);
            if (!NamesOutlet(mention.Text, words, document.Article.Outlet) && Resolve(article, mention.Text, words) is { } named)
            {
                result.Add(new SourceReference(NoSentence, named, _articles[named].Article.Id, $"names {mention.Text}", Own: false));
            }
        }
        return result;
    }

    /// <summary>The latest compared article published before <paramref name="citing"/> whose outlet the name denotes.</summary>
    private int? Resolve(int citing, string name, HashSet<string> words)
    {
        int? best = null;
        for (var j = 0; j < _articles.Count; j++)
        {
            if (j == citing || _rank[j] > _rank[citing] || !NamesOutlet(name, words, _articles[j].Article.Outlet))
            {
                continue;
            }
            if (best is null || _rank[j] > _rank[best.Value])
            {
                best = j;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether a cited name denotes the outlet: all its distinctive words are the outlet's ("the Ledger" and "The Daily
    /// Ledger"), the name contains the outlet's name ("an interview with the Daily Ledger"), or it is the outlet's
    /// initials ("the FT" for "Financial Times").
    /// </summary>
    internal static bool NamesOutlet(string name, HashSet<string> words, string outlet)
    {
        if (outlet.Length == 0 || words.Count == 0)
        {
            return false;
        }
        var outletWords = Similarity.VenueWords(outlet);
        if (outletWords.Count == 0)
        {
            return false;
        }
        if (words.IsSubsetOf(outletWords) || words.IsSupersetOf(outletWords))
        {
            return true;
        }
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length is >= 2 and <= 5 && IsAllUpper(word) && string.Equals(word, Initials(outlet), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string Initials(string outlet)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var word in outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) && !string.Equals(word, "The", StringComparison.Ordinal))
            {
                builder.Append(word[0]);
            }
        }
        return builder.ToString();
    }

    private static bool IsAnaphoric(HashSet<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }
        foreach (var word in words)
        {
            if (!AnaphoricNouns.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasOutletMention(AnalyzedArticle document, TextSpan span)
    {
        foreach (var mention in document.Mentions)
        {
            if (mention.Kind == EntityKind.Outlet && mention.Span.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }

    private static string Evidence(string? cue, string venue) => cue is null ? venue : $"{cue} {venue}";

    /// <summary>The cited name without framing words ("an interview with Cicero" → "Cicero").</summary>
    private static string OutletName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (lower is "with" or "to" or "in" or "on" or "the" or "a" or "an" or "interview" or "exclusive" or "told")
            {
                start = i + 1;
            }
            else
            {
                break;
            }
        }
        return start < words.Length ? string.Join(' ', words[start..]) : name;
    }

    /// <summary>One credited source.</summary>
    /// <param name="SentenceIndex">Where the credit is.</param>
    /// <param name="Article">The compared article it resolves to, if any.</param>
    /// <param name="SourceId">That article's id, or an <c>outlet:</c> key; null for the article's own outlet.</param>
    /// <param name="Evidence">The credit as written.</param>
    /// <param name="Own">Whether it names the article's own outlet (its own reporting).</param>
    private sealed record SourceReference(int SentenceIndex, int? Article, string? SourceId, string Evidence, bool Own);
}

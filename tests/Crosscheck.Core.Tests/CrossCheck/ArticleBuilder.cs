using System.Globalization;
using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Documents;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Signals;

namespace Crosscheck.Core.Tests.CrossCheck;

/// <summary>Builds analysed articles by hand, locating each item by its text so that spans stay honest.</summary>
internal sealed class ArticleBuilder(string id, string outlet, string? published, string text)
{
    private readonly List<Quote> _quotes = [];
    private readonly List<Claim> _claims = [];
    private readonly List<Citation> _citations = [];
    private readonly List<Signal> _signals = [];
    private readonly List<Mention> _mentions = [];

    public string Title { get; init; } = "";

    public double Sensationalism { get; init; }

    public ArticleBuilder Quote(string content, string? speaker, string? cue = "said", string? venue = null, QuoteKind kind = QuoteKind.Direct)
    {
        var span = Find(content);
        _quotes.Add(new Quote(span, content, kind)
        {
            Speaker = speaker,
            SpeakerSpan = speaker is null ? null : TryFind(speaker.Split(' ')[^1]),
            Cue = cue,
            CueSpan = cue is null ? null : TryFind(cue),
            Venue = venue,
            VenueSpan = venue is null ? null : TryFind(venue),
        });
        return this;
    }

    public ArticleBuilder Claim(string content, Modality modality, double worthiness = 0.5)
    {
        _claims.Add(new Claim(Find(content), content, modality) { CheckWorthiness = worthiness });
        return this;
    }

    public ArticleBuilder Citation(string phrase, string source, bool anonymous = false)
    {
        _citations.Add(new Citation(Find(phrase), phrase, source, anonymous));
        return this;
    }

    public ArticleBuilder Signal(string phrase, Technique technique, string reason)
    {
        _signals.Add(new Signal(Find(phrase), phrase, technique, 0.8, reason));
        return this;
    }

    public ArticleBuilder Mention(string name, EntityKind kind)
    {
        _mentions.Add(new Mention(Find(name), name, kind, name));
        return this;
    }

    public AnalyzedArticle Build()
    {
        var article = new Article
        {
            Id = id,
            Source = $"corpus/{id}.md",
            Outlet = outlet,
            Title = Title,
            PublishedAt = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
            Text = text,
        };
        _quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _claims.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new AnalyzedArticle(article)
        {
            Mentions = _mentions,
            Quotes = _quotes,
            Claims = _claims,
            Citations = _citations,
            Signals = _signals,
            Scores = new ArticleScores(Sensationalism),
        };
    }

    private TextSpan Find(string content) =>
        TryFind(content) ?? throw new InvalidOperationException($"'{content}' is not in the text of {id}.");

    private TextSpan? TryFind(string content)
    {
        var start = text.IndexOf(content, StringComparison.Ordinal);
        return start < 0 ? null : new TextSpan(start, content.Length);
    }
}

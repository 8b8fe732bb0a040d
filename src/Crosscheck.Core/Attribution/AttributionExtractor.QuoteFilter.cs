using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>Room for every feature of one quote-filter decision.</summary>
    internal const int MaxQuoteFeatures = 32;


    // Feature names without their model prefix; the relation filter writes them under "qf.", the content filter under "qc.".
    private static readonly string[] QuoteFeatureNames = ["bias", "kind=", "ks=", "cue=", "kc=", "lex=", "score=", "len=", "c1=", "s1=", "slen=", "order=", "parts=", "sent=", "oc=", "cn=", "lc=", "sk=", "csk=", "cn1=", "cp1=", "sck=", "dist=", "clast=", "kc2=", "skk="];
    private static readonly ulong[] RelationFilterPrefixes = PrefixHashes(CueModel.QuoteFilterPrefix);
    private static readonly ulong[] ContentFilterPrefixes = PrefixHashes(CueModel.ContentFilterPrefix);

    private static ulong[] PrefixHashes(string prefix)
    {
        var hashes = new ulong[QuoteFeatureNames.Length];
        for (var f = 0; f < hashes.Length; f++)
        {
            hashes[f] = CueFeatureHash.Of(prefix + QuoteFeatureNames[f]);
        }
        return hashes;
    }

    private static readonly string[] SpeakerLengths = ["0", "1", "2", "3"];

    private static readonly string[] QuoteLengthBuckets = ["1", "2", "3-5", "6-12", "13-30", "31+"];
    private static readonly string[] ScoreBuckets = ["none", "<-6", "-6..-2", "-2..0", "0..3", "3..8", "8+"];

    // The hashes of the filter's fixed values (string literals and the bucket arrays' entries), keyed by reference and
    // computed once; declared after the arrays it reads. Most of a quote's features are such values, and hashing them
    // again per quote cost the stage about 2 % (docs/accuracy.md, round 12).
    private static readonly Dictionary<object, ulong> FixedHashes = FixedValueHashes();

    private static Dictionary<object, ulong> FixedValueHashes()
    {
        var hashes = new Dictionary<object, ulong>(ReferenceEqualityComparer.Instance);
        foreach (var value in (string[])["", "direct", "indirect", "mixed", "nospk", "spk", "none", "hand", "learned", "other",
            "nocue", "cue-first", "cue-last", "cue-inside", "many", "one", "first", "later", "4+", "pronoun", "descriptor",
            "person", "org", "outlet", "place", "group", "after", "1", "2-3", "4-6", "7+", .. SpeakerLengths,
            .. QuoteLengthBuckets, .. ScoreBuckets])
        {
            hashes[string.IsInterned(value) ?? value] = CueFeatureHash.Of(value);
        }
        return hashes;
    }

    /// <summary>The hash of a fixed value, from <see cref="FixedHashes"/> when it is one of them.</summary>
    private static ulong Fixed(string value) => FixedHashes.TryGetValue(value, out var hash) ? hash : CueFeatureHash.Of(value);

    private bool UseQuoteFilter => _options.QuoteFilterThreshold > float.NegativeInfinity && _options.CueModel.HasQuoteFilterWeights;

    /// <summary>
    /// Drops the quotes the trained quote filter scores below <see cref="AttributionOptions.QuoteFilterThreshold"/>:
    /// shapes that are mostly wrong in annotated data (a learned cue with a one-word content and no speaker, a
    /// prepositional phrase read as content) rather than any one rule's output.
    /// </summary>
    private void FilterQuotes()
    {
        if (!UseQuoteFilter)
        {
            return;
        }
        Span<ulong> keys = stackalloc ulong[MaxQuoteFeatures];
        var keep = 0;
        for (var q = 0; q < _quotes.Count; q++)
        {
            var count = QuoteFeatures(_quotes[q], content: false, keys, null);
            if (IsLabelTurn(_quotes[q]) || IsStandaloneQuotation(_quotes[q]) || _options.CueModel.ScoreExtra(keys[..count]) >= _options.QuoteFilterThreshold
                || float.IsFinite(_options.ContentFilterThreshold) && (count = QuoteFeatures(_quotes[q], content: true, keys, null)) > 0
                    && _options.CueModel.ScoreExtra(keys[..count]) >= _options.ContentFilterThreshold)
            {
                _quotes[keep++] = _quotes[q];
            }
        }
        _quotes.RemoveRange(keep, _quotes.Count - keep);
    }

    /// <summary>
    /// Whether <paramref name="quote"/> is a speaker label's turn ("KANE: Who signed it?"), whose colon is its cue. The
    /// filter does not judge these: PolNeAR marks few transcript turns (16 of 65 on train), so a filter that mimics it
    /// drops them, yet a reader sees who speaks as plainly as after "said".
    /// </summary>
    private bool IsLabelTurn(Quote quote) => quote.CueSpan is { Length: 1 } cue && _text[cue.Start] == ':';

    /// <summary>
    /// Whether <paramref name="quote"/> is a quotation that fills its paragraph and names no one: no cue, no speaker,
    /// only punctuation beside it in its paragraph ("“We will not renew the contract.”" on a line of its own). The
    /// filter does not judge these either. PolNeAR marks no relation without a cue, so a filter that mimics it drops
    /// every such quotation, yet for a cross-check it is the quote a rewrite lifted without saying whose it is.
    /// Quoted fragments inside a sentence, the commoner cue-less case and mostly parts of an attribution the stage
    /// missed, stay the filter's call.
    /// </summary>
    private bool IsStandaloneQuotation(Quote quote)
    {
        if (quote.CueSpan is not null || quote.Speaker is not null || quote.SpeakerSpan is not null || quote.Kind != QuoteKind.Direct || quote.Span.IsEmpty)
        {
            return false;
        }
        var first = TokenAtOrAfter(quote.Span.Start);
        var last = TokenBefore(quote.Span.End);
        if (first >= _tokens.Length || last < first)
        {
            return false;
        }
        var paragraph = ParagraphOfOffset(_tokens[first].Span.Start);
        if (ParagraphOfOffset(_tokens[last].Span.Start) != paragraph)
        {
            return false;
        }
        // Only punctuation (its marks, a full stop after the closing one) may sit between the quotation and its
        // paragraph's edges: at most two tokens before and three after, a look that stays constant-time on one-line texts.
        var before = first - 1;
        while (before >= 0 && before >= first - 2 && _tokens[before].Kind == TokenKind.Punctuation && ParagraphOfOffset(_tokens[before].Span.Start) == paragraph)
        {
            before--;
        }
        if (before >= 0 && ParagraphOfOffset(_tokens[before].Span.Start) == paragraph)
        {
            return false;
        }
        var after = last + 1;
        while (after < _tokens.Length && after <= last + 3 && _tokens[after].Kind == TokenKind.Punctuation && ParagraphOfOffset(_tokens[after].Span.Start) == paragraph)
        {
            after++;
        }
        return after >= _tokens.Length || ParagraphOfOffset(_tokens[after].Span.Start) != paragraph;
    }

    /// <summary>Writes the quote filter's feature keys for <paramref name="quote"/> (and their names, when training).</summary>
    internal int QuoteFeatures(Quote quote, bool content, Span<ulong> keys, List<string>? names)
    {
        var n = 0;
        var prefixes = content ? ContentFilterPrefixes : RelationFilterPrefixes;
        var modelPrefix = content ? CueModel.ContentFilterPrefix : CueModel.QuoteFilterPrefix;
        // Each value is hashed once and shared by the features that use it; names are built only when training.
        void Text(Span<ulong> keys, int feature, ulong hash, ReadOnlySpan<char> text)
        {
            keys[n++] = CueFeatureHash.Key(prefixes[feature], hash);
            names?.Add(CueFeatureHash.Name(modelPrefix + QuoteFeatureNames[feature], text, [], pair: false));
        }
        void Pair(Span<ulong> keys, int feature, ulong first, ulong second, ReadOnlySpan<char> firstText, ReadOnlySpan<char> secondText)
        {
            keys[n++] = CueFeatureHash.Key(prefixes[feature], first, second);
            names?.Add(CueFeatureHash.Name(modelPrefix + QuoteFeatureNames[feature], firstText, secondText, pair: true));
        }
        var kind = quote.Kind switch
        {
            QuoteKind.Direct => "direct",
            QuoteKind.Indirect => "indirect",
            _ => "mixed",
        };
        var speaker = quote.SourceSpan ?? quote.SpeakerSpan;
        var contentFirst = TokenAtOrAfter(quote.Span.Start);
        var contentLast = TokenBefore(quote.Span.End);
        var words = 0;
        for (var t = contentFirst; t <= contentLast && t < _tokens.Length && words < 31; t++)
        {
            if (_tokens[t].Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }
        var cueToken = quote.CueSpan is { } cueSpan ? TokenAtOrAfter(cueSpan.Start) : -1;
        var cueWord = cueToken >= 0 && cueToken < _tokens.Length ? Word(cueToken) : "-";
        var lexicons = cueToken >= 0 && cueToken < _tokens.Length ? CueWordOf(cueToken) : default;
        var lex = cueToken < 0 ? "none" : lexicons.Hand is not null ? "hand" : lexicons.Learned is not null ? "learned" : "other";
        var score = "none";
        if (cueToken >= 0 && cueToken < _tokens.Length && IsCueCandidate(cueToken, lexicons))
        {
            var s = CueScore(cueToken, lexicons);
            score = ScoreBuckets[s < -6 ? 1 : s < -2 ? 2 : s < 0 ? 3 : s < 3 ? 4 : s < 8 ? 5 : 6];
        }
        var speakerWords = 0;
        ReadOnlySpan<char> speakerFirst = "-";
        if (speaker is { } sp)
        {
            var first = TokenAtOrAfter(sp.Start);
            speakerFirst = first < _tokens.Length && IsLower(first) ? Word(first) : first < _tokens.Length && IsWord(first) ? "X" : "other";
            for (var t = first; t < _tokens.Length && _tokens[t].Span.Start < sp.End && speakerWords < 4; t++)
            {
                speakerWords++;
            }
        }
        var order = quote.CueSpan is not { } c ? "nocue" : c.End <= quote.Span.Start ? "cue-first" : c.Start >= quote.Span.End ? "cue-last" : "cue-inside";
        var contentWord = contentFirst < _tokens.Length ? (IsLower(contentFirst) ? Word(contentFirst) : IsWord(contentFirst) ? "X" : _tokens[contentFirst].Kind == TokenKind.Number ? "9" : Word(contentFirst)) : "-";
        var length = QuoteLengthBuckets[words <= 1 ? 0 : words == 2 ? 1 : words <= 5 ? 2 : words <= 12 ? 3 : words <= 30 ? 4 : 5];
        var hasSpeaker = speaker is null ? "nospk" : "spk";
        var cueText = cueToken < 0 ? "-" : cueWord;
        var kindHash = Fixed(kind);
        var speakerHash = Fixed(hasSpeaker);
        var cueHash = CueFeatureHash.Of(cueText);
        var lexHash = Fixed(lex);
        var lengthHash = Fixed(length);
        var contentHash = CueFeatureHash.Of(contentWord);
        var orderHash = Fixed(order);
        Text(keys, 0, Fixed(""), []);
        Text(keys, 1, kindHash, kind);
        Pair(keys, 2, kindHash, speakerHash, kind, hasSpeaker);
        Text(keys, 3, cueHash, cueText);
        Pair(keys, 4, kindHash, cueHash, kind, cueText);
        Pair(keys, 5, lexHash, speakerHash, lex, hasSpeaker);
        var scoreHash = Fixed(score);
        Pair(keys, 6, scoreHash, lexHash, score, lex);
        Pair(keys, 7, kindHash, lengthHash, kind, length);
        Text(keys, 8, contentHash, contentWord);
        Text(keys, 9, CueFeatureHash.Of(speakerFirst), speakerFirst);
        var speakerLength = speakerWords >= 4 ? "4+" : SpeakerLengths[speakerWords];
        Text(keys, 10, Fixed(speakerLength), speakerLength);
        Pair(keys, 11, kindHash, orderHash, kind, order);
        var parts = quote.Parts.Count > 1 ? "many" : "one";
        Text(keys, 12, Fixed(parts), parts);
        var sentence = quote.SentenceIndex == 0 ? "first" : "later";
        Text(keys, 13, Fixed(sentence), sentence);
        Pair(keys, 14, orderHash, contentHash, order, contentWord);
        Pair(keys, 15, cueHash, contentHash, cueText, contentWord);
        Pair(keys, 16, lexHash, lengthHash, lex, length);
        // The speaker's kind, the words around the cue and the content's edges: a cue the model doubts is right or wrong
        // mostly by the frame the rules read around it ("argued that" after a name, "argued" before a noun phrase).
        var speakerKind = "nospk";
        var speakerToken = -1;
        if (quote.SpeakerSpan is { } mention)
        {
            speakerToken = TokenAtOrAfter(mention.Start);
            speakerKind = speakerToken < _tokens.Length ? MentionKindName(speakerToken) : "none";
        }
        var speakerKindHash = Fixed(speakerKind);
        Text(keys, 17, speakerKindHash, speakerKind);
        Pair(keys, 18, cueHash, speakerKindHash, cueText, speakerKind);
        var after = cueToken < 0 ? "-" : FilterToken(cueToken + 1);
        var before = cueToken < 0 ? "-" : FilterToken(cueToken - 1);
        Pair(keys, 19, cueHash, CueFeatureHash.Of(after), cueText, after);
        Text(keys, 20, CueFeatureHash.Of(before), before);
        Pair(keys, 21, scoreHash, kindHash, score, kind);
        var distance = "none";
        if (speakerToken >= 0 && cueToken >= 0)
        {
            var d = cueToken - speakerToken;
            distance = d < 0 ? "after" : d <= 1 ? "1" : d <= 3 ? "2-3" : d <= 6 ? "4-6" : "7+";
        }
        Pair(keys, 22, Fixed(distance), speakerKindHash, distance, speakerKind);
        var last = contentLast >= 0 && contentLast < _tokens.Length ? FilterToken(contentLast) : "-";
        Pair(keys, 23, kindHash, CueFeatureHash.Of(last), kind, last);
        var second = contentFirst + 1 < _tokens.Length ? FilterToken(contentFirst + 1) : "-";
        Pair(keys, 24, contentHash, CueFeatureHash.Of(second), contentWord, second);
        Pair(keys, 25, speakerKindHash, kindHash, speakerKind, kind);
        return n;
    }

    /// <summary>A token for the quote filter: a lower-case word itself, X for a capitalised one, 9 for a number, the mark.</summary>
    private ReadOnlySpan<char> FilterToken(int k)
    {
        if (k < 0 || k >= _tokens.Length)
        {
            return "<s>";
        }
        return _tokens[k].Kind == TokenKind.Number ? "9" : IsLower(k) ? Word(k) : IsWord(k) ? "X" : IsPunct(k, '|') ? "<bar>" : Word(k);
    }
}

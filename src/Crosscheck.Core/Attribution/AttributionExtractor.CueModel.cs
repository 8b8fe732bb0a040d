using Crosscheck.Entities;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>Room for every feature <see cref="CueFeatures"/> writes.</summary>
    internal const int MaxCueFeatures = 32;

    private static readonly string[] PrecisionBuckets = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    private static readonly string[] HaveForms = ["has", "have", "had"];
    private static readonly string[] Modals = ["will", "would", "could", "can", "may", "might", "should", "must"];
    private static readonly string[] PositionBuckets = ["0", "1", "2", "3", "4-6", "7-12", "13+"];

    // Scores of the cue model per token, computed on first use (NaN until then): the parsers ask about the same token
    // many times.
    private float[]? _cueScores;

    /// <summary>
    /// Whether token <paramref name="i"/> is a candidate the cue model decides on: a lower-case word outside quotation
    /// marks that is in the hand lexicon or in the model's vocabulary, and does not start a two-word cue.
    /// </summary>
    internal bool IsCueCandidate(int i)
    {
        if (!IsLower(i) || AttributionLexicons.PhrasalLookup.TryGetValue(Word(i), out var phrasal) && StartsPhrasal(i, phrasal))
        {
            return false;
        }
        return (AttributionLexicons.CueLookup.ContainsKey(Word(i)) || _options.CueModel.VocabularyLookup.ContainsKey(Word(i))) && !InsideRun(_tokens[i].Span.Start);
    }

    internal (bool Cue, bool Candidate, float Score) DebugCue(int i) => (TryCue(i, out _), IsCueCandidate(i), IsCueCandidate(i) ? CueScore(i) : float.NaN);

    private bool StartsPhrasal(int i, (string Particle, string Lemma, CueClass Class)[] phrasal)
    {
        foreach (var (particle, _, _) in phrasal)
        {
            if (Is(i + 1, particle))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The cue model's score of candidate <paramref name="i"/> (positive: a cue).</summary>
    private float CueScore(int i)
    {
        if (_cueScores is null)
        {
            _cueScores = new float[_tokens.Count];
            Array.Fill(_cueScores, float.NaN);
        }
        var score = _cueScores[i];
        if (float.IsNaN(score))
        {
            Span<ulong> keys = stackalloc ulong[MaxCueFeatures];
            var count = CueFeatures(i, keys, null);
            score = _cueScores[i] = _options.CueModel.Score(keys[..count]);
        }
        return score;
    }

    /// <summary>
    /// Writes the cue model's feature keys for candidate <paramref name="i"/> into <paramref name="keys"/> and returns
    /// how many; with <paramref name="names"/> it also lists their readable names (training only).
    /// </summary>
    internal int CueFeatures(int i, Span<ulong> keys, List<string>? names)
    {
        var n = 0;
        var word = Word(i);
        var sentence = _tokenSentence[i];
        void Add(Span<ulong> keys, string prefix, ReadOnlySpan<char> value)
        {
            keys[n++] = CueFeatureHash.Of(prefix, value);
            names?.Add(CueFeatureHash.Name(prefix, value, [], pair: false));
        }
        void Pair(Span<ulong> keys, string prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            keys[n++] = CueFeatureHash.Of(prefix, first, second);
            names?.Add(CueFeatureHash.Name(prefix, first, second, pair: true));
        }
        Add(keys, "bias", []);
        Add(keys, "w=", word);
        Add(keys, "s3=", word.Length > 3 ? word[^3..] : word);
        Add(keys, "p1=", FeatureValue(i - 1, sentence));
        Add(keys, "p2=", FeatureValue(i - 2, sentence));
        Add(keys, "n1=", FeatureValue(i + 1, sentence));
        Add(keys, "n2=", FeatureValue(i + 2, sentence));
        Pair(keys, "wn1=", word, FeatureValue(i + 1, sentence));
        Pair(keys, "p1w=", FeatureValue(i - 1, sentence), word);
        Pair(keys, "s3n1=", word.Length > 3 ? word[^3..] : word, FeatureValue(i + 1, sentence));
        Add(keys, "ps1=", FeatureShape(i - 1, sentence));
        Add(keys, "ns1=", FeatureShape(i + 1, sentence));
        Pair(keys, "ps21=", FeatureShape(i - 2, sentence), FeatureShape(i - 1, sentence));
        Pair(keys, "ns12=", FeatureShape(i + 1, sentence), FeatureShape(i + 2, sentence));
        Add(keys, "lex=", AttributionLexicons.CueLookup.TryGetValue(word, out var hand) ? ClassName(hand.Class) : "none");
        if (_options.CueModel.VocabularyLookup.TryGetValue(word, out var learned))
        {
            Add(keys, "prec=", PrecisionBuckets[Math.Clamp((int)(learned.Precision * 10), 0, 10)]);
            Add(keys, "cues=", learned.Cues >= 100 ? "100+" : learned.Cues >= 20 ? "20+" : learned.Cues >= 5 ? "5+" : "2+");
        }
        else
        {
            Add(keys, "prec=", "none");
        }
        var first = SentenceTokens(sentence).First;
        var position = i - first;
        Add(keys, "pos=", PositionBuckets[position <= 3 ? Math.Max(position, 0) : position <= 6 ? 4 : position <= 12 ? 5 : 6]);
        Add(keys, "qb=", QuoteMarkWithin(i - 3, i - 1) ? "1" : "0");
        Add(keys, "qa=", QuoteMarkWithin(i + 1, i + 3) ? "1" : "0");
        Add(keys, "m1=", MentionKindName(i - 1));
        Add(keys, "m2=", MentionKindName(i - 2));
        Add(keys, "that3=", ThatAhead(i + 1, i + 3) ? "1" : "0");
        var b = i - 1;
        while (b > first && IsLower(b) && b >= i - 3 && (Word(b).EndsWith("ly", StringComparison.Ordinal) || Is(b, "not")))
        {
            b--;
        }
        Pair(keys, "aux=", IsOneOf(b, PassiveBe) ? "be" : IsOneOf(b, HaveForms) ? "have" : Is(b, "to") ? "to" : IsOneOf(b, Modals) ? "modal" : "other", word.Length > 2 ? word[^2..] : word);
        return n;
    }

    private static string ClassName(CueClass cueClass) => cueClass switch
    {
        CueClass.Speech => "speech",
        CueClass.Belief => "belief",
        CueClass.Intent => "intent",
        _ => "report",
    };

    private string MentionKindName(int i)
    {
        if (i < 0 || i >= _tokens.Count || !IsWord(i))
        {
            return "none";
        }
        return MentionAt(i) switch
        {
            null => "none",
            { Form: MentionForm.Pronoun } => "pronoun",
            { Form: MentionForm.Descriptor } => "descriptor",
            { Kind: EntityKind.Person } => "person",
            { Kind: EntityKind.Organization } => "org",
            { Kind: EntityKind.Outlet } => "outlet",
            { Kind: EntityKind.Place } => "place",
            _ => "group",
        };
    }

    private bool QuoteMarkWithin(int from, int to)
    {
        for (var k = Math.Max(from, 0); k <= to && k < _tokens.Count; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Span.Start] is '"' or '\u201C' or '\u201D')
            {
                return true;
            }
        }
        return false;
    }

    private bool ThatAhead(int from, int to)
    {
        for (var k = from; k <= to && k < _tokens.Count; k++)
        {
            if (Is(k, "that"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A neighbour's value: its word, "&lt;num&gt;", its punctuation mark, or "&lt;s&gt;" outside the sentence.</summary>
    private ReadOnlySpan<char> FeatureValue(int k, int sentence)
    {
        if (k < 0 || k >= _tokens.Count || _tokenSentence[k] != sentence)
        {
            return "<s>";
        }
        return _tokens[k].Kind == TokenKind.Number ? "<num>" : Word(k);
    }

    /// <summary>A neighbour's shape: X (capitalised word), x (lower-case word), 9 (number), its punctuation mark, or &lt;s&gt;.</summary>
    private ReadOnlySpan<char> FeatureShape(int k, int sentence)
    {
        if (k < 0 || k >= _tokens.Count || _tokenSentence[k] != sentence)
        {
            return "<s>";
        }
        return _tokens[k].Kind switch
        {
            TokenKind.Number => "9",
            TokenKind.Punctuation => Word(k),
            _ => char.IsUpper(_text[_tokens[k].Span.Start]) ? "X" : "x",
        };
    }
}

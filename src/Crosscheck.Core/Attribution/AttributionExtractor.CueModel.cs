using Crosscheck.Entities;
using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>Room for every feature <see cref="CueFeatures(int, Span{ulong}, List{string})"/> writes.</summary>
    internal const int MaxCueFeatures = 32;

    private static readonly string[] PrecisionBuckets = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    private static readonly string[] HaveForms = ["has", "have", "had"];
    private static readonly string[] Modals = ["will", "would", "could", "can", "may", "might", "should", "must"];
    private static readonly string[] PositionBuckets = ["0", "1", "2", "3", "4-6", "7-12", "13+"];

    // The hashes of the fixed values CueFeatures writes (bucket names, flags, class and kind names), computed once: a
    // candidate has a dozen of them, and hashing them again for each was about a tenth of its features' cost.
    private static readonly ulong[] PrecisionBucketHashes = HashesOf(PrecisionBuckets);
    private static readonly ulong[] PositionBucketHashes = HashesOf(PositionBuckets);
    private static readonly string[] CueCountBuckets = ["100+", "20+", "5+", "2+"];
    private static readonly ulong[] CueCountBucketHashes = HashesOf(CueCountBuckets);
    private static readonly string[] ClassNames = ["speech", "belief", "intent", "report", "none"];
    private static readonly ulong[] ClassNameHashes = HashesOf(ClassNames);
    private static readonly string[] MentionKindNames = ["none", "pronoun", "descriptor", "person", "org", "outlet", "place", "group"];
    private static readonly ulong[] MentionKindHashes = HashesOf(MentionKindNames);
    private static readonly string[] AuxiliaryNames = ["be", "have", "to", "modal", "other"];
    private static readonly ulong[] AuxiliaryHashes = HashesOf(AuxiliaryNames);
    private static readonly ulong EmptyHash = CueFeatureHash.Of([]);
    private static readonly ulong ZeroHash = CueFeatureHash.Of("0");
    private static readonly ulong OneHash = CueFeatureHash.Of("1");

    private static ulong[] HashesOf(string[] values)
    {
        var hashes = new ulong[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            hashes[k] = CueFeatureHash.Of(values[k]);
        }
        return hashes;
    }

    // Scores of the cue model per token, computed on first use (NaN until then): the parsers ask about the same token
    // many times.
    private float[]? _cueScores;

    /// <summary>
    /// Whether token <paramref name="i"/> is a candidate the cue model decides on: a lower-case word outside quotation
    /// marks that is in the hand lexicon or in the model's vocabulary, and does not start a two-word cue.
    /// </summary>
    internal bool IsCueCandidate(int i) => IsLower(i) && IsCueCandidate(i, CueWordOf(i));

    /// <summary>As <see cref="IsCueCandidate(int)"/>, with the word's lexicon entries already looked up.</summary>
    private bool IsCueCandidate(int i, in CueWord lexicons)
    {
        if (!IsLower(i))
        {
            return false;
        }
        if (lexicons.Phrasal is { } phrasal && StartsPhrasal(i, phrasal))
        {
            return false;
        }
        return (lexicons.Hand is not null || lexicons.Learned is not null) && !InsideRun(_tokens[i].Span.Start);
    }

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
        var score = CachedCueScore(i);
        return float.IsNaN(score) ? ScoreCue(i, CueWordOf(i)) : score;
    }

    /// <summary>As <see cref="CueScore(int)"/>, with the word's lexicon entries already looked up (TryCue has them).</summary>
    private float CueScore(int i, in CueWord lexicons)
    {
        var score = CachedCueScore(i);
        return float.IsNaN(score) ? ScoreCue(i, lexicons) : score;
    }

    /// <summary>The score computed for token <paramref name="i"/> so far, NaN when none is.</summary>
    private float CachedCueScore(int i)
    {
        if (_cueScores is null)
        {
            _cueScores = new float[_tokens.Length];
            Array.Fill(_cueScores, float.NaN);
        }
        return _cueScores[i];
    }

    private float ScoreCue(int i, in CueWord lexicons)
    {
        Span<ulong> keys = stackalloc ulong[MaxCueFeatures];
        var count = CueFeatures(i, keys, null, lexicons);
        return _cueScores![i] = _options.CueModel.Score(keys[..count]);
    }

    private static readonly ulong PrefixAux = CueFeatureHash.Of("aux=");
    private static readonly ulong PrefixBias = CueFeatureHash.Of("bias");
    private static readonly ulong PrefixCues = CueFeatureHash.Of("cues=");
    private static readonly ulong PrefixLex = CueFeatureHash.Of("lex=");
    private static readonly ulong PrefixM1 = CueFeatureHash.Of("m1=");
    private static readonly ulong PrefixM2 = CueFeatureHash.Of("m2=");
    private static readonly ulong PrefixN1 = CueFeatureHash.Of("n1=");
    private static readonly ulong PrefixN2 = CueFeatureHash.Of("n2=");
    private static readonly ulong PrefixNs12 = CueFeatureHash.Of("ns12=");
    private static readonly ulong PrefixNs1 = CueFeatureHash.Of("ns1=");
    private static readonly ulong PrefixP1 = CueFeatureHash.Of("p1=");
    private static readonly ulong PrefixP1w = CueFeatureHash.Of("p1w=");
    private static readonly ulong PrefixP2 = CueFeatureHash.Of("p2=");
    private static readonly ulong PrefixPos = CueFeatureHash.Of("pos=");
    private static readonly ulong PrefixPrec = CueFeatureHash.Of("prec=");
    private static readonly ulong PrefixPs1 = CueFeatureHash.Of("ps1=");
    private static readonly ulong PrefixPs21 = CueFeatureHash.Of("ps21=");
    private static readonly ulong PrefixQa = CueFeatureHash.Of("qa=");
    private static readonly ulong PrefixQb = CueFeatureHash.Of("qb=");
    private static readonly ulong PrefixS3 = CueFeatureHash.Of("s3=");
    private static readonly ulong PrefixS3n1 = CueFeatureHash.Of("s3n1=");
    private static readonly ulong PrefixThat3 = CueFeatureHash.Of("that3=");
    private static readonly ulong PrefixW = CueFeatureHash.Of("w=");
    private static readonly ulong PrefixWn1 = CueFeatureHash.Of("wn1=");

    private static readonly ulong Outside = CueFeatureHash.Of("<s>");
    private static readonly ulong NumberValue = CueFeatureHash.Of("<num>");
    private static readonly ulong BarValue = CueFeatureHash.Of("<bar>");
    private static readonly ulong UpperShape = CueFeatureHash.Of("X");
    private static readonly ulong LowerShape = CueFeatureHash.Of("x");
    private static readonly ulong NumberShape = CueFeatureHash.Of("9");

    // Per token: the hash of its feature value, 0 until first asked; neighbours are shared by many candidates.
    private ulong[]? _valueHashes;

    /// <summary>
    /// Writes the cue model's feature keys for candidate <paramref name="i"/> into <paramref name="keys"/> and returns
    /// how many; with <paramref name="names"/> it also lists their readable names (training only).
    /// </summary>
    internal int CueFeatures(int i, Span<ulong> keys, List<string>? names) => CueFeatures(i, keys, names, CueWordOf(i));

    /// <summary>As <see cref="CueFeatures(int, Span{ulong}, List{string})"/>, with the word's lexicon entries already looked up.</summary>
    private int CueFeatures(int i, Span<ulong> keys, List<string>? names, in CueWord lexicons)
    {
        var writer = new CueKeyWriter(keys, names);
        var word = Word(i);
        var sentence = _tokenSentence[i];
        var training = names is not null;
        var self = ValueHash(i, sentence);
        var suffix = word.Length > 3 ? word[^3..] : word;
        var suffixHash = CueFeatureHash.Of(suffix);
        var next = ValueHash(i + 1, sentence);
        var previous = ValueHash(i - 1, sentence);
        writer.Add(PrefixBias, "bias", EmptyHash, []);
        writer.Add(PrefixW, "w=", self, word);
        writer.Add(PrefixS3, "s3=", suffixHash, suffix);
        writer.Add(PrefixP1, "p1=", previous, training ? FeatureValue(i - 1, sentence) : []);
        writer.Add(PrefixP2, "p2=", ValueHash(i - 2, sentence), training ? FeatureValue(i - 2, sentence) : []);
        writer.Add(PrefixN1, "n1=", next, training ? FeatureValue(i + 1, sentence) : []);
        writer.Add(PrefixN2, "n2=", ValueHash(i + 2, sentence), training ? FeatureValue(i + 2, sentence) : []);
        writer.Pair(PrefixWn1, "wn1=", self, next, word, training ? FeatureValue(i + 1, sentence) : []);
        writer.Pair(PrefixP1w, "p1w=", previous, self, training ? FeatureValue(i - 1, sentence) : [], word);
        writer.Pair(PrefixS3n1, "s3n1=", suffixHash, next, suffix, training ? FeatureValue(i + 1, sentence) : []);
        writer.Add(PrefixPs1, "ps1=", ShapeHash(i - 1, sentence), training ? FeatureShape(i - 1, sentence) : []);
        writer.Add(PrefixNs1, "ns1=", ShapeHash(i + 1, sentence), training ? FeatureShape(i + 1, sentence) : []);
        writer.Pair(PrefixPs21, "ps21=", ShapeHash(i - 2, sentence), ShapeHash(i - 1, sentence), training ? FeatureShape(i - 2, sentence) : [], training ? FeatureShape(i - 1, sentence) : []);
        writer.Pair(PrefixNs12, "ns12=", ShapeHash(i + 1, sentence), ShapeHash(i + 2, sentence), training ? FeatureShape(i + 1, sentence) : [], training ? FeatureShape(i + 2, sentence) : []);
        var lex = lexicons.Hand is { } hand ? ClassIndex(hand.Class) : ClassNames.Length - 1;
        writer.Add(PrefixLex, "lex=", ClassNameHashes[lex], ClassNames[lex]);
        if (lexicons.Learned is { } learned)
        {
            var precision = Math.Clamp((int)(learned.Precision * 10), 0, 10);
            writer.Add(PrefixPrec, "prec=", PrecisionBucketHashes[precision], PrecisionBuckets[precision]);
            var cues = learned.Cues >= 100 ? 0 : learned.Cues >= 20 ? 1 : learned.Cues >= 5 ? 2 : 3;
            writer.Add(PrefixCues, "cues=", CueCountBucketHashes[cues], CueCountBuckets[cues]);
        }
        else
        {
            writer.Add(PrefixPrec, "prec=", ClassNameHashes[^1], "none");
        }
        var first = SentenceTokens(sentence).First;
        var position = i - first;
        var bucket = position <= 3 ? Math.Max(position, 0) : position <= 6 ? 4 : position <= 12 ? 5 : 6;
        writer.Add(PrefixPos, "pos=", PositionBucketHashes[bucket], PositionBuckets[bucket]);
        Flag(ref writer, PrefixQb, "qb=", QuoteMarkWithin(i - 3, i - 1));
        Flag(ref writer, PrefixQa, "qa=", QuoteMarkWithin(i + 1, i + 3));
        var m1 = MentionKindIndex(i - 1);
        writer.Add(PrefixM1, "m1=", MentionKindHashes[m1], MentionKindNames[m1]);
        var m2 = MentionKindIndex(i - 2);
        writer.Add(PrefixM2, "m2=", MentionKindHashes[m2], MentionKindNames[m2]);
        Flag(ref writer, PrefixThat3, "that3=", ThatAhead(i + 1, i + 3));
        var b = i - 1;
        while (b > first && IsLower(b) && b >= i - 3 && (Word(b).EndsWith("ly", StringComparison.Ordinal) || Is(b, "not")))
        {
            b--;
        }
        var auxiliary = IsOneOf(b, PassiveBe) ? 0 : IsOneOf(b, HaveForms) ? 1 : Is(b, "to") ? 2 : IsOneOf(b, Modals) ? 3 : 4;
        var ending = word.Length > 2 ? word[^2..] : word;
        writer.Pair(PrefixAux, "aux=", AuxiliaryHashes[auxiliary], CueFeatureHash.Of(ending), AuxiliaryNames[auxiliary], ending);
        return writer.Count;
    }

    private static void Flag(ref CueKeyWriter writer, ulong prefixHash, string prefix, bool value) =>
        writer.Add(prefixHash, prefix, value ? OneHash : ZeroHash, value ? "1" : "0");

    /// <summary>The hash of a neighbour's <see cref="FeatureValue"/>, cached per token.</summary>
    private ulong ValueHash(int k, int sentence)
    {
        if (k < 0 || k >= _tokens.Length || _tokenSentence[k] != sentence)
        {
            return Outside;
        }
        if (_tokens[k].Kind == TokenKind.Number)
        {
            return NumberValue;
        }
        if (IsPunct(k, '|'))
        {
            return BarValue;
        }
        _valueHashes ??= new ulong[_tokens.Length];
        var hash = _valueHashes[k];
        if (hash == 0)
        {
            hash = CueFeatureHash.Of(Word(k));
            _valueHashes[k] = hash == 0 ? 1 : hash;
        }
        return hash;
    }

    /// <summary>The hash of a neighbour's <see cref="FeatureShape"/>.</summary>
    private ulong ShapeHash(int k, int sentence)
    {
        if (k < 0 || k >= _tokens.Length || _tokenSentence[k] != sentence)
        {
            return Outside;
        }
        return _tokens[k].Kind switch
        {
            TokenKind.Number => NumberShape,
            TokenKind.Punctuation => ValueHash(k, sentence),
            _ => char.IsUpper(_text[_tokens[k].Span.Start]) ? UpperShape : LowerShape,
        };
    }

    /// <summary>The index of a hand cue's class in <see cref="ClassNames"/>.</summary>
    private static int ClassIndex(CueClass cueClass) => cueClass switch
    {
        CueClass.Speech => 0,
        CueClass.Belief => 1,
        CueClass.Intent => 2,
        _ => 3,
    };

    private string MentionKindName(int i) => MentionKindNames[MentionKindIndex(i)];

    /// <summary>The index in <see cref="MentionKindNames"/> of the mention at token <paramref name="i"/>.</summary>
    private int MentionKindIndex(int i)
    {
        if (i < 0 || i >= _tokens.Length || !IsWord(i))
        {
            return 0;
        }
        return MentionAt(i) switch
        {
            null => 0,
            { Form: MentionForm.Pronoun } => 1,
            { Form: MentionForm.Descriptor } => 2,
            { Kind: EntityKind.Person } => 3,
            { Kind: EntityKind.Organization } => 4,
            { Kind: EntityKind.Outlet } => 5,
            { Kind: EntityKind.Place } => 6,
            _ => 7,
        };
    }

    private bool QuoteMarkWithin(int from, int to)
    {
        for (var k = Math.Max(from, 0); k <= to && k < _tokens.Length; k++)
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
        for (var k = from; k <= to && k < _tokens.Length; k++)
        {
            if (Is(k, "that"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A neighbour's value: its word, "&lt;num&gt;", its punctuation mark ("&lt;bar&gt;" for '|', the pair separator), or "&lt;s&gt;" outside the sentence.</summary>
    private ReadOnlySpan<char> FeatureValue(int k, int sentence)
    {
        if (k < 0 || k >= _tokens.Length || _tokenSentence[k] != sentence)
        {
            return "<s>";
        }
        return _tokens[k].Kind == TokenKind.Number ? "<num>" : IsPunct(k, '|') ? "<bar>" : Word(k);
    }

    /// <summary>A neighbour's shape: X (capitalised word), x (lower-case word), 9 (number), its punctuation mark, or &lt;s&gt;.</summary>
    private ReadOnlySpan<char> FeatureShape(int k, int sentence)
    {
        if (k < 0 || k >= _tokens.Length || _tokenSentence[k] != sentence)
        {
            return "<s>";
        }
        return _tokens[k].Kind switch
        {
            TokenKind.Number => "9",
            TokenKind.Punctuation => IsPunct(k, '|') ? "<bar>" : Word(k),
            _ => char.IsUpper(_text[_tokens[k].Span.Start]) ? "X" : "x",
        };
    }
}

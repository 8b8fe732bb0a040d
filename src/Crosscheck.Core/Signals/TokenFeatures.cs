using System.Collections.Frozen;
using Crosscheck.Claims;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// The features the propaganda model reads, for one article: per token (for span identification) and per span (for
/// the technique). Built once per article; emits into a <see cref="FeatureSink"/> through a reused buffer, so scoring
/// allocates nothing per feature.
/// </summary>
/// <remarks>
/// Per token: the word, its suffix and shape, the two words either side and the two bigrams, lexicon hits on and near the
/// token and anywhere in its sentence, whether it is quoted, its position in the sentence, the sentence's length and
/// final mark, and how often the word recurs in the article (repetition). Not thread-safe: one instance per call.
/// </remarks>
internal sealed class TokenFeatures
{
    private const int LexiconWindow = 3;
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["and", "but", "because", "while", "which", "who", "whereas", "although", "though", "since", "so", "or", "yet", "if", "unless", "when"],
        StringComparer.Ordinal);
    private static readonly int TechniqueCount = Enum.GetValues<Technique>().Length;

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly string[] _lower;
    private readonly int[] _lexicon;
    private readonly int[] _sentenceStart;
    private readonly int[] _sentenceEnd;
    private readonly long[] _sentenceLexicons;
    private readonly byte[] _sentenceMark;
    private readonly bool[] _quoted;
    private readonly int[] _sentenceOf;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly char[] _buffer = new char[160];
    private readonly string _density;

    public TokenFeatures(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        _text = text;
        _tokens = tokens;
        var n = tokens.Count;
        _lower = new string[n];
        _lexicon = new int[n];
        _sentenceStart = new int[n];
        _sentenceEnd = new int[n];
        _quoted = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var lower = tokens[i].Span.Substring(text).ToLowerInvariant();
            _lower[i] = lower;
            if (tokens[i].Kind == TokenKind.Word && lower.Length > 3)
            {
                _frequency[lower] = _frequency.GetValueOrDefault(lower) + 1;
            }
        }

        var matches = new List<PhraseMatch<SignalEntry>>();
        foreach (var matcher in SignalLexicons.Matchers)
        {
            matches.Clear();
            matcher.FindAll(text, tokens, 0, n, matches);
            foreach (var match in matches)
            {
                for (var t = match.FirstToken; t < match.FirstToken + match.TokenCount; t++)
                {
                    _lexicon[t] = (int)match.Value.Technique + 1;
                }
            }
        }

        // How charged the whole article is: lexicon hits per 100 tokens. Propaganda clusters in some articles.
        var hits = 0;
        foreach (var code in _lexicon)
        {
            if (code > 0)
            {
                hits++;
            }
        }
        _density = Bucket(hits * 100 / Math.Max(n, 1));

        var quoted = new SpanIndex(TextRegions.QuotationMarkRegions(text));
        for (var i = 0; i < n; i++)
        {
            _quoted[i] = quoted.Contains(tokens[i].Span.Start);
        }

        _sentenceOf = new int[n];
        _sentenceLexicons = new long[Math.Max(sentences.Count, 1)];
        _sentenceMark = new byte[Math.Max(sentences.Count, 1)];
        var s = 0;
        for (var i = 0; i < n; i++)
        {
            // A token belongs to the last sentence starting at or before it; tokens before the first join the first.
            while (s + 1 < sentences.Count && tokens[i].Span.Start >= sentences[s + 1].Span.Start)
            {
                s++;
            }
            _sentenceOf[i] = s;
        }
        var start = 0;
        for (var i = 1; i <= n; i++)
        {
            if (i < n && _sentenceOf[i] == _sentenceOf[start])
            {
                continue;
            }
            var sentence = _sentenceOf[start];
            for (var t = start; t < i; t++)
            {
                _sentenceStart[t] = start;
                _sentenceEnd[t] = i;
                if (_lexicon[t] > 0)
                {
                    _sentenceLexicons[sentence] |= 1L << (_lexicon[t] - 1);
                }
            }
            var last = _lower[i - 1];
            _sentenceMark[sentence] = last == "!" ? (byte)1 : last == "?" ? (byte)2 : (byte)0;
            start = i;
        }
    }

    /// <summary>Number of tokens.</summary>
    public int Count => _tokens.Count;

    /// <summary>The tokens.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The article text.</summary>
    public string Text => _text;

    /// <summary>Lower-cased text of token <paramref name="index"/>.</summary>
    public string Lower(int index) => _lower[index];

    /// <summary>Whether token <paramref name="index"/> is punctuation.</summary>
    public bool IsPunctuation(int index) => _tokens[index].Kind == TokenKind.Punctuation;

    /// <summary>Emits the span-identification features of token <paramref name="i"/>.</summary>
    public void EmitToken(int i, FeatureSink sink)
    {
        var lower = _lower[i];
        var first = _sentenceStart[i];
        var end = _sentenceEnd[i];
        Emit(sink, "b", "");
        Emit(sink, "w=", lower);
        if (lower.Length > 4)
        {
            Emit(sink, "s3=", lower.AsSpan(lower.Length - 3));
        }
        Emit(sink, "sh=", Shape(i));
        Emit(sink, "w-1=", Word(i - 1, first, end));
        Emit(sink, "w+1=", Word(i + 1, first, end));
        Emit(sink, "w-2=", Word(i - 2, first, end));
        Emit(sink, "w+2=", Word(i + 2, first, end));
        Emit2(sink, "bl=", Word(i - 1, first, end), lower);
        Emit2(sink, "br=", lower, Word(i + 1, first, end));
        if (_lexicon[i] > 0)
        {
            Emit(sink, "lx=", TechniqueCode(_lexicon[i]));
        }
        for (var d = 1; d <= LexiconWindow; d++)
        {
            if (i - d >= first && _lexicon[i - d] > 0)
            {
                Emit(sink, "lxl=", TechniqueCode(_lexicon[i - d]));
            }
            if (i + d < end && _lexicon[i + d] > 0)
            {
                Emit(sink, "lxr=", TechniqueCode(_lexicon[i + d]));
            }
        }
        var sentence = _sentenceOf[i];
        var mask = _sentenceLexicons[sentence];
        for (var t = 0; t < TechniqueCount; t++)
        {
            if ((mask & (1L << t)) != 0)
            {
                Emit(sink, "slx=", TechniqueCode(t + 1));
            }
        }
        if (_quoted[i])
        {
            Emit(sink, "q", "");
        }
        switch (_sentenceMark[sentence])
        {
            case 1:
                Emit(sink, "s!", "");
                break;
            case 2:
                Emit(sink, "s?", "");
                break;
        }
        Emit(sink, "pos=", Bucket(i - first));
        Emit(sink, "dens=", _density);
        if (_sentenceOf[i] == 0)
        {
            Emit(sink, "first", "");
        }
        Emit(sink, "rpos=", Bucket(end - 1 - i));
        Emit(sink, "slen=", Bucket(end - first));
        if (_frequency.TryGetValue(lower, out var count) && count > 1)
        {
            Emit(sink, "fq=", count switch { 2 => "2", <= 4 => "3", _ => "5" });
            Emit(sink, "fqw=", lower);
        }
    }

    /// <summary>
    /// The bag-of-words features shared by spans and clauses (a bias, words, bigrams, lexicon hits, in token order);
    /// returns the highest in-article frequency of the words.
    /// </summary>
    private int EmitWords(int first, int end, FeatureSink sink)
    {
        Emit(sink, "b", "");
        var maxFrequency = 1;
        for (var i = first; i < end; i++)
        {
            Emit(sink, "w=", _lower[i]);
            if (i > first)
            {
                Emit2(sink, "bg=", _lower[i - 1], _lower[i]);
            }
            if (_lexicon[i] > 0)
            {
                Emit(sink, "lx=", TechniqueCode(_lexicon[i]));
            }
            if (_frequency.TryGetValue(_lower[i], out var count))
            {
                maxFrequency = Math.Max(maxFrequency, count);
            }
        }
        return maxFrequency;
    }

    private static string FrequencyBucket(int frequency) => frequency switch { 1 => "1", 2 => "2", <= 4 => "3", _ => "5" };

    /// <summary>Emits the technique features of the span of tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void EmitSpan(int first, int end, FeatureSink sink)
    {
        var maxFrequency = EmitWords(first, end, sink);
        var sentenceFirst = _sentenceStart[first];
        var sentenceEnd = _sentenceEnd[first];
        Emit(sink, "f=", _lower[first]);
        Emit(sink, "l=", _lower[end - 1]);
        Emit(sink, "len=", Bucket(end - first));
        Emit(sink, "p1=", Word(first - 1, sentenceFirst, sentenceEnd));
        Emit(sink, "p2=", Word(first - 2, sentenceFirst, sentenceEnd));
        Emit(sink, "n1=", Word(end, sentenceFirst, sentenceEnd));
        Emit(sink, "fq=", FrequencyBucket(maxFrequency));
        Emit(sink, "cover=", Bucket((end - first) * 10 / Math.Max(sentenceEnd - sentenceFirst, 1)));
        if (_quoted[first])
        {
            Emit(sink, "q", "");
        }
        switch (_sentenceMark[_sentenceOf[first]])
        {
            case 1:
                Emit(sink, "s!", "");
                break;
            case 2:
                Emit(sink, "s?", "");
                break;
        }
    }

    /// <summary>
    /// Clause candidates: each sentence cut at commas, semicolons, colons, dashes and brackets, and before a
    /// conjunction or relative pronoun, as token ranges without the cutting punctuation.
    /// </summary>
    public List<(int First, int End)> Clauses()
    {
        var clauses = new List<(int First, int End)>();
        var start = 0;
        for (var i = 0; i <= _tokens.Count; i++)
        {
            var cut = i == _tokens.Count || _sentenceStart[i] == i && i > 0;
            var skip = false;
            if (!cut && _tokens[i].Kind == TokenKind.Punctuation && IsClausePunctuation(_lower[i]))
            {
                cut = true;
                skip = true;
            }
            else if (!cut && i > start && ClauseOpeners.Contains(_lower[i]))
            {
                cut = true;
            }
            if (!cut)
            {
                continue;
            }
            AddClause(clauses, start, i);
            start = skip ? i + 1 : i;
        }
        return clauses;
    }

    /// <summary>Emits the clause-classifier features of tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void EmitClause(int first, int end, FeatureSink sink)
    {
        var maxFrequency = EmitWords(first, end, sink);
        var capitals = 0;
        var quoted = 0;
        for (var i = first; i < end; i++)
        {
            if (_quoted[i])
            {
                quoted++;
            }
            if (_tokens[i].Kind == TokenKind.Word && _lower[i].Length > 1 && Shape(i) == "X")
            {
                capitals++;
            }
        }
        var sentenceFirst = _sentenceStart[first];
        var sentenceEnd = _sentenceEnd[first];
        Emit(sink, "f=", _lower[first]);
        Emit(sink, "len=", Bucket(end - first));
        Emit(sink, "slen=", Bucket(sentenceEnd - sentenceFirst));
        Emit(sink, "at=", first == sentenceFirst ? "start" : end >= sentenceEnd - 1 ? "end" : "middle");
        Emit(sink, "fq=", FrequencyBucket(maxFrequency));
        Emit(sink, "dens=", _density);
        if (_sentenceOf[first] == 0)
        {
            Emit(sink, "first", "");
        }
        if (capitals > 0)
        {
            Emit(sink, "caps", "");
        }
        if (quoted * 2 > end - first)
        {
            Emit(sink, "q", "");
        }
        var mask = _sentenceLexicons[_sentenceOf[first]];
        for (var t = 0; t < TechniqueCount; t++)
        {
            if ((mask & (1L << t)) != 0)
            {
                Emit(sink, "slx=", TechniqueCode(t + 1));
            }
        }
        switch (_sentenceMark[_sentenceOf[first]])
        {
            case 1:
                Emit(sink, "s!", "");
                break;
            case 2:
                Emit(sink, "s?", "");
                break;
        }
    }

    private void AddClause(List<(int First, int End)> clauses, int first, int end)
    {
        while (end > first && _tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }
        while (first < end && _tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }
        if (end > first)
        {
            clauses.Add((first, end));
        }
    }

    private static bool IsClausePunctuation(string token) => token is "," or ";" or ":" or "(" or ")" or "\u2014" or "\u2013" or "--" or "-";

    private string Word(int i, int first, int end) => i < first ? "<s>" : i >= end ? "</s>" : _lower[i];

    private string Shape(int i)
    {
        var token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return "d";
        }
        if (token.Kind == TokenKind.Punctuation)
        {
            return "p";
        }
        var span = token.Span.Slice(_text);
        var upper = 0;
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }
        return upper == 0 ? "x" : upper == span.Length && span.Length > 1 ? "X" : char.IsUpper(span[0]) ? "Xx" : "xX";
    }

    private static string TechniqueCode(int code) => ((Technique)(code - 1)).Name();

    private static string Bucket(int n) => n switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        <= 6 => "4-6",
        <= 10 => "7-10",
        <= 20 => "11-20",
        <= 40 => "21-40",
        _ => "41+",
    };

    private void Emit(FeatureSink sink, string prefix, ReadOnlySpan<char> value)
    {
        var length = Math.Min(value.Length, _buffer.Length - prefix.Length);
        prefix.CopyTo(_buffer);
        value[..length].CopyTo(_buffer.AsSpan(prefix.Length));
        sink.Add(_buffer.AsSpan(0, prefix.Length + length));
    }

    private void Emit2(FeatureSink sink, string prefix, string left, string right)
    {
        var room = _buffer.Length - prefix.Length - 1;
        if (left.Length + right.Length > room)
        {
            return;
        }
        prefix.CopyTo(_buffer);
        left.CopyTo(_buffer.AsSpan(prefix.Length));
        _buffer[prefix.Length + left.Length] = '_';
        right.CopyTo(_buffer.AsSpan(prefix.Length + left.Length + 1));
        sink.Add(_buffer.AsSpan(0, prefix.Length + left.Length + 1 + right.Length));
    }
}

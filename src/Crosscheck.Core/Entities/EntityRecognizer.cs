using System.Text;
using Crosscheck.Documents;
using Crosscheck.Text;

namespace Crosscheck.Entities;

/// <summary>
/// Finds the mentions of one article. Runs twice: the first pass learns the people's full names, titles, nationality
/// and ages; the second emits mentions, so that a surname written before the full name still resolves.
/// </summary>
/// <remarks>Holds per-article state; create one per article. Mentions come out in text order and never overlap.</remarks>
internal sealed partial class EntityRecognizer
{
    private static readonly string[] Connectors = ["of", "for", "and", "the", "de", "der", "den", "van", "von", "da", "di", "del", "la", "du", "al", "bin", "ibn", "&"];

    private readonly string _text;
    private readonly EntityOptions _options;
    private readonly PersonRegistry _people = new();
    private readonly List<Mention> _mentions = [];
    private readonly List<EntityWord> _words = [];
    private IReadOnlyList<Token> _tokens = [];
    private TokenWords? _tokenWords;

    // The first pass's words of every sentence, end to end, with where each sentence's words start: the second pass
    // copies them back instead of scanning (and looking every word up in the lexicons) again.
    // The store is rented (and returned once the article is done), so a batch of articles reuses the same arrays.
    private EntityWord[] _scanned = [];
    private int _scannedCount;
    // Per sentence: where its words start in the store, and its case as the first pass judged it.
    private readonly List<(int FirstWord, bool Shouting, bool Headline)> _scannedSentences = [];
    private readonly Dictionary<string, (string Key, EntityKind Kind)> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, EntityKind Kind)>.AlternateLookup<ReadOnlySpan<char>> _acronymSpans;
    private readonly Dictionary<string, string> _outletCategories = new(StringComparer.Ordinal);
    private bool _emit;
    private bool _shouting;
    private bool _headline;
    private PersonEntity? _lastPerson;
    private int _lastPersonEnd = -1;

    private EntityRecognizer(string text, EntityOptions options)
    {
        _text = text;
        _options = options;
        _acronymSpans = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Finds the mentions of <paramref name="text"/>, sentence by sentence.</summary>
    /// <remarks><paramref name="words"/>: the shared word ids of <paramref name="tokens"/>, when the text stage made them.</remarks>
    public static List<Mention> Recognize(string text, IReadOnlyList<Sentence> sentences, EntityOptions options,
        IReadOnlyList<Token> tokens, TokenWords? words, CancellationToken cancellationToken)
    {
        var recognizer = new EntityRecognizer(text, options) { _tokens = tokens, _tokenWords = words };
        try
        {
            recognizer.Pass(sentences, emit: false, cancellationToken);
            recognizer._people.MergeSingleNames();
            recognizer._mentions.Clear();
            recognizer._acronyms.Clear();
            recognizer._outletCategories.Clear();
            recognizer._lastPerson = null;
            recognizer._lastPersonEnd = -1;
            recognizer.Pass(sentences, emit: true, cancellationToken);
        }
        finally
        {
            ReturnToPool(recognizer._scanned);
        }
        return recognizer._mentions;
    }

    private void Pass(IReadOnlyList<Sentence> sentences, bool emit, CancellationToken cancellationToken)
    {
        _emit = emit;
        var tokens = _tokenWords is null ? [] : TokenList.AsSpan(_tokens);
        var ids = _tokenWords is null ? [] : _tokenWords.Ids;
        var cursor = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _words.Clear();
            if (!emit)
            {
                var sentence = sentences[s];
                EntityWordScanner.Scan(_text, sentence.Span.Start, sentence.Span.End, _words, tokens, ids, ref cursor);
                var firstWord = _scannedCount;
                Keep(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words));
                // A dateline is in capitals by convention, not a shouted headline: "(UPI)" in it is still an acronym.
                _shouting = !sentence.IsDateline && IsShouting();
                _headline = !sentence.IsDateline && (_shouting || IsTitleCase());
                _scannedSentences.Add((firstWord, _shouting, _headline));
            }
            else
            {
                var from = _scannedSentences[s].FirstWord;
                var to = s + 1 < _scannedSentences.Count ? _scannedSentences[s + 1].FirstWord : _scannedCount;
                _words.AddRange(_scanned.AsSpan(from, to - from));
                (_, _shouting, _headline) = _scannedSentences[s];
            }
            var k = emit && sentences[s].IsDateline ? DatelinePlace(sentences[s]) : 0;
            while (k < _words.Count)
            {
                // Most words open nothing: lower case, no opening lexicon bit, not "the" or "then". One test for all the
                // parsers' opening tests below sends them on (each parser answers 0 when its own test fails).
                var word = _words[k];
                if ((word.Lexicons & OpenerBits.Any) == 0 && !word.Is(WordShape.Capitalised | WordShape.AllCaps | WordShape.Number)
                    && !WordIs(k, "the") && !WordIs(k, "then"))
                {
                    k++;
                    continue;
                }
                // Plural titles are rare: the bit test keeps the scan out of the list parser at other words.
                var consumed = EntityLexicon.PluralTitles.MayStart(_words[k]) ? TryTitledPeople(k) : 0;
                if (consumed == 0)
                {
                    consumed = TryTitledPerson(k);
                }
                if (consumed == 0 && _options.ResolveDescriptors)
                {
                    consumed = TryDescriptor(k);
                }
                if (consumed == 0 && _options.ResolveDescriptors)
                {
                    consumed = TryBodyDescriptor(k);
                }
                if (consumed == 0 && _options.IncludeGroups)
                {
                    consumed = TryGroup(k);
                }
                if (consumed == 0)
                {
                    consumed = TryCategoryOutlet(k);
                }
                if (consumed == 0 && (_words[k].IsUpper || WordIs(k, "the") && k + 1 < _words.Count && _words[k + 1].IsUpper))
                {
                    consumed = TryCapitalised(k);
                }
                k += Math.Max(consumed, 1);
            }
        }
    }

    // The dateline's place, once read: its key and its number of words.
    private (string Key, int Words)? _datelinePlace;

    /// <summary>
    /// Emits the place of a dateline ("VELL, May 4 (Northgate Observer) -"): a filing place in capitals is a place even
    /// when no gazetteer knows it, where the capitals rule would take it for an organisation. Returns the word to go on
    /// from (past the place), or 0 when the gazetteer should judge it as usual.
    /// </summary>
    private int DatelinePlace(Sentence sentence)
    {
        Dateline.Match(_text.AsSpan(sentence.Span.Start, sentence.Span.Length), out var placeLength, out _);
        var placeEnd = sentence.Span.Start + placeLength;
        var end = 0;
        while (end < _words.Count && _words[end].End <= placeEnd)
        {
            end++;
        }
        if (end == 0 || EntityLexicon.Places.Match(_text, _words, 0, out _) == end)
        {
            return 0;
        }
        var key = PlaceKey(_text.AsSpan(sentence.Span.Start, placeLength));
        Emit(0, end, EntityKind.Place, key, MentionForm.Name);
        _datelinePlace = (key, end);
        return end;
    }

    /// <summary>Whether the words at <paramref name="k"/> name the dateline's place again ("in Velda" after "VELDA, May 4 -").</summary>
    private bool IsDatelinePlace(int k)
    {
        if (_datelinePlace is not var (key, words) || k + words > _words.Count)
        {
            return false;
        }
        var start = _words[k].Start;
        var end = _words[k + words - 1].End;
        return end - start == key.Length && _text.AsSpan(start, end - start).Equals(key, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "LAS VEGAS" → "Las Vegas", "RIO DE JANEIRO" → "Rio de Janeiro", so that the dateline's place and the body's "in
    /// Las Vegas" share a key.
    /// </summary>
    private static string PlaceKey(ReadOnlySpan<char> place)
    {
        Span<char> buffer = place.Length <= 128 ? stackalloc char[place.Length] : new char[place.Length];
        var wordStart = 0;
        for (var i = 0; i <= place.Length; i++)
        {
            if (i < place.Length && place[i] is not (' ' or '-' or '.'))
            {
                buffer[i] = char.ToLowerInvariant(place[i]);
                continue;
            }
            // A particle inside a name stays in lower case: "de", "la", "of", "upon".
            if (i > wordStart && !(wordStart > 0 && PlaceParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[wordStart..i])))
            {
                buffer[wordStart] = char.ToUpperInvariant(buffer[wordStart]);
            }
            if (i < place.Length)
            {
                buffer[i] = place[i];
            }
            wordStart = i + 1;
        }
        return new string(buffer);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PlaceParticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el", "los", "las", "of", "on", "upon", "the", "am", "an", "der", "en"],
        StringComparer.Ordinal);

    // In a class of its own so that it is read after the partial class's other static fields (whose order across files
    // is not defined) are set.
    private static class OpenerBits
    {
        /// <summary>Every lexicon bit one of the word parsers of <see cref="Pass"/> opens on.</summary>
        public static readonly ulong Any = EntityLexicon.PluralTitles.Bit | TitledPersonStarts | GroupStarts | EntityLexicon.OutletCategories.Bit
            | EntityLexicon.Places.Bit;
    }

    /// <summary>Appends a sentence's words to the first pass's store, growing it from the shared pool.</summary>
    private void Keep(ReadOnlySpan<EntityWord> words)
    {
        if (_scannedCount + words.Length > _scanned.Length)
        {
            var pool = System.Buffers.ArrayPool<EntityWord>.Shared;
            var larger = pool.Rent(Math.Max(_scannedCount + words.Length, Math.Max(256, _scanned.Length * 2)));
            _scanned.AsSpan(0, _scannedCount).CopyTo(larger);
            ReturnToPool(_scanned);
            _scanned = larger;
        }
        words.CopyTo(_scanned.AsSpan(_scannedCount));
        _scannedCount += words.Length;
    }

    /// <summary>
    /// Gives a store back to the pool, unless it is empty or large: an outsized article's store (a 10 MB single line)
    /// is left to the collector instead of being kept by the pool for the rest of the process.
    /// </summary>
    private static void ReturnToPool(EntityWord[] store)
    {
        if (store.Length is > 0 and <= 1 << 16)
        {
            System.Buffers.ArrayPool<EntityWord>.Shared.Return(store);
        }
    }

    /// <summary>Headlines in capitals: most words all-caps, so capitals say nothing about names.</summary>
    private bool IsShouting()
    {
        int caps = 0, letters = 0;
        foreach (var word in _words)
        {
            if (word.Is(WordShape.Lower | WordShape.Capitalised))
            {
                letters++;
                if (word.Is(WordShape.AllCaps))
                {
                    caps++;
                }
            }
        }
        return caps >= 3 && caps * 5 >= letters * 3;
    }

    /// <summary>Title-case headlines ("Senator Calls Vote A Disgrace"): capitals there do not mark names.</summary>
    private bool IsTitleCase()
    {
        int capitalised = 0, long_ = 0;
        foreach (var word in _words)
        {
            if (word.Length > 3 && word.Is(WordShape.Lower | WordShape.Capitalised))
            {
                long_++;
                if (word.Is(WordShape.Capitalised))
                {
                    capitalised++;
                }
            }
        }
        return capitalised >= 4 && long_ - capitalised <= 1;
    }

    /// <summary>A person's mention; it says whether the person is named only in runs of names (read in the first pass).</summary>
    private void EmitPerson(int startWord, int endWord, PersonEntity person, MentionForm form, string? title = null) =>
        Emit(startWord, endWord, EntityKind.Person, person.Key, form, title, listed: !person.InProse);

    private void Emit(int startWord, int endWord, EntityKind kind, string key, MentionForm form, string? title = null, bool listed = false)
    {
        if (!_emit)
        {
            return;
        }
        var start = _words[startWord].Start;
        var end = _words[endWord - 1].End;
        if (_mentions.Count > 0 && _mentions[^1].Span.End > start)
        {
            return;
        }
        var span = TextSpan.FromBounds(start, end);
        _mentions.Add(new Mention(span, span.Substring(_text), kind, key, form) { Title = title, Listed = listed });
    }

    /// <summary>In the first pass, a single name word read as a full name's surname may make the surname theirs.</summary>
    private void NoteBareSurname(PersonEntity person, ReadOnlySpan<char> word)
    {
        if (!_emit && person.Words.Length > 1 && word.Equals(person.Surname, StringComparison.OrdinalIgnoreCase))
        {
            _people.NoteBareSurname(person);
        }
    }

    private void SeePerson(PersonEntity person, int endWord)
    {
        if (!_emit)
        {
            person.Count++;
        }
        person.LastSeen = _words[endWord - 1].Start;
        _lastPerson = person;
        _lastPersonEnd = _words[endWord - 1].End;
    }

    // Called several times per word by every rule: inlined, it is a bounds check and two loads.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Word(int k)
    {
        var word = _words[k];
        return _text.AsSpan(word.Start, word.End - word.Start);
    }

    /// <summary>The word without a trailing period ("Mr." → "Mr").</summary>
    private ReadOnlySpan<char> Bare(int k)
    {
        var word = Word(k);
        return word.Length > 1 && word[^1] == '.' && _words[k].Length > 1 && !word[..^1].Contains('.') ? word[..^1] : word;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool WordIs(int k, string value) => k < _words.Count && OrdinalWord.EqualsIgnoreCase(Word(k), value);

    private bool IsPunct(int k, char c) => k < _words.Count && _words[k].Is(WordShape.Punctuation) && _text[_words[k].Start] == c;

    /// <summary>Whether word <paramref name="k"/> is in <paramref name="set"/>; its lexicon bits rule most words out unhashed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Has(WordSet set, int k) => set.Contains(_words[k], Word(k));

    /// <summary>Whether word <paramref name="k"/>, a final period dropped (<see cref="Bare"/>), is in <paramref name="set"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool HasBare(WordSet set, int k) => set.Contains(_words[k], Bare(k));

    private bool IsConnector(int k)
    {
        var word = Word(k);
        foreach (var connector in Connectors)
        {
            if (word.Equals(connector, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text of words [start, end) with inner whitespace runs (line wraps) collapsed to one space.</summary>
    private string Phrase(int start, int end)
    {
        var span = _text.AsSpan(_words[start].Start, _words[end - 1].End - _words[start].Start);
        if (!span.ContainsAny(['\n', '\r', '\t', ' ']))
        {
            return span.ToString();
        }
        var builder = new StringBuilder(span.Length);
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The end of a run of capitalised words joined by connectors ("Ministry of Foreign Affairs").</summary>
    private int CapitalRun(int k)
    {
        var j = k;
        while (j < _words.Count)
        {
            var word = _words[j];
            if (word.IsUpper && !HasBare(EntityLexicon.Stopwords, j))
            {
                j++;
                if (word.Possessive)
                {
                    break;
                }
                continue;
            }
            if (j > k && word.Is(WordShape.Lower) && IsConnector(j) && j + 1 < _words.Count && _words[j + 1].IsUpper
                && !_words[j - 1].Possessive)
            {
                j++;
                continue;
            }
            break;
        }
        // A run never ends on a connector.
        while (j > k && !_words[j - 1].IsUpper)
        {
            j--;
        }
        return j;
    }
}

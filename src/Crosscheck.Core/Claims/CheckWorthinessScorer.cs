using Crosscheck.Documents;
using Crosscheck.Lexicons;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Scores how worth checking a sentence is, in [0, 1]: 0.5 and above means check-worthy.</summary>
/// <remarks>
/// <para>A logistic model over hashed word n-grams and the claims stage's rule features (numbers, named actors,
/// factual and past-tense verbs, opinion, first person, modality, the additive rule score), trained by
/// <c>crosscheck train checkworthiness</c> on the CheckThat! 2024 English training sentences. Its decision threshold,
/// chosen on the dev split, is folded into the model so the boundary is always 0.5.</para>
/// <para>The default model ships embedded as the lexicon <c>claims-checkworthiness-model.txt</c> and is loaded once.
/// Scoring a sentence costs one pass over its tokens and one weight lookup per feature. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CheckWorthinessScorer
{
    /// <summary>Name of the embedded lexicon that holds the default model.</summary>
    public const string ModelLexicon = "claims-checkworthiness-model";

    private static readonly Lazy<CheckWorthinessScorer> DefaultScorer =
        new(() => new CheckWorthinessScorer(CheckWorthinessModel.Parse(Lexicon.Lines(ModelLexicon))));

    private readonly CheckWorthinessModel _model;

    internal CheckWorthinessScorer(CheckWorthinessModel model) => _model = model;

    /// <summary>The embedded model.</summary>
    public static CheckWorthinessScorer Default => DefaultScorer.Value;

    /// <summary>Loads a model written by <c>crosscheck train checkworthiness</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not a check-worthiness model.</exception>
    public static CheckWorthinessScorer Load(string path)
    {
        var lines = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var comment = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
        return new CheckWorthinessScorer(CheckWorthinessModel.Parse(lines));
    }

    /// <summary>Scores a sentence given on its own.</summary>
    public double Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Score(sentence, Tokenizer.Tokenize(sentence), new TextSpan(0, sentence.Length));
    }

    /// <summary>Scores the sentence at <paramref name="span"/> of <paramref name="text"/>, whose tokens are <paramref name="tokens"/>.</summary>
    public double Score(string text, IReadOnlyList<Token> tokens, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var (first, end) = TextRegions.TokenRange(tokens, span);
        var modality = ModalityClassifier.Classify(text, tokens, span, first, end, [], out _, out _);
        var numbers = NumberFinder.Find(text, tokens, first, end);
        var rules = ClaimFeatureExtractor.Extract(text, tokens, first, end, numbers, entities: null, modality, []);
        return Score(text, tokens, first, end, rules, []);
    }

    /// <summary>Scores tokens [<paramref name="first"/>, <paramref name="end"/>) whose rule features are known; <paramref name="scratch"/> is reused.</summary>
    internal double Score(string text, IReadOnlyList<Token> tokens, int first, int end, in ClaimFeatures rules, List<int> scratch)
    {
        scratch.Clear();
        CheckWorthinessFeaturizer.Extract(text, tokens, first, end, rules, _model.Mask, scratch);
        return Math.Round(Adjust(_model.Score(scratch), rules), 3);
    }

    /// <summary>
    /// Rule corrections for what debate transcripts teach the model poorly: a question asserts nothing and speculation
    /// offers a mere possibility. They only lower a score. (A third, damping sentences with no number, name, actor,
    /// checkable verb or time, was tried and dropped: on the 2020 debates it cost 0.04 to 0.07 F1, because claims such
    /// as "He has never offered a plan." carry none of those.)
    /// </summary>
    private static double Adjust(double score, in ClaimFeatures rules) =>
        score * rules.Modality switch
        {
            Modality.Question => 0.6,
            Modality.Speculative => 0.7,
            _ => 1.0,
        };

    /// <summary>The features of one sentence, for training.</summary>
    internal static int[] Features(string sentence, uint mask)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var span = new TextSpan(0, sentence.Length);
        var modality = ModalityClassifier.Classify(sentence, tokens, span, 0, tokens.Count, [], out _, out _);
        var numbers = NumberFinder.Find(sentence, tokens, 0, tokens.Count);
        var rules = ClaimFeatureExtractor.Extract(sentence, tokens, 0, tokens.Count, numbers, entities: null, modality, []);
        var output = new List<int>();
        CheckWorthinessFeaturizer.Extract(sentence, tokens, 0, tokens.Count, rules, mask, output);
        return [.. output];
    }
}

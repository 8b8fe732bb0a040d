using Crosscheck.Documents;
using Crosscheck.Lexicons;
using Crosscheck.Text;

namespace Crosscheck.Claims;

/// <summary>Scores how worth checking a sentence is, in [0, 1]: 0.5 and above means check-worthy.</summary>
/// <remarks>
/// <para>A logistic model over hashed word n-grams and the claims stage's rule features (numbers, named actors,
/// factual and past-tense verbs, opinion, first person, modality, the additive rule score), the word features' sum
/// scaled down for long sentences (<see cref="CheckWorthinessTrainingOptions.LengthPower"/>), trained by
/// <c>crosscheck train checkworthiness</c> on the CheckThat! 2024 English train and dev sentences (three shuffles
/// averaged into one weight table). Its decision threshold, chosen on grouped 5-fold out-of-fold predictions, is
/// folded into the model so the boundary is always 0.5.</para>
/// <para>The default model ships embedded as the lexicon <c>claims-checkworthiness-model.txt</c> and is loaded once
/// (2^20 weights: 4 MB in memory, 1.3 MB on disk). Scoring a sentence costs one pass over its tokens and one weight
/// lookup per feature. Immutable and thread-safe.</para>
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
        var rules = Rules(text, TokenList.AsSpan(tokens), span, first, end);
        return Score(text, tokens, first, end, rules, []);
    }

    /// <summary>The claims stage's rule features of tokens [<paramref name="first"/>, <paramref name="end"/>), as the stage computes them.</summary>
    private static ClaimFeatures Rules(string text, ReadOnlySpan<Token> tokens, TextSpan span, int first, int end)
    {
        var words = new ClaimWord[end - first];
        ClaimLexicons.Lookup(text, tokens[first..end], words);
        var modality = ModalityClassifier.Classify(text, tokens, span, first, end, [], out _, out _);
        var numbers = NumberFinder.Find(text, tokens, first, end, words);
        return ClaimFeatureExtractor.Extract(text, tokens, first, end, words, numbers, entities: null, modality);
    }

    /// <summary>Scores tokens [<paramref name="first"/>, <paramref name="end"/>) whose rule features are known; <paramref name="scratch"/> is reused.</summary>
    internal double Score(string text, IReadOnlyList<Token> tokens, int first, int end, in ClaimFeatures rules, List<int> scratch)
    {
        scratch.Clear();
        CheckWorthinessFeaturizer.Extract(text, tokens, first, end, rules, _model.Mask, scratch);
        return Math.Round(Adjust(_model.Score(scratch), rules), 3);
    }

    /// <summary>
    /// A question asserts nothing, a thing debate transcripts teach the model poorly (their questions are often
    /// rhetorical claims), so its score is scaled by 0.6. Two other corrections were tried and dropped because they
    /// cost F1 on the 2020 debates of the CheckThat! dev-test split: damping speculation (the model already weighs
    /// modality as a feature, and checkers do check projections such as "could cost 2,000 jobs") and damping sentences
    /// with no number, name, actor, checkable verb or time ("He has never offered a plan." carries none of those).
    /// </summary>
    private static double Adjust(double score, in ClaimFeatures rules) =>
        rules.Modality == Modality.Question ? score * 0.6 : score;

    /// <summary>The features of one sentence, for training.</summary>
    internal static int[] Features(string sentence, uint mask)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var rules = Rules(sentence, TokenList.AsSpan(tokens), new TextSpan(0, sentence.Length), 0, tokens.Count);
        var output = new List<int>();
        CheckWorthinessFeaturizer.Extract(sentence, tokens, 0, tokens.Count, rules, mask, output);
        return [.. output];
    }
}

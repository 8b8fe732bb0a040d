using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscheck.Documents;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;

namespace Crosscheck.Workspace;

/// <summary>Propaganda spans: reading PTC-style data, training the signals model and scoring it.</summary>
public sealed partial class CrosscheckWorkspace
{
    /// <summary>The techniques PTC annotates: the ones its evaluation scores (the stage also finds techniques of its own).</summary>
    public static IReadOnlySet<Technique> PtcTechniques { get; } = new HashSet<Technique>
    {
        Technique.LoadedLanguage, Technique.NameCallingLabeling, Technique.Repetition, Technique.Doubt,
        Technique.ExaggerationMinimisation, Technique.AppealToFearPrejudice, Technique.FlagWaving,
        Technique.CausalOversimplification, Technique.AppealToAuthority, Technique.Slogans,
        Technique.WhataboutismStrawMenRedHerring, Technique.BlackAndWhiteFallacy, Technique.ThoughtTerminatingCliches,
        Technique.BandwagonReductioAdHitlerum,
    };

    // Gate of the token tagger when scoring spans with the token and clause thresholds (SignalOptions.CandidateGate): 5-fold
    // CV SI F1 0.3348 ungated, 0.3361 at 0.08, 0.3334 at 0.15.
    private const double EvaluationGate = 0.1;

    /// <summary>
    /// Reads PTC-format data: <c>DIR/articles/article&lt;ID&gt;.txt</c> (or the .txt files in DIR) and the
    /// <c>*.labels</c> files in DIR: "ID TAB technique TAB start TAB end" (technique classification) preferred over
    /// "ID TAB start TAB end" (span identification). A directory holding a <c>train</c> folder reads that.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such directory.</exception>
    /// <exception cref="InvalidDataException">No articles or no labels, or a malformed label line.</exception>
    public static IReadOnlyList<PropagandaDocument> ReadPropagandaCorpus(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No such directory: {directory}");
        }
        if (!Directory.Exists(Path.Combine(directory, "articles")) && Directory.Exists(Path.Combine(directory, "train")))
        {
            directory = Path.Combine(directory, "train");
        }
        var articleDirectory = Directory.Exists(Path.Combine(directory, "articles")) ? Path.Combine(directory, "articles") : directory;
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(articleDirectory, "*.txt"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var id = name.StartsWith("article", StringComparison.Ordinal) ? name["article".Length..] : name;
            texts[id] = File.ReadAllText(file, Encoding.UTF8);
        }
        var labelFiles = Directory.GetFiles(directory, "*.labels").Order(StringComparer.Ordinal).ToList();
        var labelled = labelFiles.Where(f => ColumnCount(f) == 4).ToList();
        var chosen = labelled.Count > 0 ? labelled : labelFiles;
        if (texts.Count == 0 || chosen.Count == 0)
        {
            throw new InvalidDataException($"{directory}: expected articles/*.txt and *.labels files (PTC format).");
        }
        var spans = texts.Keys.ToDictionary(id => id, _ => new List<PropagandaSpan>(), StringComparer.Ordinal);
        foreach (var file in chosen)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }
                var parts = line.Split('\t');
                var technique = parts.Length == 4 ? parts[1] : "";
                if (parts.Length is not (3 or 4)
                    || !int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
                {
                    throw new InvalidDataException($"{file}:{number}: expected 'ID TAB [technique TAB] start TAB end'.");
                }
                if (spans.TryGetValue(parts[0], out var list))
                {
                    list.Add(new PropagandaSpan(TextSpan.FromBounds(start, end), technique));
                }
            }
        }
        return [.. texts.Select(pair => new PropagandaDocument(pair.Key, pair.Value, spans[pair.Key]))];
    }

    /// <summary>Trains the signals model on <paramref name="documents"/> (deterministic for a given seed).</summary>
    public static SignalModel TrainSignals(IReadOnlyList<PropagandaDocument> documents, PropagandaTrainingOptions? options = null, CancellationToken cancellationToken = default) =>
        PropagandaTrainer.Train(documents, options, cancellationToken);

    /// <summary>
    /// Scores the signals stage on <paramref name="documents"/>: with <paramref name="folds"/> ≥ 2, a model is trained
    /// on all folds but one and scored on the held-out one, for each fold in turn (articles assigned to folds by a seeded
    /// shuffle); otherwise the embedded model is scored as is. Thresholds default to the model's own (tuned for SI F1),
    /// not the stricter analysis defaults. Predicted spans are the stage's model spans and lexicon
    /// signals of the 14 PTC techniques.
    /// </summary>
    public static PropagandaEvaluation EvaluatePropaganda(
        IReadOnlyList<PropagandaDocument> documents, int folds = 0, double? threshold = null, double? clauseThreshold = null, PropagandaTrainingOptions? options = null,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= PropagandaTrainingOptions.Default;
        var clock = Stopwatch.StartNew();
        var predicted = new Dictionary<string, IReadOnlyList<PropagandaSpan>>(StringComparer.Ordinal);
        var gold = documents.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
        double usedThreshold;
        double usedClauseThreshold;
        double? usedSegmentThreshold = null;
        var foldF1 = new List<(double, double)>();
        if (folds >= 2)
        {
            var fold = PropagandaFolds(documents.Count, folds, options.Seed);
            usedThreshold = threshold ?? options.Threshold;
            usedClauseThreshold = clauseThreshold ?? options.ClauseThreshold;
            for (var k = 0; k < folds; k++)
            {
                var training = documents.Where((_, i) => fold[i] != k).ToList();
                var model = PropagandaTrainer.Train(training, options, cancellationToken);
                usedSegmentThreshold = model.SegmentThreshold is { } own ? threshold ?? own : null;
                var held = documents.Where((_, i) => fold[i] == k).ToList();
                Predict(held, model, usedThreshold, usedClauseThreshold, usedSegmentThreshold, predicted, cancellationToken);
                var heldPredicted = held.ToDictionary(d => d.Id, d => predicted[d.Id], StringComparer.Ordinal);
                var heldGold = held.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
                foldF1.Add((PropagandaScorer.SpanIdentification(heldPredicted, heldGold).F1, PropagandaScorer.Labelled(heldPredicted, heldGold).F1));
                progress?.Report(new BatchProgress(predicted.Count, 0, $"fold {k + 1}/{folds}"));
            }
        }
        else
        {
            var model = SignalModel.Embedded ?? throw new InvalidOperationException("No signals model is embedded; train one with 'crosscheck train signals'.");
            usedThreshold = threshold ?? model.Threshold;
            usedClauseThreshold = clauseThreshold ?? model.ClauseThreshold;
            usedSegmentThreshold = model.SegmentThreshold is { } own ? threshold ?? own : null;
            Predict(documents, model, usedThreshold, usedClauseThreshold, usedSegmentThreshold, predicted, cancellationToken);
        }
        return new PropagandaEvaluation(documents.Count, folds >= 2 ? folds : 0, usedThreshold, usedClauseThreshold,
            PropagandaScorer.SpanIdentification(predicted, gold), PropagandaScorer.Labelled(predicted, gold), clock.Elapsed)
        {
            SegmentThreshold = usedSegmentThreshold,
            Seed = folds >= 2 ? options.Seed : null,
            FoldF1 = foldF1,
        };
    }

    /// <summary>
    /// The fold of each of <paramref name="count"/> documents in the cross-validation of
    /// <see cref="EvaluatePropaganda"/>: a shuffle seeded with <paramref name="seed"/> (the training seed), dealt round
    /// robin into <paramref name="folds"/> folds. Harnesses that train the same fold models call it to match the eval.
    /// </summary>
    public static int[] PropagandaFolds(int count, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (var i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % folds;
        }
        return fold;
    }

    /// <summary>Writes an evaluation as text or JSON.</summary>
    public static void WritePropagandaEvaluation(PropagandaEvaluation evaluation, bool json, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(writer);
        var si = evaluation.SpanIdentification;
        var labelled = evaluation.Labelled;
        var invariant = CultureInfo.InvariantCulture;
        if (json)
        {
            writer.WriteLine(string.Create(invariant,
                $"{{\"task\":\"propaganda\",\"articles\":{evaluation.Articles},\"folds\":{evaluation.Folds},\"threshold\":{evaluation.Threshold:0.###},\"clauseThreshold\":{evaluation.ClauseThreshold:0.###},\"segmentThreshold\":{(evaluation.SegmentThreshold is { } st ? st.ToString("0.###", invariant) : "null")}," +
                $"\"si\":{{\"precision\":{si.Precision:0.0000},\"recall\":{si.Recall:0.0000},\"f1\":{si.F1:0.0000},\"predicted\":{si.Predicted},\"gold\":{si.Gold}}}," +
                $"\"labelled\":{{\"precision\":{labelled.Precision:0.0000},\"recall\":{labelled.Recall:0.0000},\"f1\":{labelled.F1:0.0000},\"predicted\":{labelled.Predicted},\"gold\":{labelled.Gold}}}," +
                $"\"seed\":{(evaluation.Seed is { } seed ? seed.ToString(invariant) : "null")},\"foldF1\":[{string.Join(',', evaluation.FoldF1.Select(f => string.Create(invariant, $"{{\"si\":{f.SpanIdentification:0.0000},\"labelled\":{f.Labelled:0.0000}}}")))}]," +
                $"\"seconds\":{evaluation.Elapsed.TotalSeconds:0.0}}}"));
            return;
        }
        var mode = evaluation.Folds > 0 ? $"{evaluation.Folds}-fold cross-validation (trained on the other folds)" : "embedded model";
        var thresholds = evaluation.SegmentThreshold is { } segment
            ? string.Create(invariant, $"segment threshold {segment:0.###}")
            : string.Create(invariant, $"thresholds {evaluation.Threshold:0.###} (token) {evaluation.ClauseThreshold:0.###} (clause)");
        writer.WriteLine(string.Create(invariant, $"Propaganda spans, {evaluation.Articles} articles, {mode}, {thresholds}"));
        writer.WriteLine(string.Create(invariant, $"  SI (span identification)  P {si.Precision:0.0000}  R {si.Recall:0.0000}  F1 {si.F1:0.0000}  ({si.Predicted} predicted, {si.Gold} gold spans)"));
        writer.WriteLine(string.Create(invariant, $"  Labelled (technique must match)  P {labelled.Precision:0.0000}  R {labelled.Recall:0.0000}  F1 {labelled.F1:0.0000}  ({labelled.Predicted} predicted, {labelled.Gold} gold spans)"));
        if (evaluation.FoldF1.Count > 0)
        {
            writer.WriteLine(string.Create(invariant, $"  Per held-out fold (seed {evaluation.Seed}), SI / labelled F1: {string.Join("  ", evaluation.FoldF1.Select(f => string.Create(invariant, $"{f.SpanIdentification:0.0000} / {f.Labelled:0.0000}")))}"));
        }
        writer.WriteLine(string.Create(invariant, $"  {evaluation.Elapsed.TotalSeconds:0.0} s"));
    }

    private static void Predict(IReadOnlyList<PropagandaDocument> documents, SignalModel model, double threshold, double clauseThreshold, double? segmentThreshold,
        Dictionary<string, IReadOnlyList<PropagandaSpan>> predicted, CancellationToken cancellationToken)
    {
        // The segment scorer reads the tagger everywhere (as it was trained), so scoring does not gate it.
        var stage = new SignalStage(SignalOptions.Default with
        {
            Model = model, ModelThreshold = threshold, ClauseThreshold = clauseThreshold, SegmentThreshold = segmentThreshold,
            SegmentRecallWeight = null, KeepOverlappingModelSpans = true, CandidateGate = segmentThreshold is null ? EvaluationGate : 0,
        });
        var results = new List<PropagandaSpan>[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var article = new Article { Id = documents[i].Id, Source = documents[i].Id, Text = documents[i].Text };
            var analysed = new AnalyzedArticle(article) with
            {
                Tokens = Tokenizer.Tokenize(article.Text),
                Sentences = SentenceSplitter.Split(article.Text),
            };
            var signals = stage.Process(analysed, cancellationToken).Signals;
            results[i] = [.. signals.Where(s => PtcTechniques.Contains(s.Technique)).Select(s => new PropagandaSpan(s.Span, s.Technique.Name()))];
        });
        for (var i = 0; i < documents.Count; i++)
        {
            predicted[documents[i].Id] = results[i];
        }
    }

    private static int ColumnCount(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length > 0)
            {
                return line.Split('\t').Length;
            }
        }
        return 0;
    }
}

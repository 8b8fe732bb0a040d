using System.Globalization;
using Crosscheck.Pipeline;
using Crosscheck.Signals;
using Crosscheck.Text;
using Crosscheck.Workspace;

namespace Crosscheck.Benchmarks;

/// <summary>
/// "signals-gate DIR [CACHE] [GATE...]": what the analysis (not the eval) shows on PTC-format data, out of fold. Five fold
/// models are trained as <c>crosscheck eval propaganda --folds 5</c> trains them (same shuffle and seed; cached as
/// CACHE/fold-K.txt so later runs skip training), then each held-out fold is run through the signals stage with the
/// analysis defaults at each setting given (default: the analysis defaults): a candidate gate, or "GATE/ODDS" for a
/// candidate gate and a sentence odds gate (<see cref="SignalOptions.SentenceOddsGate"/>), or "GATE/ODDS/THRESHOLD" with
/// an analysis segment threshold (<see cref="SignalOptions.SegmentThreshold"/>) as well. Prints span-identification
/// P/R/F1 of the model signals alone and of all PTC-technique signals, the number of model signals and the stage's thread
/// CPU per article (the settings take turns on each article, 15 rounds, so the ratios to the first setting are
/// robust to the host's load): the trade-off between what the reader sees and what the stage costs, on the same data.
/// </summary>
public static class SignalGate
{
    private const int Folds = 5;
    private const int TimedRounds = 15;

    /// <summary>Runs the comparison.</summary>
    public static int Run(string directory, string? cache, IReadOnlyList<(double Gate, double OddsGate, double Threshold)> gates)
    {
        var documents = CrosscheckWorkspace.ReadPropagandaCorpus(directory);
        var options = PropagandaTrainingOptions.Default;
        var fold = CrosscheckWorkspace.PropagandaFolds(documents.Count, Folds, options.Seed);
        var models = new SignalModel[Folds];
        for (var k = 0; k < Folds; k++)
        {
            var path = cache is null ? null : Path.Combine(cache, $"fold-{k}.txt");
            if (path is not null && File.Exists(path))
            {
                using var reader = new StreamReader(path);
                models[k] = SignalModel.Read(reader);
                continue;
            }
            models[k] = PropagandaTrainer.Train(documents.Where((_, i) => fold[i] != k).ToList(), options);
            if (path is not null)
            {
                Directory.CreateDirectory(cache!);
                using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
                models[k].Write(writer);
            }
        }
        // The articles as the stage sees them in analysis: tokens and sentences from the text stage.
        var analysed = documents.Select(d =>
        {
            var article = new Documents.Article { Id = d.Id, Source = d.Id, Text = d.Text };
            return new AnalyzedArticle(article) { Tokens = Tokenizer.Tokenize(d.Text), Sentences = SentenceSplitter.Split(d.Text) };
        }).ToArray();
        var gold = documents.ToDictionary(d => d.Id, d => d.Spans, StringComparer.Ordinal);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"{documents.Count} articles, {Folds} folds, analysis defaults (segment threshold {SignalOptions.Default.SegmentThreshold})");
        var settings = gates.Count > 0 ? gates : [(SignalOptions.Default.CandidateGate, SignalOptions.Default.SentenceOddsGate, SignalOptions.Default.SegmentThreshold!.Value)];
        var stages = settings.Select(g => models.Select(m => new SignalStage(SignalOptions.Default with
        {
            Model = m, CandidateGate = g.Gate, SentenceOddsGate = g.OddsGate, SegmentThreshold = g.Threshold,
        })).ToArray()).ToArray();
        // Warm-up so the timing below is of optimised code.
        foreach (var setting in stages)
        {
            for (var i = 0; i < Math.Min(60, analysed.Length); i++)
            {
                setting[fold[i]].Process(analysed[i], CancellationToken.None);
            }
        }
        // Every setting on each article in turn, the order rotating, for a few rounds: the host's load hits them alike, so
        // the ratios of their times hold where the times themselves swing by 15 % between runs.
        var cpu = new double[settings.Count];
        var ratios = Enumerable.Range(0, settings.Count).Select(_ => new List<double>()).ToArray();
        var signalsOf = new IReadOnlyList<Signal>[settings.Count][];
        for (var k = 0; k < settings.Count; k++)
        {
            signalsOf[k] = new IReadOnlyList<Signal>[analysed.Length];
        }
        for (var round = 0; round < TimedRounds; round++)
        {
            var roundCpu = new double[settings.Count];
            for (var i = 0; i < analysed.Length; i++)
            {
                for (var j = 0; j < settings.Count; j++)
                {
                    var k = (j + i + round) % settings.Count;
                    var before = ThreadCpu.Milliseconds();
                    var signals = stages[k][fold[i]].Process(analysed[i], CancellationToken.None).Signals;
                    roundCpu[k] += ThreadCpu.Milliseconds() - before;
                    signalsOf[k][i] = signals;
                }
            }
            for (var k = 0; k < settings.Count; k++)
            {
                cpu[k] += roundCpu[k];
                ratios[k].Add(roundCpu[k] / roundCpu[0]);
            }
        }
        for (var k = 0; k < settings.Count; k++)
        {
            var modelOnly = new Dictionary<string, IReadOnlyList<PropagandaSpan>>(StringComparer.Ordinal);
            var all = new Dictionary<string, IReadOnlyList<PropagandaSpan>>(StringComparer.Ordinal);
            var count = 0;
            for (var i = 0; i < analysed.Length; i++)
            {
                var signals = signalsOf[k][i];
                var model = signals.Where(IsModelSignal).ToList();
                count += model.Count;
                modelOnly[documents[i].Id] = [.. model.Select(s => new PropagandaSpan(s.Span, s.Technique.Name()))];
                // The 14 PTC techniques come first in the enum; Sensational_Framing and the ones after it are Crosscheck's own.
                all[documents[i].Id] = [.. signals.Where(s => s.Technique < Technique.SensationalFraming).Select(s => new PropagandaSpan(s.Span, s.Technique.Name()))];
            }
            var m = PropagandaScorer.SpanIdentification(modelOnly, gold);
            var a = PropagandaScorer.SpanIdentification(all, gold);
            var l = PropagandaScorer.Labelled(modelOnly, gold);
            ratios[k].Sort();
            Console.WriteLine(string.Create(invariant,
                $"gate {settings[k].Gate:0.###}, sentence odds gate {settings[k].OddsGate:0.###}, segment threshold {settings[k].Threshold:0.###}: model signals {count}, SI P {m.Precision:0.0000} R {m.Recall:0.0000} F1 {m.F1:0.0000}, labelled F1 {l.F1:0.0000}; all PTC signals SI P {a.Precision:0.0000} R {a.Recall:0.0000} F1 {a.F1:0.0000}; stage {cpu[k] / TimedRounds / analysed.Length:0.000} ms/article, {cpu[k] / cpu[0]:0.000} x the first (per round: median {ratios[k][ratios[k].Count / 2]:0.000})"));
        }
        return 0;
    }

    // The model's signals are the ones whose reason names the model's probability; lexicon reasons never do.
    private static bool IsModelSignal(Signal signal) => signal.Reason.Contains("(model ", StringComparison.Ordinal);
}

using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace Crosscheck.Benchmarks;

/// <summary>
/// "stage-ab DIR_A DIR_B [TEXTS] [ROUNDS] [STAGE]": one analysis stage (default the signals stage) of two builds of
/// Crosscheck.Core, side by side in one process. Each build loads into its own assembly context from its output folder;
/// the articles are analysed once by each build's other stages, then the stage runs over them, a block per build,
/// alternating builds, for ROUNDS rounds. Neighbours' load on a shared host moves the time of separate runs by 10 to 40 %;
/// here it hits both builds alike, so the ratio reads changes of a few per cent. TEXTS is a folder of .txt files (read at
/// run time, never stored) or empty for the generated news prose.
/// </summary>
public static class StageAb
{
    /// <summary>
    /// "stage-ab-pipeline DIR_A DIR_B [TEXTS] [ROUNDS] [STAGE]": the stage of each build timed where it runs in analysis,
    /// right after that build's other stages analysed the article (untimed here), article by article, the builds'
    /// order rotating. The other stages evict the stage's tables and arrays from the caches as they do in the pipeline,
    /// which a block of the stage alone (<see cref="Run"/>) does not show. Prints each build's stage and rest-of-pipeline
    /// thread CPU per article, the overhead of the stage on each (stage / rest), and the ratio of the stages' times.
    /// </summary>
    public static int RunInPipeline(string folderA, string folderB, string? texts, int rounds, string stageName)
    {
        var articleTexts = Texts(texts);
        var sides = new[] { new Side(folderA, stageName, articleTexts), new Side(folderB, stageName, articleTexts) };
        for (var warm = 0; warm < 3; warm++)
        {
            for (var a = 0; a < articleTexts.Length; a++)
            {
                foreach (var side in sides)
                {
                    side.Stage(side.Rest(a));
                }
            }
        }
        Thread.Sleep(200);
        var stage = new double[2];
        var rest = new double[2];
        var ratios = new List<double>();
        var overheads = new List<double>[] { [], [] };
        for (var round = 0; round < rounds; round++)
        {
            var roundStage = new double[2];
            var roundRest = new double[2];
            for (var a = 0; a < articleTexts.Length; a++)
            {
                for (var k = 0; k < 2; k++)
                {
                    var s = (k + a + round) % 2;
                    var before = ThreadCpu.Milliseconds();
                    var document = sides[s].Rest(a);
                    var middle = ThreadCpu.Milliseconds();
                    sides[s].Stage(document);
                    var after = ThreadCpu.Milliseconds();
                    roundRest[s] += middle - before;
                    roundStage[s] += after - middle;
                }
            }
            for (var s = 0; s < 2; s++)
            {
                stage[s] += roundStage[s];
                rest[s] += roundRest[s];
                overheads[s].Add(roundStage[s] / roundRest[s]);
            }
            ratios.Add(roundStage[1] / roundStage[0]);
        }
        ratios.Sort();
        overheads[0].Sort();
        overheads[1].Sort();
        var n = (double)articleTexts.Length * rounds;
        var invariant = CultureInfo.InvariantCulture;
        for (var s = 0; s < 2; s++)
        {
            Console.WriteLine(string.Create(invariant,
                $"{(s == 0 ? "A" : "B")}: rest {rest[s] / n:0.0000} ms, {stageName} {stage[s] / n:0.0000} ms per article (thread CPU); stage / rest {stage[s] / rest[s] * 100:0.0} % (per round: median {overheads[s][overheads[s].Count / 2] * 100:0.0} %)"));
        }
        Console.WriteLine(string.Create(invariant,
            $"{stageName} in the pipeline, {articleTexts.Length} articles x {rounds} rounds: B/A {stage[1] / stage[0]:0.000} (per round: median {ratios[ratios.Count / 2]:0.000}, range {ratios[0]:0.000}-{ratios[^1]:0.000})"));
        return 0;
    }

    private static string[] Texts(string? texts) => string.IsNullOrEmpty(texts)
        ? [.. AnalysisBuilder.Articles(50).Select(a => a.Text)]
        : Directory.GetFiles(texts, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();

    /// <summary>Runs the comparison and prints each build's thread CPU per article and the ratio.</summary>
    public static int Run(string folderA, string folderB, string? texts, int rounds, string stageName)
    {
        var articleTexts = Texts(texts);
        var sides = new[] { new Side(folderA, stageName, articleTexts), new Side(folderB, stageName, articleTexts) };
        for (var warm = 0; warm < 3; warm++)
        {
            foreach (var side in sides)
            {
                for (var a = 0; a < articleTexts.Length; a++)
                {
                    side.Run(a);
                }
            }
        }
        Thread.Sleep(200);
        var cpu = new double[2];
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Each build's pass over all the articles in one block, the order swapped every round, with a collection
            // before each block so neither pays for garbage the other left.
            var roundCpu = new double[2];
            for (var k = 0; k < 2; k++)
            {
                var s = (k + round) % 2;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = ThreadCpu.Milliseconds();
                for (var a = 0; a < articleTexts.Length; a++)
                {
                    sides[s].Run(a);
                }
                roundCpu[s] = ThreadCpu.Milliseconds() - before;
            }
            cpu[0] += roundCpu[0];
            cpu[1] += roundCpu[1];
            ratios.Add(roundCpu[1] / roundCpu[0]);
        }
        ratios.Sort();
        var n = (double)articleTexts.Length * rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stageName}, {articleTexts.Length} articles x {rounds} rounds, thread CPU per article: A {cpu[0] / n:0.0000} ms, B {cpu[1] / n:0.0000} ms; B/A {cpu[1] / cpu[0]:0.000} (per round: median {ratios[ratios.Count / 2]:0.000}, range {ratios[0]:0.000}-{ratios[^1]:0.000})"));
        return 0;
    }

    /// <summary>One build: its assembly context, the stage, and the articles its other stages analysed.</summary>
    private sealed class Side
    {
        private readonly object _stage;
        private readonly MethodInfo _process;
        private readonly object[] _documents;
        private readonly object[] _articles;
        // The other stages, in pipeline order, each with its Process method.
        private readonly List<(object Stage, MethodInfo Process)> _others = [];
        private readonly Type _analyzedType;

        public Side(string folder, string stageName, string[] texts)
        {
            var context = new FolderContext(folder);
            var core = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(folder, "Crosscheck.Core.dll")));
            var pipelineType = core.GetType("Crosscheck.Pipeline.AnalysisPipeline", throwOnError: true)!;
            var articleType = core.GetType("Crosscheck.Documents.Article", throwOnError: true)!;
            var pipeline = pipelineType.GetProperty("Default")!.GetValue(null)!;
            _analyzedType = core.GetType("Crosscheck.Pipeline.AnalyzedArticle", throwOnError: true)!;
            object? stage = null;
            foreach (var candidate in (IEnumerable)pipelineType.GetProperty("Stages")!.GetValue(pipeline)!)
            {
                if (candidate.GetType().Name == stageName)
                {
                    stage = candidate;
                    continue;
                }
                _others.Add((candidate, candidate.GetType().GetMethod("Process")!));
            }
            _stage = stage ?? throw new InvalidOperationException($"No stage named {stageName} in {folder}.");
            _process = _stage.GetType().GetMethod("Process")!;
            _documents = new object[texts.Length];
            _articles = new object[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                var article = Activator.CreateInstance(articleType)!;
                articleType.GetProperty("Id")!.SetValue(article, "ab-" + i.ToString(CultureInfo.InvariantCulture));
                articleType.GetProperty("Source")!.SetValue(article, "ab");
                articleType.GetProperty("Text")!.SetValue(article, texts[i]);
                _articles[i] = article;
                _documents[i] = Rest(i);
            }
        }

        public void Run(int article) => _process.Invoke(_stage, [_documents[article], CancellationToken.None]);

        /// <summary>
        /// Analyses the article with the other stages (the document the stage reads), stage by stage as the pipeline runs
        /// them but without its last step, so the document keeps the working data the stages hand on (the text stage's
        /// shared word ids), which the pipeline takes off its result.
        /// </summary>
        public object Rest(int article)
        {
            var document = Activator.CreateInstance(_analyzedType, _articles[article])!;
            foreach (var (stage, process) in _others)
            {
                document = process.Invoke(stage, [document, CancellationToken.None])!;
            }
            return document;
        }

        /// <summary>Runs the stage on a document <see cref="Rest"/> gave.</summary>
        public void Stage(object document) => _process.Invoke(_stage, [document, CancellationToken.None]);
    }

    /// <summary>Loads a build's own assemblies from its folder; the framework's come from the default context.</summary>
    private sealed class FolderContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name.Name + ".dll"));
            return name.Name!.StartsWith("Crosscheck", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}

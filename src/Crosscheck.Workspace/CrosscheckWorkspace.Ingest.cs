using System.Diagnostics;
using System.Threading.Channels;
using Crosscheck.Documents;
using Crosscheck.Ingest.Reading;
using Crosscheck.Reports;
using Crosscheck.Storage;

namespace Crosscheck.Workspace;

/// <summary>Streaming ingest: read, analyse in parallel, store in batched transactions.</summary>
public sealed partial class CrosscheckWorkspace
{
    /// <summary>How often progress is reported while articles are read, at most.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Reads every input (directories walked), analyses the articles not yet stored and stores them with their
    /// analyses, <see cref="IngestOptions.BatchSize"/> per transaction. Idempotent by article id: already stored
    /// articles are skipped without being analysed again, so a re-run after a crash stores only what is missing.
    /// </summary>
    /// <remarks>Streams: memory holds about two batches whatever the size of the input.</remarks>
    public Task<IngestSummary> IngestAsync(
        IArticleStore store, IEnumerable<string> paths, IngestOptions? options = null, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return IngestAsync(store, ReadInputs(paths, options?.StandardInput, cancellationToken), options, progress, cancellationToken);
    }

    /// <summary>The articles of every path in order; <c>-</c> is standard input, read as JSONL.</summary>
    private IEnumerable<IngestResult> ReadInputs(IEnumerable<string> paths, Func<Stream>? standardInput, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (path != "-")
            {
                foreach (var result in Reader.Read([path], cancellationToken))
                {
                    yield return result;
                }
                continue;
            }
            if (standardInput is null)
            {
                yield return IngestResult.Failure("-", "standard input is not available here");
                continue;
            }
            using var stream = standardInput();
            foreach (var result in Reader.ReadStream("-", stream, cancellationToken))
            {
                yield return result;
            }
        }
    }

    /// <summary>Ingests already-read results (for example articles read from standard input); see the path overload.</summary>
    public async Task<IngestSummary> IngestAsync(
        IArticleStore store, IEnumerable<IngestResult> results, IngestOptions? options = null, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(results);
        options ??= IngestOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxParallelism);

        var run = new IngestRun(this, store, options, progress);
        // Reading (file I/O and HTML extraction) runs on its own thread, at most two batches ahead of analysis and
        // storage, so the three overlap while memory stays bounded.
        var channel = Channel.CreateBounded<IngestResult>(new BoundedChannelOptions(options.BatchSize * 2)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Factory.StartNew(
            () => Produce(results, channel.Writer, stopReading.Token), stopReading.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await run.AcceptAsync(result, cancellationToken).ConfigureAwait(false);
            }
            await run.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stopReading.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopReading.IsCancellationRequested)
            {
                // The consumer stopped first (an error or a cancellation); that is what is reported.
            }
        }
        return run.Summary();
    }

    private static void Produce(IEnumerable<IngestResult> results, ChannelWriter<IngestResult> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var result in results)
            {
                while (!writer.TryWrite(result))
                {
                    if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                    {
                        return;
                    }
                }
            }
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }

    private string AnalysisJson(Article article, CancellationToken cancellationToken)
    {
        var analysis = Pipeline.Analyze(article, cancellationToken);
        using var json = new StringWriter();
        ReportWriter.WriteAnalyses([analysis], ReportFormat.Jsonl, json);
        return json.ToString().TrimEnd();
    }

    /// <summary>The state of one ingest: the batch being filled and the counts.</summary>
    private sealed class IngestRun(CrosscheckWorkspace workspace, IArticleStore store, IngestOptions options, IProgress<IngestProgress>? progress)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<Article> _batch = new(options.BatchSize);
        private readonly List<IngestError> _errors = [];
        private int _read;
        private int _added;
        private int _skipped;
        private TimeSpan _lastReport;

        public async Task AcceptAsync(IngestResult result, CancellationToken cancellationToken)
        {
            if (result.Article is { } article)
            {
                _read++;
                _batch.Add(article);
                if (_batch.Count >= options.BatchSize)
                {
                    await FlushAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            else if (result.Error is { } error)
            {
                _errors.Add(error);
            }
            if (_clock.Elapsed - _lastReport >= ProgressInterval)
            {
                Report();
            }
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0)
            {
                Report();
                return;
            }
            var stored = await store.FindStoredIdsAsync([.. _batch.Select(a => a.Id)], cancellationToken).ConfigureAwait(false);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var fresh = new List<Article>(_batch.Count);
            foreach (var article in _batch)
            {
                if (!stored.Contains(article.Id) && seen.Add(article.Id))
                {
                    fresh.Add(article);
                }
            }
            _skipped += _batch.Count - fresh.Count;
            _batch.Clear();

            var analyses = new List<StoredAnalysis>(fresh.Count);
            if (options.Analyze && fresh.Count > 0)
            {
                fresh = Analyse(fresh, analyses, cancellationToken);
            }
            _added += await store.AddArticlesAsync(fresh, analyses, cancellationToken).ConfigureAwait(false);
            Report();
        }

        public IngestSummary Summary()
        {
            Report();
            return new IngestSummary(_read, _added, [.. _errors]) { Elapsed = _clock.Elapsed };
        }

        // Analyses in parallel; an article whose analysis throws becomes an error instead of failing its batch.
        private List<Article> Analyse(List<Article> articles, List<StoredAnalysis> analyses, CancellationToken cancellationToken)
        {
            var json = new string?[articles.Count];
            var failures = new string?[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.MaxParallelism }, i =>
            {
                try
                {
                    json[i] = workspace.AnalysisJson(articles[i], cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures[i] = $"analysis failed: {ex.Message.ReplaceLineEndings(" ")}";
                }
            });
            var analysed = new List<Article>(articles.Count);
            for (var i = 0; i < articles.Count; i++)
            {
                if (json[i] is { } analysis)
                {
                    analysed.Add(articles[i]);
                    analyses.Add(new StoredAnalysis(articles[i].Id, PipelineVersion, analysis));
                }
                else
                {
                    _read--;
                    _errors.Add(new IngestError(articles[i].Source, failures[i]!));
                }
            }
            return analysed;
        }

        private void Report()
        {
            _lastReport = _clock.Elapsed;
            progress?.Report(new IngestProgress(_read, _added, _skipped, _errors.Count, _lastReport));
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// Usage: Crosscheck.Load BASE_URL [CLIENTS=200] [SECONDS=30]
// Each client loops over the pages and API calls a reader makes (story list, a story, an article, a search, the
// JSON of each), one request at a time, for the given time. Prints requests, errors and latency percentiles.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Crosscheck.Load BASE_URL [CLIENTS] [SECONDS]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = baseUrl,
    Timeout = TimeSpan.FromSeconds(30),
};

// The paths come from the server itself: the largest story and its first article.
using var stories = JsonDocument.Parse(await http.GetStringAsync("/api/stories"));
var story = stories.RootElement.EnumerateArray().OrderByDescending(s => s.GetProperty("articles").GetArrayLength()).First();
var storyId = story.GetProperty("id").GetString()!;
var articleId = story.GetProperty("articles")[0].GetProperty("id").GetString()!;
string[] paths =
[
    "/", $"/stories/{storyId}", $"/articles/{articleId}", "/search?q=contract", "/api/stories", $"/api/stories/{storyId}",
    $"/api/articles/{articleId}", "/api/articles?q=wages", "/assets/app.css",
];

var latencies = new List<double>[clients];
var errors = 0L;
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
var tasks = new Task[clients];
for (var c = 0; c < clients; c++)
{
    var own = latencies[c] = new List<double>(4096);
    var offset = c;
    tasks[c] = Task.Run(async () =>
    {
        var i = offset;
        while (stop.Elapsed < deadline)
        {
            var path = paths[i++ % paths.Length];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
            }
            own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    });
}
await Task.WhenAll(tasks);
var elapsed = stop.Elapsed.TotalSeconds;
var all = latencies.SelectMany(l => l).OrderBy(x => x).ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"clients {clients}, {elapsed:0.0} s: {all.Length} requests ({all.Length / elapsed:0}/s), {errors} errors; " +
    $"latency p50 {Percentile(0.50):0.0} ms, p90 {Percentile(0.90):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {all.LastOrDefault():0.0} ms"));
return errors == 0 ? 0 : 1;

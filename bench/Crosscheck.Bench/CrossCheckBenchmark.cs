using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscheck.CrossCheck;
using Crosscheck.Documents;
using Crosscheck.Pipeline;

namespace Crosscheck.Bench;

/// <summary>
/// <c>crosscheck N [N...]</c>: one generated story of N articles of about 600 words (an original interview, wire copies,
/// syndications, rewrites with planted changes, follow-ups with their own material), analysed, then cross-checked;
/// prints the time of the cross-check alone.
/// </summary>
internal static class CrossCheckBenchmark
{
    private static readonly string[] Quotes =
    [
        "We will not renew a contract that leaves dock workers waiting for their wages",
        "The operator has had two years to fix this and it has not",
        "Kestrel Bay is not for sale to the lowest bidder",
        "I expect an answer from the operator by the end of the month",
        "We have heard promises before and this time we want to see the money",
        "The talks with the operator have been difficult but constructive",
    ];

    private static readonly string[] Claims =
    [
        "The operator owes about 3.4 million euros in back pay to 1,200 workers, according to the union.",
        "The expansion of the northern quay may be postponed until 2028.",
        "The current contract, worth 40 million euros a year, expires in June.",
        "The ministry has received more than 300 formal complaints since the autumn.",
        "Container volumes at the port fell by 6 percent last year, according to the port authority.",
        "The operator has reportedly missed two payment deadlines since January.",
    ];

    private static readonly string[] Speakers = ["Lidia Marenko", "Tomas Brezan", "Goran Halvik"];

    private static readonly string[] Outlets =
        ["The Daily Ledger", "Meridian Press Agency", "Coastline Herald", "Northgate Observer", "The Evening Blaze", "Continental Review"];

    // Each article's own material draws on a large vocabulary (about 27,000 made-up words), as real prose does.
    private static readonly string[] Syllables =
        "ka lo mi ren tor sa vel du ap ris no fen gal hu ter bo lin cas mar pe sto qui dan el ro vin tes bar gu fi".Split(' ');

    public static int Run(string[] args)
    {
        var sizes = args.Length == 0 ? [10, 100, 1000] : Array.ConvertAll(args, a => int.Parse(a, CultureInfo.InvariantCulture));
        Console.WriteLine($"cores: {Environment.ProcessorCount}");
        Console.WriteLine("articles  words    analyse_s  crosscheck_s  crosscheck_cpu_s  alignments  mutations  origins(max)");
        // Warm the JIT and the lexicons once so the first size is not charged for them.
        Measure(Generate(5, 1));
        foreach (var size in sizes)
        {
            Measure(Generate(size, size));
        }
        return 0;
    }

    private static void Measure(List<Article> articles)
    {
        var words = 0;
        foreach (var article in articles)
        {
            words += article.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        var clock = Stopwatch.StartNew();
        var analysed = new AnalyzedArticle[articles.Count];
        Parallel.For(0, articles.Count, i => analysed[i] = AnalysisPipeline.Default.Analyze(articles[i]));
        var analyse = clock.Elapsed.TotalSeconds;
        clock.Restart();
        // CPU time as well as wall time: on a shared, overloaded machine the wall clock mostly measures waiting.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var report = Comparer.Compare(analysed);
        var compare = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var mutations = 0;
        var origins = 0;
        foreach (var item in report.Alignments)
        {
            mutations += item.Mutations.Count;
            origins = Math.Max(origins, item.IndependentOrigins);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count,8}  {words,7}  {analyse,9:0.00}  {compare,12:0.00}  {cpu,16:0.00}  {report.Alignments.Count,10}  {mutations,9}  {origins,12}"));
    }

    /// <summary>N articles: 1 original, then in turn wire copies, syndications, rewrites and follow-ups.</summary>
    internal static List<Article> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 3, 14, 8, 0, 0, TimeSpan.Zero);
        var original = Body(random, rewrite: false, own: 0);
        var articles = new List<Article>(count);
        string? wire = null;
        for (var i = 0; i < count; i++)
        {
            var role = i == 0 ? 0 : i % 4;
            var text = role switch
            {
                0 => i == 0 ? original : Body(random, rewrite: false, own: i),
                1 => wire = Body(random, rewrite: false, own: i),
                2 => (wire ?? original) + "\n\nThis article was supplied by the Meridian Press Agency.",
                _ => Body(random, rewrite: true, own: i),
            };
            var outlet = $"{Outlets[i % Outlets.Length]} {i / Outlets.Length}";
            var url = $"https://bench.example/{i}";
            articles.Add(new Article
            {
                Id = ArticleId.Compute(text, url),
                Source = url,
                Url = url,
                Outlet = outlet,
                PublishedAt = start.AddMinutes(i * 7),
                Text = text,
            });
        }
        return articles;
    }

    private static string Body(Random random, bool rewrite, int own)
    {
        var builder = new StringBuilder();
        var words = 0;
        var q = 0;
        var c = random.Next(Claims.Length);
        var usedClaims = 0;
        while (words < 600)
        {
            string sentence;
            // A story's shared quotes and figures appear once per article; the rest is the article's own material.
            var pick = random.Next(4);
            if ((pick == 0 && q >= Quotes.Length) || (pick == 1 && usedClaims >= Claims.Length))
            {
                pick = 2;
            }
            switch (pick)
            {
                case 0:
                    var quote = Quotes[q++ % Quotes.Length];
                    if (rewrite && random.Next(3) == 0)
                    {
                        quote = quote.Replace("not", "never", StringComparison.Ordinal);
                    }
                    var speaker = Speakers[rewrite && random.Next(5) == 0 ? 1 : q % Speakers.Length];
                    sentence = $"“{quote},” {speaker} {(rewrite ? "admitted" : "said")}.";
                    break;
                case 1:
                    sentence = Claims[(c + usedClaims++) % Claims.Length];
                    if (rewrite)
                    {
                        sentence = sentence.Replace("may be", "will be", StringComparison.Ordinal).Replace("40 million", "400 million", StringComparison.Ordinal)
                            .Replace(" reportedly", "", StringComparison.Ordinal);
                    }
                    break;
                default:
                    var filler = new StringBuilder();
                    var length = 12 + random.Next(14);
                    for (var w = 0; w < length; w++)
                    {
                        filler.Append(w == 0 ? "The" : Syllables[random.Next(30)] + Syllables[random.Next(30)] + Syllables[random.Next(30)]).Append(' ');
                    }
                    sentence = filler.Append("number ").Append(own * 100 + random.Next(100)).Append('.').ToString();
                    break;
            }
            builder.Append(sentence).Append(words % 120 < 20 ? "\n\n" : " ");
            words += sentence.Split(' ').Length;
        }
        return builder.ToString().Trim();
    }
}

using System.Globalization;
using System.Text;
using Crosscheck.Text;

namespace Crosscheck.Workspace;

public sealed partial class CrosscheckWorkspace
{
    /// <summary>Words seen fewer times than this in the unlabelled text get no cluster.</summary>
    private const int ClusterMinimumCount = 5;

    /// <summary>The most frequent words, whose co-occurrence counts describe a word.</summary>
    private const int ClusterContexts = 2000;

    private const int ClusterWindow = 2;
    private const int ClusterDimensions = 128;

    /// <summary>
    /// Distributional word clusters from unlabelled news text, for the signals model's first pass (a rare charged word
    /// shares its cluster's weights): each word seen at least five times is described by its positive pointwise mutual
    /// information with the 2,000 most frequent words within two tokens (context counts smoothed by the power 0.75),
    /// projected to 128 dimensions by a seeded Gaussian matrix, and clustered by spherical k-means (k-means++ seeding).
    /// Deterministic: one thread, fixed seed, fixed order.
    /// </summary>
    /// <param name="texts">The unlabelled texts, in a fixed order.</param>
    /// <param name="clusters">Number of clusters (at most 255: codes are bytes, 0 meaning none).</param>
    /// <param name="seed">Seed of the projection and of the k-means seeding.</param>
    /// <returns>Each clustered word (lower case) with its cluster code 1..<paramref name="clusters"/>, ordinally sorted by word.</returns>
    public static IReadOnlyList<(string Word, int Cluster)> TrainWordClusters(IEnumerable<string> texts, int clusters = 200, int seed = 20201124)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clusters, 255);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var documents = new List<int[]>();
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            var sequence = new int[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                // Only words take part; other tokens break no window but carry no meaning here (-1).
                if (tokens[i].Kind != TokenKind.Word)
                {
                    sequence[i] = -1;
                    continue;
                }
                var word = text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length).ToString().ToLowerInvariant();
                if (!ids.TryGetValue(word, out var id))
                {
                    id = ids.Count;
                    ids[word] = id;
                    counts.Add(0);
                }
                counts[id]++;
                sequence[i] = id;
            }
            documents.Add(sequence);
        }
        var words = new string[ids.Count];
        foreach (var (word, id) in ids)
        {
            words[id] = word;
        }
        // Contexts: the most frequent words (ties by the word, ordinally); rows: every word seen often enough.
        var byCount = Enumerable.Range(0, words.Length).OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal).ToArray();
        var contextOf = new int[words.Length];
        Array.Fill(contextOf, -1);
        var contextCount = Math.Min(ClusterContexts, byCount.Length);
        for (var c = 0; c < contextCount; c++)
        {
            contextOf[byCount[c]] = c;
        }
        var rowOf = new int[words.Length];
        Array.Fill(rowOf, -1);
        var rowWords = Enumerable.Range(0, words.Length).Where(i => counts[i] >= ClusterMinimumCount && words[i].Any(char.IsLetter))
            .OrderBy(i => words[i], StringComparer.Ordinal).ToArray();
        for (var r = 0; r < rowWords.Length; r++)
        {
            rowOf[rowWords[r]] = r;
        }
        var cooccurrence = new Dictionary<long, double>();
        var rowTotals = new double[rowWords.Length];
        var contextTotals = new double[contextCount];
        foreach (var sequence in documents)
        {
            for (var i = 0; i < sequence.Length; i++)
            {
                var row = sequence[i] >= 0 ? rowOf[sequence[i]] : -1;
                if (row < 0)
                {
                    continue;
                }
                for (var d = -ClusterWindow; d <= ClusterWindow; d++)
                {
                    var j = i + d;
                    if (d == 0 || j < 0 || j >= sequence.Length || sequence[j] < 0 || contextOf[sequence[j]] < 0)
                    {
                        continue;
                    }
                    var context = contextOf[sequence[j]];
                    var key = ((long)row << 16) | (uint)context;
                    cooccurrence[key] = cooccurrence.GetValueOrDefault(key) + 1;
                    rowTotals[row]++;
                    contextTotals[context]++;
                }
            }
        }
        // PPMI with the context distribution raised to 0.75 (Levy, Goldberg and Dagan 2015), projected.
        var smoothed = contextTotals.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedSum = smoothed.Sum();
        var random = new Random(seed);
        var projection = new double[contextCount * ClusterDimensions];
        for (var i = 0; i < projection.Length; i++)
        {
            // Box-Muller from the seeded generator: the same matrix on every run.
            var u = 1 - random.NextDouble();
            var v = random.NextDouble();
            projection[i] = Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
        }
        // The PPMI matrix M, sparse, in a fixed order.
        var entries = new List<(int Row, int Context, double Value)>();
        foreach (var (key, count) in cooccurrence.OrderBy(p => p.Key))
        {
            var row = (int)(key >> 16);
            var context = (int)(key & 0xFFFF);
            var pmi = Math.Log(count * smoothedSum / (rowTotals[row] * smoothed[context]));
            if (pmi > 0)
            {
                entries.Add((row, context, pmi));
            }
        }
        // A randomized truncated SVD with one power iteration (Halko, Martinsson and Tropp 2011): the context subspace Q
        // spanned by M^T M R, orthonormalised; each word is its row of M projected on Q. The top directions keep the
        // words' shared usage and drop the counts' noise, which a plain random projection keeps.
        var vectors = new double[rowWords.Length * ClusterDimensions];
        foreach (var (row, context, value) in entries)
        {
            Axpy(value, projection.AsSpan(context * ClusterDimensions, ClusterDimensions), vectors.AsSpan(row * ClusterDimensions, ClusterDimensions));
        }
        var basis = new double[contextCount * ClusterDimensions];
        foreach (var (row, context, value) in entries)
        {
            Axpy(value, vectors.AsSpan(row * ClusterDimensions, ClusterDimensions), basis.AsSpan(context * ClusterDimensions, ClusterDimensions));
        }
        Orthonormalize(basis, contextCount);
        Array.Clear(vectors);
        foreach (var (row, context, value) in entries)
        {
            Axpy(value, basis.AsSpan(context * ClusterDimensions, ClusterDimensions), vectors.AsSpan(row * ClusterDimensions, ClusterDimensions));
        }
        for (var r = 0; r < rowWords.Length; r++)
        {
            Normalize(vectors.AsSpan(r * ClusterDimensions, ClusterDimensions));
        }
        var assignment = SphericalKMeans(vectors, rowWords.Length, clusters, random);
        var result = new List<(string Word, int Cluster)>(rowWords.Length);
        for (var r = 0; r < rowWords.Length; r++)
        {
            result.Add((words[rowWords[r]], assignment[r] + 1));
        }
        return result;
    }

    /// <summary>The unlabelled texts of the data folder the word clusters are learned from: PolNeAR articles and CheckThat! 2024 sentences (not PTC, so cross-validation on PTC stays clean).</summary>
    public static IReadOnlyList<string> ReadClusterTexts(string dataRoot)
    {
        var texts = new List<string>();
        foreach (var split in new[] { "train", "dev" })
        {
            var directory = Path.Combine(dataRoot, "attribution", "polnear", split, "text");
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
                {
                    texts.Add(File.ReadAllText(file, Encoding.UTF8));
                }
            }
        }
        var ct24 = Path.Combine(dataRoot, "checkworthiness", "ct24-english");
        if (Directory.Exists(ct24))
        {
            foreach (var file in Directory.GetFiles(ct24, "*.tsv").Order(StringComparer.Ordinal))
            {
                var sentences = new StringBuilder();
                foreach (var line in File.ReadLines(file, Encoding.UTF8).Skip(1))
                {
                    var columns = line.Split('\t');
                    if (columns.Length >= 2)
                    {
                        sentences.Append(columns[1]).Append('\n');
                    }
                }
                texts.Add(sentences.ToString());
            }
        }
        return texts;
    }

    /// <summary>Writes clusters as "word TAB code" lines, with a header comment.</summary>
    public static void WriteWordClusters(IReadOnlyList<(string Word, int Cluster)> clusters, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Word clusters for the signals model: `crosscheck train clusters --data ../shared/data` (PPMI, random projection, spherical k-means; deterministic).");
        foreach (var (word, cluster) in clusters)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{cluster}"));
        }
    }

    private static void Normalize(Span<double> v)
    {
        var norm = 0.0;
        foreach (var x in v)
        {
            norm += x * x;
        }
        if (norm > 0)
        {
            var scale = 1 / Math.Sqrt(norm);
            for (var k = 0; k < v.Length; k++)
            {
                v[k] *= scale;
            }
        }
    }

    private static int[] SphericalKMeans(double[] vectors, int rows, int k, Random random)
    {
        var d = ClusterDimensions;
        var centroids = new double[k * d];
        // k-means++ seeding over 1 - cosine.
        var distance = new double[rows];
        Array.Fill(distance, double.MaxValue);
        var first = random.Next(rows);
        vectors.AsSpan(first * d, d).CopyTo(centroids.AsSpan(0, d));
        for (var c = 1; c < k; c++)
        {
            var total = 0.0;
            for (var r = 0; r < rows; r++)
            {
                var cosine = Dot(vectors.AsSpan(r * d, d), centroids.AsSpan((c - 1) * d, d));
                distance[r] = Math.Min(distance[r], Math.Max(1 - cosine, 0));
                total += distance[r] * distance[r];
            }
            var pick = random.NextDouble() * total;
            var chosen = rows - 1;
            for (var r = 0; r < rows; r++)
            {
                pick -= distance[r] * distance[r];
                if (pick <= 0)
                {
                    chosen = r;
                    break;
                }
            }
            vectors.AsSpan(chosen * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }
        var assignment = new int[rows];
        for (var iteration = 0; iteration < 20; iteration++)
        {
            var changed = 0;
            for (var r = 0; r < rows; r++)
            {
                var best = 0;
                var bestCosine = double.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var cosine = Dot(vectors.AsSpan(r * d, d), centroids.AsSpan(c * d, d));
                    if (cosine > bestCosine)
                    {
                        bestCosine = cosine;
                        best = c;
                    }
                }
                if (assignment[r] != best || iteration == 0)
                {
                    changed++;
                }
                assignment[r] = best;
            }
            Array.Clear(centroids);
            for (var r = 0; r < rows; r++)
            {
                var target = centroids.AsSpan(assignment[r] * d, d);
                var source = vectors.AsSpan(r * d, d);
                for (var j = 0; j < d; j++)
                {
                    target[j] += source[j];
                }
            }
            for (var c = 0; c < k; c++)
            {
                Normalize(centroids.AsSpan(c * d, d));
            }
            if (changed == 0)
            {
                break;
            }
        }
        return assignment;
    }

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (var j = 0; j < x.Length; j++)
        {
            y[j] += a * x[j];
        }
    }

    /// <summary>Modified Gram-Schmidt over the columns of a row-major matrix of <paramref name="rows"/> × <see cref="ClusterDimensions"/>.</summary>
    private static void Orthonormalize(double[] matrix, int rows)
    {
        var d = ClusterDimensions;
        for (var c = 0; c < d; c++)
        {
            for (var p = 0; p < c; p++)
            {
                var dot = 0.0;
                for (var r = 0; r < rows; r++)
                {
                    dot += matrix[r * d + c] * matrix[r * d + p];
                }
                for (var r = 0; r < rows; r++)
                {
                    matrix[r * d + c] -= dot * matrix[r * d + p];
                }
            }
            var norm = 0.0;
            for (var r = 0; r < rows; r++)
            {
                norm += matrix[r * d + c] * matrix[r * d + c];
            }
            norm = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            for (var r = 0; r < rows; r++)
            {
                matrix[r * d + c] *= norm;
            }
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }
        return sum;
    }
}

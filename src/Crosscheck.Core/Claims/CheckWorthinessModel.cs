using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Crosscheck.Claims;

/// <summary>A logistic model over hashed features: one weight per hash bucket and a bias.</summary>
/// <remarks>
/// <para>Stored as text so it embeds like a lexicon: <c>key=value</c> lines, the weights quantised to 16 bits,
/// deflated and base64-encoded over several <c>weights=</c> lines. Immutable after construction, so thread-safe.</para>
/// <para>The decision threshold chosen on held-out data is folded into the bias, so a score of 0.5 is the boundary
/// between check-worthy and not.</para>
/// </remarks>
internal sealed class CheckWorthinessModel
{
    private const string Format = "crosscheck-checkworthiness-1";
    private const int LineLength = 100;

    public CheckWorthinessModel(int bits, float[] weights, double bias, double lengthPower = 0)
    {
        CheckSize(bits, weights.Length, nameof(weights));
        Bits = bits;
        _weights = weights;
        Bias = bias;
        LengthPower = lengthPower;
    }

    // A model read from its file keeps the 16-bit values and the step instead of the floats: each weight is
    // (float)(value * step) either way, bit for bit, and the table is half the size (2 MB for 2^20 weights), so fewer
    // of the scorer's look-ups (one per feature, scattered over the whole table) miss the caches.
    private CheckWorthinessModel(int bits, short[] quantised, double step, double bias, double lengthPower)
    {
        CheckSize(bits, quantised.Length, nameof(quantised));
        Bits = bits;
        _quantised = quantised;
        _step = step;
        Bias = bias;
        LengthPower = lengthPower;
    }

    private static void CheckSize(int bits, int length, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 24);
        ArgumentOutOfRangeException.ThrowIfNotEqual(length, 1 << bits, name);
    }

    private float[]? _weights;
    private readonly short[]? _quantised;
    private readonly double _step;

    /// <summary>Hash bits: the model has 2^Bits weights.</summary>
    public int Bits { get; }

    /// <summary>Mask that maps a hash to a weight index.</summary>
    public uint Mask => (1u << Bits) - 1;

    /// <summary>One weight per hash bucket.</summary>
    public float[] Weights => _weights ??= Expand(_quantised!, _step);

    private static float[] Expand(short[] quantised, double step)
    {
        var weights = new float[quantised.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(quantised[i] * step);
        }
        return weights;
    }

    /// <summary>The intercept, with the decision threshold folded in.</summary>
    public double Bias { get; }

    /// <summary>
    /// The power of the length normalisation of the word features (<see cref="CheckWorthinessFeaturizer.LengthScale"/>);
    /// 0 for models written before it, which read as unscaled.
    /// </summary>
    public double LengthPower { get; }

    /// <summary>The probability-like score of a feature list, as <see cref="CheckWorthinessFeaturizer.Extract"/> writes it.</summary>
    public double Score(List<int> features)
    {
        var active = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
        var words = Math.Max(0, active.Length - CheckWorthinessFeaturizer.RuleFeatureCount);
        // The 16-bit table sums each weight as the float table holds it, so both give the same score bit for bit.
        return _quantised is { } quantised
            ? Logistic(Sum(active[..words], quantised, _step), Sum(active[words..], quantised, _step), features.Count)
            : Logistic(Sum(active[..words], Weights), Sum(active[words..], Weights), features.Count);
    }

    private static double Sum(ReadOnlySpan<int> indexes, short[] quantised, double step)
    {
        var sum = 0.0;
        foreach (var index in indexes)
        {
            sum += (float)(quantised[index] * step);
        }
        return sum;
    }

    private static double Sum(ReadOnlySpan<int> indexes, float[] weights)
    {
        var sum = 0.0;
        foreach (var index in indexes)
        {
            sum += weights[index];
        }
        return sum;
    }

    private double Logistic(double wordSum, double ruleSum, int featureCount)
    {
        var sum = Bias + wordSum * CheckWorthinessFeaturizer.LengthScale(featureCount, LengthPower) + ruleSum;
        return 1.0 / (1.0 + Math.Exp(-sum));
    }

    /// <summary>Reads a model from its text lines (comments and blank lines already dropped).</summary>
    /// <exception cref="InvalidDataException">The lines are not a model of this format.</exception>
    public static CheckWorthinessModel Parse(IEnumerable<string> lines)
    {
        string? format = null;
        int? bits = null;
        double? bias = null;
        double? scale = null;
        var lengthPower = 0.0;
        var encoded = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new InvalidDataException($"Check-worthiness model: line '{Shorten(line)}' is not key=value.");
            }
            var key = line[..separator].Trim();
            var value = line[(separator + 1)..].Trim();
            switch (key)
            {
                case "format":
                    format = value;
                    break;
                case "bits":
                    bits = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "bias":
                    bias = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "scale":
                    scale = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "length-power":
                    lengthPower = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "weights":
                    encoded.Append(value);
                    break;
                default:
                    break;
            }
        }
        if (format != Format || bits is not { } b || bias is not { } intercept || scale is not { } step)
        {
            throw new InvalidDataException($"Check-worthiness model: expected format={Format} with bits, bias, scale and weights.");
        }
        var quantised = new short[1 << b];
        using (var inflater = new DeflateStream(new MemoryStream(Convert.FromBase64String(encoded.ToString())), CompressionMode.Decompress))
        {
            var buffer = new byte[quantised.Length * 2];
            inflater.ReadExactly(buffer);
            for (var i = 0; i < quantised.Length; i++)
            {
                quantised[i] = BinaryPrimitives.ReadInt16LittleEndian(buffer.AsSpan(i * 2));
            }
        }
        return new CheckWorthinessModel(b, quantised, step, intercept, lengthPower);
    }

    /// <summary>Writes the model, after <paramref name="comments"/> as <c>#</c> lines.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        foreach (var comment in comments)
        {
            writer.WriteLine("# " + comment);
        }
        var largest = 0f;
        foreach (var weight in Weights)
        {
            largest = Math.Max(largest, Math.Abs(weight));
        }
        var step = largest > 0 ? largest / short.MaxValue : 1.0;
        var raw = new byte[Weights.Length * 2];
        for (var i = 0; i < Weights.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(raw.AsSpan(i * 2), (short)Math.Round(Weights[i] / step));
        }
        var packed = new MemoryStream();
        using (var deflater = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflater.Write(raw);
        }
        writer.WriteLine("format=" + Format);
        writer.WriteLine("bits=" + Bits.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("bias=" + Bias.ToString("R", CultureInfo.InvariantCulture));
        writer.WriteLine("scale=" + step.ToString("R", CultureInfo.InvariantCulture));
        if (LengthPower != 0)
        {
            writer.WriteLine("length-power=" + LengthPower.ToString("R", CultureInfo.InvariantCulture));
        }
        var encoded = Convert.ToBase64String(packed.GetBuffer(), 0, (int)packed.Length);
        for (var i = 0; i < encoded.Length; i += LineLength)
        {
            writer.WriteLine("weights=" + encoded.Substring(i, Math.Min(LineLength, encoded.Length - i)));
        }
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}

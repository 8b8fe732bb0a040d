using Crosscheck.Documents;

namespace Crosscheck.Attribution;

/// <summary>
/// One decision of the source-boundary model, recorded for training: whether token <see cref="Token"/> still belongs
/// to the source phrase on the left of the speaker (<see cref="Right"/> false), or whether the apposition ending at
/// token <see cref="Token"/> does on its right (true).
/// </summary>
/// <param name="Call">Which source phrase the decision belongs to (left decisions of one phrase run leftwards).</param>
/// <param name="Right">An apposition decision rather than a left-modifier one.</param>
/// <param name="Keys">The feature keys.</param>
/// <param name="Names">Their readable names.</param>
/// <param name="Token">The token decided on (left) or the apposition's last token (right).</param>
/// <param name="Speaker">The speaker mention.</param>
/// <param name="Cue">The cue.</param>
internal sealed record SourceBoundaryExample(int Call, bool Right, ulong[] Keys, string[] Names, int Token, TextSpan Speaker, TextSpan Cue);

internal sealed partial class AttributionExtractor
{
    /// <summary>Room for every feature of one source-boundary decision.</summary>
    internal const int MaxSourceFeatures = 20;

    /// <summary>When set (training only), every source-boundary decision is recorded here with its features.</summary>
    internal List<SourceBoundaryExample>? SourceRecorder { get; set; }

    private int _sourceCalls;

    private bool UseSourceModel => _options.LearnedSourceBoundaries && _options.CueModel.HasSourceWeights;

    private static readonly ulong PrefixSlBias = CueFeatureHash.Of("sl.bias");
    private static readonly ulong PrefixSlW = CueFeatureHash.Of("sl.w=");
    private static readonly ulong PrefixSlSh = CueFeatureHash.Of("sl.sh=");
    private static readonly ulong PrefixSlRule = CueFeatureHash.Of("sl.rule=");
    private static readonly ulong PrefixSlN1 = CueFeatureHash.Of("sl.n1=");
    private static readonly ulong PrefixSlP1 = CueFeatureHash.Of("sl.p1=");
    private static readonly ulong PrefixSlPs1 = CueFeatureHash.Of("sl.ps1=");
    private static readonly ulong PrefixSlWn = CueFeatureHash.Of("sl.wn=");
    private static readonly ulong PrefixSlD = CueFeatureHash.Of("sl.d=");
    private static readonly ulong PrefixSlKind = CueFeatureHash.Of("sl.kind=");
    private static readonly ulong PrefixSlS3 = CueFeatureHash.Of("sl.s3=");
    private static readonly ulong PrefixSlCue = CueFeatureHash.Of("sl.cue=");
    private static readonly ulong PrefixSlSent = CueFeatureHash.Of("sl.sent=");
    private static readonly ulong PrefixSlKw = CueFeatureHash.Of("sl.kw=");
    private static readonly ulong PrefixSlRw = CueFeatureHash.Of("sl.rw=");

    private static readonly ulong PrefixSrBias = CueFeatureHash.Of("sr.bias");
    private static readonly ulong PrefixSrPos = CueFeatureHash.Of("sr.pos=");
    private static readonly ulong PrefixSrRule = CueFeatureHash.Of("sr.rule=");
    private static readonly ulong PrefixSrOpen = CueFeatureHash.Of("sr.open=");
    private static readonly ulong PrefixSrW1 = CueFeatureHash.Of("sr.w1=");
    private static readonly ulong PrefixSrSh1 = CueFeatureHash.Of("sr.sh1=");
    private static readonly ulong PrefixSrW2 = CueFeatureHash.Of("sr.w2=");
    private static readonly ulong PrefixSrLen = CueFeatureHash.Of("sr.len=");
    private static readonly ulong PrefixSrKind = CueFeatureHash.Of("sr.kind=");
    private static readonly ulong PrefixSrWl = CueFeatureHash.Of("sr.wl=");
    private static readonly ulong PrefixSrCaps = CueFeatureHash.Of("sr.caps=");
    private static readonly ulong PrefixSrPw1 = CueFeatureHash.Of("sr.pw1=");
    private static readonly ulong PrefixSrKsh1 = CueFeatureHash.Of("sr.ksh1=");
    private static readonly ulong PrefixSrW1w2 = CueFeatureHash.Of("sr.w1w2=");

    private static readonly string[] DistanceBuckets = ["0", "1", "2", "3", "4+"];
    private static readonly string[] LengthBuckets = ["0", "1", "2", "3", "4-6", "7-12", "13+"];
    private static readonly string[] CapsBuckets = ["0", "1", "2", "3+"];

    private static string KindName(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Name => "name",
        SpeakerKind.Pronoun => "pronoun",
        SpeakerKind.Descriptor => "descriptor",
        SpeakerKind.Group => "group",
        _ => "org",
    };

    /// <summary>
    /// Whether token <paramref name="k"/>, left of the source phrase built so far, belongs to it. The trained model
    /// decides where the cue model carries source-boundary weights; <paramref name="rule"/> (the hand rule's answer)
    /// is one of its features and the answer without them.
    /// </summary>
    private bool SourceLeftKeep(int k, SpeakerPhrase speaker, bool rule, int sentenceFirst)
    {
        if (!UseSourceModel)
        {
            return rule;
        }
        Span<ulong> keys = stackalloc ulong[MaxSourceFeatures];
        var count = SourceLeftFeatures(k, speaker, rule, sentenceFirst, keys, null);
        return _options.CueModel.ScoreExtra(keys[..count]) > 0;
    }

    /// <summary>Whether the apposition from the token after the speaker to <paramref name="end"/> belongs to the source phrase (see <see cref="SourceLeftKeep"/>).</summary>
    private bool SourceRightKeep(SpeakerPhrase speaker, int end, bool prePosed, bool rule)
    {
        if (!UseSourceModel)
        {
            return rule;
        }
        Span<ulong> keys = stackalloc ulong[MaxSourceFeatures];
        var count = SourceRightFeatures(speaker, end, prePosed, rule, keys, null);
        return _options.CueModel.ScoreExtra(keys[..count]) > 0;
    }

    private void RecordLeft(int k, SpeakerPhrase speaker, CueMatch cue, bool rule, int sentenceFirst, int call)
    {
        Span<ulong> keys = stackalloc ulong[MaxSourceFeatures];
        var names = new List<string>(MaxSourceFeatures);
        var count = SourceLeftFeatures(k, speaker, rule, sentenceFirst, keys, names);
        SourceRecorder!.Add(new SourceBoundaryExample(call, false, keys[..count].ToArray(), [.. names], k, speaker.Span, SpanOf(cue.First, cue.Last)));
    }

    private void RecordRight(SpeakerPhrase speaker, CueMatch cue, int end, bool prePosed, bool rule, int call)
    {
        Span<ulong> keys = stackalloc ulong[MaxSourceFeatures];
        var names = new List<string>(MaxSourceFeatures);
        var count = SourceRightFeatures(speaker, end, prePosed, rule, keys, names);
        SourceRecorder!.Add(new SourceBoundaryExample(call, true, keys[..count].ToArray(), [.. names], end, speaker.Span, SpanOf(cue.First, cue.Last)));
    }

    private int SourceLeftFeatures(int k, SpeakerPhrase speaker, bool rule, int sentenceFirst, Span<ulong> keys, List<string>? names)
    {
        var writer = new CueKeyWriter(keys, names);
        var sentence = _tokenSentence[k];
        var training = names is not null;
        var self = ValueHash(k, sentence);
        var word = FeatureValue(k, sentence);
        var kind = KindName(speaker.Kind);
        writer.Text(PrefixSlBias, "sl.bias", []);
        writer.Add(PrefixSlW, "sl.w=", self, training ? word : []);
        writer.Add(PrefixSlSh, "sl.sh=", ShapeHash(k, sentence), training ? FeatureShape(k, sentence) : []);
        writer.Text(PrefixSlRule, "sl.rule=", rule ? "1" : "0");
        writer.Add(PrefixSlN1, "sl.n1=", ValueHash(k + 1, sentence), training ? FeatureValue(k + 1, sentence) : []);
        writer.Add(PrefixSlP1, "sl.p1=", ValueHash(k - 1, sentence), training ? FeatureValue(k - 1, sentence) : []);
        writer.Add(PrefixSlPs1, "sl.ps1=", ShapeHash(k - 1, sentence), training ? FeatureShape(k - 1, sentence) : []);
        writer.Pair(PrefixSlWn, "sl.wn=", self, ShapeHash(k + 1, sentence), training ? word : [], training ? FeatureShape(k + 1, sentence) : []);
        writer.Text(PrefixSlD, "sl.d=", DistanceBuckets[Math.Clamp(speaker.First - k, 0, 4)]);
        writer.Text(PrefixSlKind, "sl.kind=", kind);
        if (IsWord(k))
        {
            var w = Word(k);
            writer.Text(PrefixSlS3, "sl.s3=", w.Length > 3 ? w[^3..] : w);
        }
        writer.Text(PrefixSlCue, "sl.cue=", IsWord(k) && TryCue(k, out _) ? "1" : "0");
        writer.Text(PrefixSlSent, "sl.sent=", k == sentenceFirst ? "1" : "0");
        writer.Pair(PrefixSlKw, "sl.kw=", CueFeatureHash.Of(kind), self, kind, training ? word : []);
        writer.Pair(PrefixSlRw, "sl.rw=", CueFeatureHash.Of(rule ? "1" : "0"), self, rule ? "1" : "0", training ? word : []);
        return writer.Count;
    }

    private int SourceRightFeatures(SpeakerPhrase speaker, int end, bool prePosed, bool rule, Span<ulong> keys, List<string>? names)
    {
        var writer = new CueKeyWriter(keys, names);
        var open = speaker.Last + 1;
        var sentence = _tokenSentence[open];
        var training = names is not null;
        var position = prePosed ? "pre" : "post";
        var kind = KindName(speaker.Kind);
        var first = ValueHash(open + 1, sentence);
        var firstText = training ? FeatureValue(open + 1, sentence) : [];
        var firstShape = ShapeHash(open + 1, sentence);
        var length = end - open;
        var capitals = 0;
        for (var t = open + 1; t < end && capitals < 3; t++)
        {
            if (IsCapitalised(t))
            {
                capitals++;
            }
        }
        writer.Text(PrefixSrBias, "sr.bias", []);
        writer.Text(PrefixSrPos, "sr.pos=", position);
        writer.Text(PrefixSrRule, "sr.rule=", rule ? "1" : "0");
        writer.Add(PrefixSrOpen, "sr.open=", ValueHash(open, sentence), training ? FeatureValue(open, sentence) : []);
        writer.Add(PrefixSrW1, "sr.w1=", first, firstText);
        writer.Add(PrefixSrSh1, "sr.sh1=", firstShape, training ? FeatureShape(open + 1, sentence) : []);
        writer.Add(PrefixSrW2, "sr.w2=", ValueHash(open + 2, sentence), training ? FeatureValue(open + 2, sentence) : []);
        writer.Text(PrefixSrLen, "sr.len=", LengthBuckets[length <= 3 ? Math.Max(length, 0) : length <= 6 ? 4 : length <= 12 ? 5 : 6]);
        writer.Text(PrefixSrKind, "sr.kind=", kind);
        writer.Add(PrefixSrWl, "sr.wl=", ValueHash(end - 1, sentence), training ? FeatureValue(end - 1, sentence) : []);
        writer.Text(PrefixSrCaps, "sr.caps=", CapsBuckets[capitals]);
        writer.Pair(PrefixSrPw1, "sr.pw1=", CueFeatureHash.Of(position), first, position, firstText);
        writer.Pair(PrefixSrKsh1, "sr.ksh1=", CueFeatureHash.Of(kind), firstShape, kind, training ? FeatureShape(open + 1, sentence) : []);
        writer.Pair(PrefixSrW1w2, "sr.w1w2=", first, ValueHash(open + 2, sentence), firstText, training ? FeatureValue(open + 2, sentence) : []);
        return writer.Count;
    }
}

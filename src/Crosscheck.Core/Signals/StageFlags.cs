using Crosscheck.Attribution;
using Crosscheck.Claims;
using Crosscheck.Entities;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Signals;

/// <summary>
/// What the earlier stages found, as bit flags per token for the propaganda model's features: inside a quote's content
/// (by its kind and what it reports), its cue or its source; inside an entity mention of a kind, or next to one; and the
/// claim of the token's sentence (modality, check-worthiness, voice). Filled once per article from the spans the
/// <see cref="AnalyzedArticle"/> already holds (no re-analysis), the same way in training and in analysis.
/// </summary>
internal sealed class StageFlags
{
    // Token flags.
    internal const int DirectContent = 0;
    internal const int IndirectContent = 1;
    internal const int MixedContent = 2;
    internal const int ReportsBelief = 3;
    internal const int ReportsIntent = 4;
    internal const int ReportsAct = 5;
    internal const int InCue = 6;
    internal const int InSource = 7;
    internal const int InPerson = 8;
    internal const int InOrganization = 9;
    internal const int InOutlet = 10;
    internal const int InPlace = 11;
    internal const int InGroup = 12;
    internal const int NextToPerson = 13;
    internal const int NextToPlace = 14;

    /// <summary>Names of the token flags, by bit.</summary>
    internal static readonly string[] TokenNames =
        ["qd", "qi", "qm", "rb", "ri", "ra", "cue", "src", "per", "org", "out", "plc", "grp", "nper", "nplc"];

    // Sentence flags (of the claim whose span holds the token).
    internal const int NoClaim = 5;
    internal const int WorthLow = 6;
    internal const int WorthMiddle = 7;
    internal const int WorthHigh = 8;
    internal const int VoiceOutlet = 9;
    internal const int VoiceQuoted = 10;
    internal const int VoiceCited = 11;
    internal const int Negation = 12;

    /// <summary>Names of the sentence flags, by bit (the first five are the claim's <see cref="Modality"/>).</summary>
    internal static readonly string[] SentenceNames =
        ["asserted", "hedged", "speculative", "question", "negated", "noclaim", "cw0", "cw1", "cw2", "vout", "vquo", "vcit", "neg"];

    private static readonly (int TokenMask, int SentenceMask) Enabled = ReadSwitch(Environment.GetEnvironmentVariable("CROSSCHECK_SI20"));
    private static readonly string Use = Environment.GetEnvironmentVariable("CROSSCHECK_SI20_USE") ?? "tsck";

    /// <summary>Whether the token tagger reads the token flags.</summary>
    internal static readonly bool TaggerTokens = Use.Contains('t', StringComparison.Ordinal);

    /// <summary>Whether the token tagger reads the sentence flags.</summary>
    internal static readonly bool TaggerSentences = Use.Contains('s', StringComparison.Ordinal);

    /// <summary>Whether the clause and sentence classifiers read the flags.</summary>
    internal static readonly bool Clauses = Use.Contains('c', StringComparison.Ordinal);

    /// <summary>Whether the segment scorer reads the flags.</summary>
    internal static readonly bool Dense = Use.Contains('d', StringComparison.Ordinal);

    /// <summary>Whether quote content runs are segment candidates.</summary>
    internal static readonly bool QuoteRuns = Use.Contains('u', StringComparison.Ordinal);

    /// <summary>Whether the technique classifier reads the flags.</summary>
    internal static readonly bool Techniques = Use.Contains('k', StringComparison.Ordinal);

    private StageFlags(int[] tokens, int[] sentences)
    {
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>Each token's flags (bits of <see cref="TokenNames"/>).</summary>
    public int[] Tokens { get; }

    /// <summary>Each token's sentence flags (bits of <see cref="SentenceNames"/>), from the claim holding the token.</summary>
    public int[] Sentences { get; }

    /// <summary>
    /// The flags of <paramref name="document"/>'s <paramref name="tokens"/> (the tokens the model reads); null when
    /// no flag is switched on.
    /// </summary>
    public static StageFlags? Of(AnalyzedArticle document, IReadOnlyList<Token> tokens) => Of(document, tokens, Enabled.TokenMask, Enabled.SentenceMask);

    /// <summary>The flags of <paramref name="tokens"/> in the masks given (all bits: -1); null when both are 0.</summary>
    internal static StageFlags? Of(AnalyzedArticle document, IReadOnlyList<Token> tokens, int tokenMask, int sentenceMask)
    {
        if (tokenMask == 0 && sentenceMask == 0)
        {
            return null;
        }
        var all = TokenList.AsSpan(tokens);
        var n = all.Length;
        var flags = new int[n];
        var sentences = new int[n];
        foreach (var quote in document.Quotes)
        {
            var content = quote.Kind switch
            {
                QuoteKind.Direct => 1 << DirectContent,
                QuoteKind.Indirect => 1 << IndirectContent,
                _ => 1 << MixedContent,
            };
            content |= quote.Reports switch
            {
                Reported.Belief => 1 << ReportsBelief,
                Reported.Intent => 1 << ReportsIntent,
                Reported.Act => 1 << ReportsAct,
                _ => 0,
            };
            Mark(all, flags, quote.Span, content);
            if (quote.CueSpan is { } cue)
            {
                Mark(all, flags, cue, 1 << InCue);
            }
            if (quote.SourceSpan is { } source)
            {
                Mark(all, flags, source, 1 << InSource);
            }
        }
        foreach (var mention in document.Mentions)
        {
            if (mention.Form == MentionForm.Pronoun)
            {
                continue;
            }
            var (bit, next) = mention.Kind switch
            {
                EntityKind.Person => (InPerson, NextToPerson),
                EntityKind.Organization => (InOrganization, -1),
                EntityKind.Outlet => (InOutlet, -1),
                EntityKind.Place => (InPlace, NextToPlace),
                _ => (InGroup, NextToPlace),
            };
            var (first, end) = Mark(all, flags, mention.Span, 1 << bit);
            if (next >= 0 && end > first)
            {
                if (first > 0)
                {
                    flags[first - 1] |= 1 << next;
                }
                if (end < n)
                {
                    flags[end] |= 1 << next;
                }
            }
        }
        if ((sentenceMask & (1 << NoClaim)) != 0)
        {
            Array.Fill(sentences, 1 << NoClaim);
        }
        foreach (var claim in document.Claims)
        {
            var bits = 1 << (int)claim.Modality;
            bits |= claim.CheckWorthiness switch
            {
                < 0.5 => 1 << WorthLow,
                < 0.7 => 1 << WorthMiddle,
                _ => 1 << WorthHigh,
            };
            bits |= claim.Voice switch
            {
                ClaimVoice.Outlet => 1 << VoiceOutlet,
                ClaimVoice.Quoted => 1 << VoiceQuoted,
                _ => 1 << VoiceCited,
            };
            if (claim.HasNegation)
            {
                bits |= 1 << Negation;
            }
            var (first, end) = TextRegions.TokenRange(all, claim.Span);
            sentences.AsSpan(first, end - first).Fill(bits);
        }
        for (var i = 0; i < n; i++)
        {
            flags[i] &= tokenMask;
            sentences[i] &= sentenceMask;
        }
        return new StageFlags(flags, sentences);
    }

    private static (int First, int End) Mark(ReadOnlySpan<Token> tokens, int[] flags, Documents.TextSpan span, int bits)
    {
        var (first, end) = TextRegions.TokenRange(tokens, span);
        for (var i = first; i < end; i++)
        {
            flags[i] |= bits;
        }
        return (first, end);
    }

    /// <summary>The families switched on by letter: q quote content, r what it reports, c cue and source, e entities, n next to one; m modality, w check-worthiness, v voice, g negation.</summary>
    private static (int, int) ReadSwitch(string? value)
    {
        var token = 0;
        var sentence = 0;
        foreach (var letter in value ?? "")
        {
            switch (letter)
            {
                case 'q': token |= 0b111; break;
                case 'r': token |= 0b111 << ReportsBelief; break;
                case 'c': token |= 1 << InCue | 1 << InSource; break;
                case 'e': token |= 0b11111 << InPerson; break;
                case 'n': token |= 1 << NextToPerson | 1 << NextToPlace; break;
                case 'm': sentence |= 0b111111; break;
                case 'w': sentence |= 0b111 << WorthLow; break;
                case 'v': sentence |= 0b111 << VoiceOutlet; break;
                case 'g': sentence |= 1 << Negation; break;
            }
        }
        return (token, sentence);
    }
}

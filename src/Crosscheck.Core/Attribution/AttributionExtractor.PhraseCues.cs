using Crosscheck.Text;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    private static readonly string[] MakeForms = ["make", "makes", "made", "making"];

    // What "make" reports when it is its object: "made the case that", "is making an impassioned case to", "has made a
    // commitment to", "made several statements on". Effort, decision, comment and push nouns stay out: "made a concerted
    // effort to reach out", "made his comments a few days after" report no words in PolNeAR.
    private static readonly string[] SpeechObjectNouns =
    [
        "case", "cases", "argument", "arguments", "pitch", "commitment", "commitments", "promise", "promises", "pledge",
        "pledges", "prediction", "predictions", "statement", "statements", "announcement", "reference", "references",
        "suggestion", "accusation", "accusations", "claim", "claims", "plea", "appeal", "call", "vow", "threat", "threats",
        "warning", "warnings", "assurances",
    ];

    private static readonly string[] ObjectOpeners =
        ["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "no", "several", "many", "some", "any", "one", "two"];

    // Words that start a scare-quoted name for someone or something: "what Ruiz called “a cartel”".
    private static readonly string[] NamingVerbs = ["called", "calling", "calls", "call", "dubbed", "dubbing", "labeled", "labelled", "branded", "termed"];

    /// <summary>
    /// Whether token <paramref name="i"/> is a cue by its phrase where the cue model, which sees the word and its
    /// neighbours, scores it below the threshold: "make" with what it makes ("made it clear", "made clear", "is making an
    /// impassioned case", "made a commitment"), where the head word alone mostly means producing or causing something
    /// ("made a stop", "made it harder"); and a naming verb before a quotation ("what Ruiz called “a cartel”"), which
    /// cites the speaker's own words.
    /// </summary>
    private bool IsPhraseCue(int i)
    {
        if (IsOneOf(i, MakeForms) && !Exp("NOMAKE"))
        {
            // "were made clear" and "arguments that could be made" are passives: their subject did not speak.
            if (IsOneOf(i - 1, PassiveBe))
            {
                return false;
            }
            var k = i + 1;
            if (Is(k, "it"))
            {
                k++;
            }
            if (Is(k, "clear"))
            {
                return true;
            }
            if (k != i + 1)
            {
                return false;
            }
            if (IsOneOf(k, ObjectOpeners))
            {
                k++;
            }
            // Up to four modifiers before the noun ("an increasingly explicit, urgent and desperate case").
            for (var end = k + 7; k < end && IsLower(k); k++)
            {
                if (IsOneOf(k, SpeechObjectNouns))
                {
                    return true;
                }
                if (IsOneOf(k, FunctionWords) && !Is(k, "and"))
                {
                    return false;
                }
                if (IsPunct(k + 1, ','))
                {
                    k++;
                }
            }
            return false;
        }
        if (IsOneOf(i, NamingVerbs) && !Exp("NONAME"))
        {
            // The quotation opens right after the verb or after its object ("called it “a disgrace”", "called him a
            // “stiff”").
            for (var k = i + 1; k <= i + 3 && k < _tokens.Length; k++)
            {
                if (IsOpeningQuoteMark(k))
                {
                    return true;
                }
                if (!IsWord(k))
                {
                    return false;
                }
            }
        }
        return false;
    }

    internal static bool Exp(string name) => Environment.GetEnvironmentVariable("REJ16_" + name) == "1";

    private bool IsOpeningQuoteMark(int k) =>
        _tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Span.Start] is '"' or '\u201C' && _tokens[k].Span.End < _text.Length
        && !char.IsWhiteSpace(_text[_tokens[k].Span.End]);
}

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Words that open a clause or a sentence adverb, never an apposition: "said Ruiz[, but the board …]", "Kovac[,
    // though,] said", "according to the port office[, although …]". In PolNeAR train no gold source holds ", " and one
    // of these as an apposition's first word, while 102 gold sources are followed by one (round 22: "however" 14,
    // "meanwhile" 11, "while" 9, "though" 7, "but" 6, "have" 6 …; "as" is kept: 3 gold sources take "as a backer …").
    private static readonly string[] ClausalAppositionStarts =
    [
        "but", "although", "though", "while", "whereas", "because", "if", "unless", "yet", "so", "however",
        "accordingly", "meanwhile", "instead", "too", "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "can", "could", "did", "does", "do",
    ];

    // After a comma inside an apposition these open the subject's own verb phrase: "Ana Ruiz, who chairs the board[,
    // has picked up …]". No gold source of PolNeAR train holds ", has", ", have", ", is" or ", are" (one holds ", was").
    private static readonly string[] FiniteAfterComma = ["has", "have", "had", "is", "are", "was", "were", "will", "would"];

    // A past-tense verb with its object right after a comma: "Ana Ruiz, who chairs the board, dropped her support".
    // A participle that heads an apposition takes a preposition instead ("conducted for", "released on", "named after").
    private static readonly string[] ObjectStarts = ["his", "her", "their", "its", "the", "a", "an", "those", "this", "these", "that", "our", "my"];

    private bool PastTenseWithObject(int i) =>
        IsLower(i) && Word(i).Length > 4 && Word(i).EndsWith("ed", StringComparison.Ordinal) && IsOneOf(i + 1, ObjectStarts);

    /// <summary>
    /// The last token of the apposition that runs from <paramref name="first"/> (its first word, after the comma) to
    /// <paramref name="end"/>, cut where it turns into a clause: −1 when its first word opens a clause or is a sentence
    /// adverb ("said Ruiz, but the board …", "Kovac, for example, said"), the token before the comma that opens a verb
    /// phrase inside it ("Ana Ruiz, who chairs the board, has picked up the point, saying …": the source ends at "board"),
    /// else <paramref name="end"/>. <paramref name="keepComma"/> ends a cut apposition on that comma (a pre-posed
    /// apposition ends on the comma before its cue), else on the token before it.
    /// </summary>
    /// <remarks>
    /// The source model decides whether an apposition belongs to the source, but it was offered the whole stretch to the
    /// cue or the sentence's end, which takes in a clause that no gold source holds ("R pred+" apposition buckets of
    /// source-shapes.cs: about 25 of 125 on seed 1 hold a clause word or a finite verb).
    /// </remarks>
    private int AppositionBeforeClause(int first, int end, bool keepComma)
    {
        if (IsOneOf(first, ClausalAppositionStarts)
            || Is(first, "for") && (Is(first + 1, "example") || Is(first + 1, "instance"))
            || Is(first, "of") && Is(first + 1, "course"))
        {
            return -1;
        }
        for (var k = first + 1; k < end; k++)
        {
            if (IsPunct(k, ',') && (IsOneOf(k + 1, FiniteAfterComma) || PastTenseWithObject(k + 1)))
            {
                return keepComma ? k : k - 1;
            }
        }
        return end;
    }

    // Words in "-ing" that go on with the apposition rather than open a participle phrase: "…, including his wife,",
    // "…, regarding the port", nouns ("…, nothing more"). "During", "following" and "according" stay cuts: they open an
    // adverbial or another attribution ("said Ana Ruiz, the port's head, following the vote").
    private static readonly string[] NotParticiples =
    [
        "including", "excluding", "regarding", "concerning", "pending", "morning", "evening", "nothing", "something",
        "anything", "everything", "spring",
    ];

    // The relative pronouns that open a clause after a post-posed apposition ("…, who added that …").
    private static readonly string[] RelativePronouns = ["who", "which"];

    /// <summary>
    /// The last token of a post-posed apposition ("said Ana Ruiz, a lawyer for the union, …") that runs from
    /// <paramref name="first"/> to the sentence's last word <paramref name="end"/>, cut before a comma that opens what
    /// follows the apposition rather than more of it: a relative clause with a speech verb ("…, who added that …"), a
    /// participle phrase ("…, referring to …") or a quotation ("…, “but it …”").
    /// </summary>
    /// <remarks>
    /// The whole stretch to the sentence's end was the only candidate offered to the source model, and one holding a
    /// cue or a quotation mark was not offered at all, so "said Ana Ruiz, a lawyer for the union, who added …" lost the
    /// apposition that PolNeAR marks (a post-posed apposition with "a"/"an"/"the" first is in 312 gold sources of train
    /// and left out of 16).
    /// </remarks>
    private int PostposedAppositionEnd(int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            // A full stop before a line break ends the sentence the splitter ran on past ("… can make foundations.\nthrough
            // the action of …"): what follows is no apposition, and a shorter cut would now offer it to the model.
            if ((IsPunct(k, '.') || IsPunct(k, '?') || IsPunct(k, '!')) && _text.AsSpan(_tokens[k].Span.End, _tokens[k + 1].Span.Start - _tokens[k].Span.End).Contains('\n'))
            {
                return -1;
            }
            if (!IsPunct(k, ','))
            {
                continue;
            }
            var relativeCue = IsOneOf(k + 1, RelativePronouns) && (IsWord(k + 2) && TryCue(k + 2, out _) || IsLower(k + 2) && IsWord(k + 3) && TryCue(k + 3, out _));
            var participle = IsLower(k + 1) && Word(k + 1).Length > 4 && Word(k + 1).EndsWith("ing", StringComparison.Ordinal) && !IsOneOf(k + 1, NotParticiples);
            var quotation = k + 1 <= end && HasQuoteMark(k + 1, k + 1);
            if (relativeCue || participle || quotation)
            {
                return k - 1;
            }
        }
        return end;
    }
}

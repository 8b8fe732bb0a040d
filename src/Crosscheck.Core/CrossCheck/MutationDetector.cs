using Crosscheck.Claims;

namespace Crosscheck.CrossCheck;

/// <summary>Classifies how each later version of an aligned item differs from the earliest one.</summary>
internal static class MutationDetector
{
    // A detail line stays readable: the first few word changes, then an ellipsis.
    private const int MaxHunksInDetail = 4;

    /// <summary>
    /// Appends the mutations of every unit but the first, each against the unit it derives from
    /// (<paramref name="parents"/>[i], from the provenance graph) or, for an independent origin, against the earliest
    /// unit; each mutation carries the word diff between its two versions.
    /// </summary>
    public static void Detect(IReadOnlyList<ComparisonUnit> units, IReadOnlyList<AlignedMember> members, IReadOnlyList<int> parents, List<Mutation> output)
    {
        for (var i = 1; i < units.Count; i++)
        {
            var referenceIndex = parents[i] >= 0 ? parents[i] : 0;
            var reference = units[referenceIndex];
            var other = units[i];
            var from = members[referenceIndex];
            var to = members[i];
            var start = output.Count;
            // Copies repeat the same words: only who said them, where and how can differ, and skipping the word diffs
            // keeps a story of a thousand wire copies linear.
            var sameWords = SameWords(reference.Words.Words, other.Words.Words);
            if (reference.Kind == AlignedItemKind.Quote)
            {
                Speaker(units, members, referenceIndex, i, output);
                Venue(units, members, i, output);
                CueIntensified(units, members, referenceIndex, i, output);
            }
            if (sameWords)
            {
                AttachDiffs(units, members, reference, other, from, start, output);
                continue;
            }
            if (reference.Kind == AlignedItemKind.Quote)
            {
                if (reference.Verbatim is not null && other.Verbatim is not null)
                {
                    Wording(reference, other, from, to, output);
                }
                else if (reference.Verbatim is null && other.Verbatim is null)
                {
                    // Both versions paraphrase: the words are the outlets', so a loaded word one adds ("400 desperate
                    // residents") is its framing, as in a claim. A quotation's words are the speaker's (wording drift).
                    WordsIntensified(reference, other, from, to, output);
                }
            }
            else
            {
                WordsIntensified(reference, other, from, to, output);
            }
            Context(reference, other, from, to, output);
            Numbers(reference, other, from, to, output);
            Negation(reference, other, from, to, output);
            Hedges(reference, other, from, to, output);
            Approximators(reference, other, from, to, output);
            AttachDiffs(units, members, reference, other, from, start, output);
        }
    }

    private static void AttachDiffs(IReadOnlyList<ComparisonUnit> units, IReadOnlyList<AlignedMember> members, ComparisonUnit reference,
        ComparisonUnit other, AlignedMember from, int start, List<Mutation> output)
    {
        List<DiffSegment>? diff = null;
        for (var m = start; m < output.Count; m++)
        {
            var mutation = output[m];
            var fromUnit = ReferenceEquals(mutation.From, from) ? reference : units[IndexOf(members, mutation.From)];
            output[m] = mutation with
            {
                Diff = ReferenceEquals(fromUnit, reference) ? diff ??= WordDiff.Segments(reference.Words, other.Words) : WordDiff.Segments(fromUnit.Words, other.Words),
            };
        }
    }

    private static bool SameWords(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var k = 0; k < a.Length; k++)
        {
            if (!string.Equals(a[k], b[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static int IndexOf(IReadOnlyList<AlignedMember> members, AlignedMember member)
    {
        for (var k = 0; k < members.Count; k++)
        {
            if (ReferenceEquals(members[k], member))
            {
                return k;
            }
        }
        return 0;
    }

    private static void Speaker(IReadOnlyList<ComparisonUnit> units, IReadOnlyList<AlignedMember> members, int referenceIndex, int index, List<Mutation> output)
    {
        if (units[index].Speaker is not { } b)
        {
            return;
        }
        // The reference may not name a speaker (attribution found none); the earliest version that does sets it.
        var established = Established(units, referenceIndex, index, u => u.Speaker);
        if (established >= 0 && units[established].Speaker is { } a && !Similarity.SameSpeaker(a, b))
        {
            // "…, according to the Daily Ledger" in place of the Ledger's "…, officials said": the later version credits
            // the outlet it took the item from, and the original source is gone. Still a change of who is said to
            // vouch for it, but a reader should see which kind.
            var credit = units[established].Outlet.Length > 0 && Similarity.SameSpeaker(units[established].Outlet, b) ? $" (credited to the outlet that reported it; \"{a}\" dropped)" : "";
            output.Add(new Mutation(MutationKind.SpeakerChanged, members[established], members[index], $"speaker \"{a}\" → \"{b}\"{credit}"));
        }
    }

    /// <summary>The reference if it has the property, else the earliest earlier unit that has it, else -1.</summary>
    private static int Established(IReadOnlyList<ComparisonUnit> units, int referenceIndex, int index, Func<ComparisonUnit, string?> property)
    {
        if (property(units[referenceIndex]) is not null)
        {
            return referenceIndex;
        }
        for (var k = 0; k < index; k++)
        {
            if (property(units[k]) is not null)
            {
                return k;
            }
        }
        return -1;
    }

    private static void Venue(IReadOnlyList<ComparisonUnit> units, IReadOnlyList<AlignedMember> members, int index, List<Mutation> output)
    {
        var other = units[index];
        if (other.Venue is not { } venue)
        {
            return;
        }
        // The venue is established by the earliest version that names one.
        for (var k = 0; k < index; k++)
        {
            if (units[k].Venue is not { } established)
            {
                continue;
            }
            var a = Similarity.VenueWords(established);
            var b = Similarity.VenueWords(venue);
            if (a.Count > 0 && b.Count > 0 && !a.Overlaps(b))
            {
                output.Add(new Mutation(MutationKind.VenueChanged, members[k], members[index], $"venue \"{established}\" → \"{venue}\""));
            }
            return;
        }
        // No earlier version names a venue, yet this one says the words were given to its own outlet although another
        // outlet published them first.
        var first = units[0];
        if (other.Outlet.Length > 0 && Similarity.VenueNamesOutlet(venue, other.Outlet)
            && !Similarity.VenueNamesOutlet(venue, first.Outlet))
        {
            output.Add(new Mutation(MutationKind.VenueChanged, members[0], members[index],
                $"venue \"{venue}\" claimed, but {first.Outlet} published the quote first"));
        }
    }

    private static void CueIntensified(IReadOnlyList<ComparisonUnit> units, IReadOnlyList<AlignedMember> members, int referenceIndex, int index, List<Mutation> output)
    {
        if (units[index].Cue is not { } loaded || !HasIntensifier(WordSequence.From(loaded).Words))
        {
            return;
        }
        var established = Established(units, referenceIndex, index, u => u.Cue);
        // A report the earlier version hedged with an adverb ("The dam reportedly needs repairs", whose cue is
        // "reportedly") had no verb to replace: "…, engineers warned" adds a source to the same hedged words, it does
        // not strengthen a neutral verb (a hedge dropped from the words is the Hedges check's to report).
        if (established >= 0 && CrossCheckLexicons.Hedges.ContainsKey(units[established].Cue!.ToLowerInvariant()))
        {
            return;
        }
        if (established < 0)
        {
            // No earlier version frames the words with a verb at all: the loaded framing is new.
            output.Add(new Mutation(MutationKind.Intensified, members[referenceIndex], members[index], $"cue \"{loaded}\" added"));
            return;
        }
        var neutral = units[established].Cue!;
        if (!HasIntensifier(WordSequence.From(neutral).Words))
        {
            output.Add(new Mutation(MutationKind.Intensified, members[established], members[index], $"cue \"{neutral}\" → \"{loaded}\""));
        }
    }

    private static void WordsIntensified(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        List<string>? details = null;
        foreach (var hunk in WordDiff.Compute(r.Words.Words, o.Words.Words))
        {
            var loaded = Array.Find(hunk.Added, CrossCheckLexicons.Intensifiers.Contains);
            if (loaded is null || HasIntensifier(hunk.Removed))
            {
                continue;
            }
            var neutral = Array.Find(hunk.Removed, CrossCheckLexicons.NeutralCues.Contains);
            // A loaded verb of saying ("warned", "insisted") that frames newly added attribution is not a stronger word
            // for the same thing; it counts only when it replaces a neutral cue.
            if (neutral is null && CrossCheckLexicons.LoadedCues.Contains(loaded))
            {
                continue;
            }
            // Every loaded change is named in the one finding: a tabloid rewrite often adds an emotive adjective and
            // swaps the verb of saying in the same sentence, and naming only the first would hide the other.
            details ??= [];
            details.Add(neutral is null ? $"loaded \"{loaded}\" added" : $"\"{neutral}\" → \"{loaded}\"");
        }
        if (details is not null)
        {
            output.Add(new Mutation(MutationKind.Intensified, from, to, string.Join("; ", details)));
        }
    }

    private static bool HasIntensifier(string[] words) => Array.Exists(words, CrossCheckLexicons.Intensifiers.Contains);

    private static void Wording(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        var changes = new List<string>();
        var total = 0;
        foreach (var hunk in WordDiff.Compute(r.Verbatim!.Words, o.Verbatim!.Words))
        {
            // Quoting a fragment of the same words is not drift.
            if (hunk.IsTrim)
            {
                continue;
            }
            total++;
            if (changes.Count < MaxHunksInDetail)
            {
                changes.Add(hunk.ToString());
            }
        }
        if (total > 0)
        {
            var more = total > changes.Count ? "; …" : "";
            output.Add(new Mutation(MutationKind.WordingDrift, from, to, $"words {string.Join("; ", changes)}{more}"));
        }
    }

    private static void Context(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        foreach (var hunk in WordDiff.Compute(r.Words.Words, o.Words.Words))
        {
            // Only a pure removal counts: a clause rewritten in other words is drift, not a dropped condition.
            if (hunk.Added.Length > 0 || hunk.Removed.Length < 2)
            {
                continue;
            }
            var at = Array.FindIndex(hunk.Removed, CrossCheckLexicons.Qualifiers.Contains);
            if (at < 0 || Array.IndexOf(o.Words.Words, hunk.Removed[at]) >= 0)
            {
                continue;
            }
            var clause = string.Join(' ', hunk.Removed[at..Math.Min(hunk.Removed.Length, at + 8)]);
            var more = hunk.Removed.Length > at + 8 ? " …" : "";
            output.Add(new Mutation(MutationKind.ContextDropped, from, to, $"qualifier \"{clause}{more}\" dropped"));
            return;
        }
    }

    private static void Numbers(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        if (r.Numbers.Count == 0 || o.Numbers.Count == 0)
        {
            return;
        }
        var removed = ScaledNumbers(r.Words);
        var added = new List<Figure>();
        foreach (var number in ScaledNumbers(o.Words))
        {
            var at = removed.FindIndex(f => f.Value == number.Value);
            if (at >= 0)
            {
                removed.RemoveAt(at);
            }
            else
            {
                added.Add(number);
            }
        }
        var pairs = Math.Min(removed.Count, added.Count);
        if (pairs == 0)
        {
            return;
        }
        var changes = new string[pairs];
        for (var k = 0; k < pairs; k++)
        {
            changes[k] = $"{removed[k].Display} → {added[k].Display}";
        }
        output.Add(new Mutation(MutationKind.NumberChanged, from, to, $"number {string.Join("; ", changes)}"));
    }

    // Scale words read with the number before them: "2 million" → "2 billion" changes the figure, and "2 → 5" alone
    // hides that the sums are millions.
    private static readonly HashSet<string> Scales = new(StringComparer.Ordinal)
    {
        "hundred", "thousand", "million", "billion", "trillion", "percent",
    };

    /// <summary>
    /// A number as compared (<paramref name="Value"/>: normalised, with its scale word) and as shown
    /// (<paramref name="Display"/>: as written, with the approximator before it, "about 400"); <paramref name="Approximator"/>
    /// is that phrase or null.
    /// </summary>
    private readonly record struct Figure(string Value, string Display, string? Approximator);

    /// <summary>The numbers of a version, each with the scale word that follows it ("2 million"), in text order.</summary>
    /// <remarks>
    /// <paramref name="withWords"/> adds written-out numbers: "up to three weeks" is as much an estimate as "up to 3
    /// weeks". The number comparison leaves them out, where "three" beside "3" would read as a change.
    /// </remarks>
    private static List<Figure> ScaledNumbers(WordSequence words, bool withWords = false)
    {
        var list = new List<Figure>();
        for (var i = 0; i < words.Count; i++)
        {
            // A scale word alone ("million", "thousands") is no figure.
            if (!words.IsNumber[i] && (!withWords || !CrossCheckLexicons.NumberWords.Contains(words.Words[i])
                || Scales.Contains(words.Words[i]) || words.Words[i].EndsWith('s')))
            {
                continue;
            }
            var scaled = i + 1 < words.Count && Scales.Contains(words.Words[i + 1]);
            var value = scaled ? $"{words.Words[i]} {words.Words[i + 1]}" : words.Words[i];
            var shown = scaled ? $"{words.Display[i]} {words.Words[i + 1]}" : words.Display[i];
            var approximator = ApproximatorBefore(words, i);
            list.Add(new Figure(value, approximator is null ? shown : $"{approximator} {shown}", approximator));
            if (scaled)
            {
                i++;
            }
        }
        return list;
    }

    /// <summary>The longest approximator phrase (up to three words) that ends right before word <paramref name="at"/>.</summary>
    private static string? ApproximatorBefore(WordSequence words, int at)
    {
        for (var n = Math.Min(3, at); n >= 1; n--)
        {
            var phrase = n == 1 ? words.Words[at - 1] : string.Join(' ', words.Words, at - n, n);
            if (CrossCheckLexicons.Approximators.ContainsKey(phrase))
            {
                return phrase;
            }
        }
        return null;
    }

    /// <summary>
    /// An estimate stated as a count ("about 400 residents" → "400 residents") or a count softened into one: a hedge on
    /// the figure, which the modality never sees. Only for a number both versions give; a changed number is the Numbers
    /// check's, and its detail shows the approximators.
    /// </summary>
    private static void Approximators(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        if (r.Numbers.Count == 0 && o.Numbers.Count == 0 && !HasNumberWord(r.Words) && !HasNumberWord(o.Words))
        {
            return;
        }
        var a = ScaledNumbers(r.Words, withWords: true);
        var b = ScaledNumbers(o.Words, withWords: true);
        foreach (var figure in a)
        {
            if (IsApproximate(figure) && b.Find(f => f.Value == figure.Value) is { Value: not null } kept && !IsApproximate(kept))
            {
                output.Add(new Mutation(MutationKind.HedgeRemoved, from, to, $"approximator \"{figure.Approximator}\" removed ({figure.Display} → {kept.Display})"));
                break;
            }
        }
        foreach (var figure in b)
        {
            if (IsApproximate(figure) && a.Find(f => f.Value == figure.Value) is { Value: not null } earlier && !IsApproximate(earlier))
            {
                output.Add(new Mutation(MutationKind.HedgeAdded, from, to, $"approximator \"{figure.Approximator}\" added ({earlier.Display} → {figure.Display})"));
                break;
            }
        }
    }

    private static bool IsApproximate(Figure figure) =>
        figure.Approximator is { } phrase && CrossCheckLexicons.Approximators[phrase] == "approximate";

    private static bool HasNumberWord(WordSequence words) => Array.Exists(words.Words, CrossCheckLexicons.NumberWords.Contains);

    private static void Negation(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        var a = FirstNegation(r);
        var b = FirstNegation(o);
        if ((a is null) != (b is null))
        {
            // A loose paraphrase often says the same with or without a negation ("will not renew" / "will throw out"):
            // the negation must sit in a small, local change ("did not approve" → "approved").
            var word = a ?? b!;
            foreach (var hunk in WordDiff.Compute(r.Words.Words, o.Words.Words))
            {
                var side = a is not null ? hunk.Removed : hunk.Added;
                if (Array.IndexOf(side, word) >= 0 && hunk.Removed.Length + hunk.Added.Length <= 4)
                {
                    output.Add(new Mutation(MutationKind.NegationFlipped, from, to,
                        a is not null ? $"negation \"{a}\" removed" : $"negation \"{b}\" added"));
                    return;
                }
            }
            return;
        }
        if (r.Modality is { } rm && o.Modality is { } om && (rm == Modality.Negated) != (om == Modality.Negated)
            && rm is Modality.Negated or Modality.Asserted && om is Modality.Negated or Modality.Asserted && AreClose(r, o))
        {
            output.Add(new Mutation(MutationKind.NegationFlipped, from, to, $"{ComparisonUnit.ModalityName(rm)} → {ComparisonUnit.ModalityName(om)}"));
        }
    }

    /// <summary>
    /// The first negation word of a version, leaving out "not" when every "not" in its text is a contrast ("colder
    /// currents, not trawling, are …"): a version without the contrast says the same thing.
    /// </summary>
    private static string? FirstNegation(ComparisonUnit unit)
    {
        bool? contrastOnly = null;
        foreach (var word in unit.Words.Words)
        {
            if (!CrossCheckLexicons.IsNegation(word))
            {
                continue;
            }
            if (word == "not" && (contrastOnly ??= OnlyContrastiveNot(unit.Text)))
            {
                continue;
            }
            return word;
        }
        return null;
    }

    private static bool OnlyContrastiveNot(string text)
    {
        for (var i = text.IndexOf("not", StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("not", i + 3, StringComparison.OrdinalIgnoreCase))
        {
            var whole = (i == 0 || !char.IsLetter(text[i - 1])) && (i + 3 == text.Length || !char.IsLetter(text[i + 3]));
            if (whole && !ModalityClassifier.IsContrastiveNot(text, new Documents.TextSpan(i, 3)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AreClose(ComparisonUnit r, ComparisonUnit o)
    {
        var overlap = Similarity.OverlapCoefficient(r.Content, o.Content, out var shared);
        var union = r.Content.Count + o.Content.Count - shared;
        return overlap >= 0.75 && union > 0 && (double)shared / union >= 0.5;
    }

    private static void Hedges(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        var a = HedgeWords(r.Words);
        var b = HedgeWords(o.Words);
        var removedSpeculation = a.Find(w => !b.Contains(w) && IsSpeculation(w));
        var removedHedge = a.Find(w => !b.Contains(w) && !IsSpeculation(w));
        var added = b.Find(w => !a.Contains(w));
        bool speculationReported = false, hedgeReported = false;
        switch (r.Modality, o.Modality)
        {
            // A prediction that rested on a condition ("will refund … if they report it") with the condition dropped:
            // the Context check names the dropped clause, which is the one change; no speculation word went.
            case (Modality.Speculative, Modality.Asserted) when removedSpeculation is null && Reported(output, MutationKind.ContextDropped, from, to):
                break;
            case (Modality.Speculative, Modality.Asserted):
                output.Add(new Mutation(MutationKind.SpeculationAsFact, from, to,
                    removedSpeculation is null ? "speculative → asserted" : $"speculation \"{removedSpeculation}\" stated as fact"));
                speculationReported = true;
                break;
            // The claim stage may call "could spread" hedged: the word removed decides which change it is.
            case (Modality.Hedged, Modality.Asserted) when removedHedge is null && removedSpeculation is not null:
                output.Add(new Mutation(MutationKind.SpeculationAsFact, from, to, $"speculation \"{removedSpeculation}\" stated as fact"));
                speculationReported = true;
                break;
            case (Modality.Hedged, Modality.Asserted):
                var hedge = removedHedge ?? removedSpeculation;
                output.Add(new Mutation(MutationKind.HedgeRemoved, from, to,
                    hedge is null ? "hedged → asserted" : $"hedge \"{hedge}\" removed"));
                speculationReported = hedgeReported = true;
                break;
            case (Modality.Asserted, Modality.Hedged or Modality.Speculative):
                output.Add(new Mutation(MutationKind.HedgeAdded, from, to,
                    added is null ? $"asserted → {ComparisonUnit.ModalityName(o.Modality.Value)}" : $"hedge \"{added}\" added"));
                return;
        }
        // Beyond the modality, a hedge word that is gone while the later version keeps none also counts.
        if (b.Count == 0)
        {
            if (!speculationReported && removedSpeculation is not null)
            {
                // The word decides, whatever modality the claim stage gave: "could" gone is speculation stated as fact.
                output.Add(new Mutation(MutationKind.SpeculationAsFact, from, to, $"speculation \"{removedSpeculation}\" stated as fact"));
            }
            if (!hedgeReported && removedHedge is not null)
            {
                output.Add(new Mutation(MutationKind.HedgeRemoved, from, to, $"hedge \"{removedHedge}\" removed"));
            }
        }
        else if (a.Count == 0 && added is not null && !speculationReported)
        {
            output.Add(new Mutation(MutationKind.HedgeAdded, from, to, $"hedge \"{added}\" added"));
        }
    }

    private static bool Reported(List<Mutation> output, MutationKind kind, AlignedMember from, AlignedMember to)
    {
        // This pair's findings are the last ones added.
        for (var k = output.Count - 1; k >= 0 && ReferenceEquals(output[k].To, to); k--)
        {
            if (output[k].Kind == kind && ReferenceEquals(output[k].From, from))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSpeculation(string word) => CrossCheckLexicons.Hedges[word] == "speculation";

    private static List<string> HedgeWords(WordSequence words)
    {
        var list = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            // "May" with a capital inside a sentence is the month.
            if (CrossCheckLexicons.Hedges.ContainsKey(words.Words[i]) && !(words.Words[i] == "may" && words.IsCapitalised[i] && i > 0))
            {
                list.Add(words.Words[i]);
            }
        }
        return list;
    }
}

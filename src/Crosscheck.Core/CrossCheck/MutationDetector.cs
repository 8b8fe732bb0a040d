using Crosscheck.Claims;

namespace Crosscheck.CrossCheck;

/// <summary>Classifies how each later version of an aligned item differs from the earliest one.</summary>
internal static class MutationDetector
{
    // A detail line stays readable: the first few word changes, then an ellipsis.
    private const int MaxHunksInDetail = 4;

    /// <summary>Appends the mutations from <paramref name="units"/>[0] to every other unit.</summary>
    public static void Detect(IReadOnlyList<ComparisonUnit> units, IReadOnlyList<AlignedMember> members, List<Mutation> output)
    {
        var reference = units[0];
        for (var i = 1; i < units.Count; i++)
        {
            var other = units[i];
            var from = members[0];
            var to = members[i];
            if (reference.Kind == AlignedItemKind.Quote)
            {
                Speaker(reference, other, from, to, output);
                Venue(units, members, i, output);
                CueIntensified(reference, other, from, to, output);
                if (reference.Verbatim is not null && other.Verbatim is not null)
                {
                    Wording(reference, other, from, to, output);
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
        }
    }

    private static void Speaker(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        if (r.Speaker is { } a && o.Speaker is { } b && !Similarity.SameSpeaker(a, b))
        {
            output.Add(new Mutation(MutationKind.SpeakerChanged, from, to, $"speaker \"{a}\" → \"{b}\""));
        }
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

    private static void CueIntensified(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        if (r.Cue is not { } neutral || o.Cue is not { } loaded)
        {
            return;
        }
        if (!HasIntensifier(WordSequence.From(neutral).Words) && HasIntensifier(WordSequence.From(loaded).Words))
        {
            output.Add(new Mutation(MutationKind.Intensified, from, to, $"cue \"{neutral}\" → \"{loaded}\""));
        }
    }

    private static void WordsIntensified(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        foreach (var hunk in WordDiff.Compute(r.Words.Words, o.Words.Words))
        {
            var loaded = Array.Find(hunk.Added, CrossCheckLexicons.Intensifiers.Contains);
            if (loaded is null || HasIntensifier(hunk.Removed))
            {
                continue;
            }
            var neutral = Array.Find(hunk.Removed, CrossCheckLexicons.NeutralCues.Contains);
            var detail = neutral is null ? $"loaded \"{loaded}\" added" : $"\"{neutral}\" → \"{loaded}\"";
            output.Add(new Mutation(MutationKind.Intensified, from, to, detail));
            return;
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
        var removed = new List<string>(r.Numbers);
        var added = new List<string>();
        foreach (var number in o.Numbers)
        {
            if (!removed.Remove(number))
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
            changes[k] = $"{removed[k]} → {added[k]}";
        }
        output.Add(new Mutation(MutationKind.NumberChanged, from, to, $"number {string.Join("; ", changes)}"));
    }

    private static void Negation(ComparisonUnit r, ComparisonUnit o, AlignedMember from, AlignedMember to, List<Mutation> output)
    {
        var a = Array.Find(r.Words.Words, CrossCheckLexicons.IsNegation);
        var b = Array.Find(o.Words.Words, CrossCheckLexicons.IsNegation);
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
            case (Modality.Speculative, Modality.Asserted):
                output.Add(new Mutation(MutationKind.SpeculationAsFact, from, to,
                    removedSpeculation is null ? "speculative → asserted" : $"speculation \"{removedSpeculation}\" stated as fact"));
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
                var kind = r.Modality is null or Modality.Speculative ? MutationKind.SpeculationAsFact : MutationKind.HedgeRemoved;
                output.Add(new Mutation(kind, from, to, kind == MutationKind.SpeculationAsFact
                    ? $"speculation \"{removedSpeculation}\" stated as fact"
                    : $"hedge \"{removedSpeculation}\" removed"));
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

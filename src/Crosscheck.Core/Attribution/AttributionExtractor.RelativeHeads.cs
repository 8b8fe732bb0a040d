using Crosscheck.Entities;

namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    // Prepositions that make a place or organisation the complement inside a person's role phrase ("a professor of
    // law at Vell College, who", "chairman of the harbour board, who"): the relative clause is the person's.
    private static readonly string[] RoleComplementPrepositions = ["of", "at", "for", "in", "from", "with", "to"];

    /// <summary>
    /// The speaker phrase of the person a "who" at <paramref name="who"/> stands for, in place of
    /// <paramref name="antecedent"/>, the phrase right before it, when that phrase ends a place or organisation named
    /// inside the person's role phrase (see <see cref="PersonBeforeRoleComplement"/>); null to keep the phrase.
    /// </summary>
    /// <remarks>
    /// The phrase before "who" was the speaker, so "…, said Marta Kos, a professor at Lorton University, who called the
    /// plan reckless" credited the second quote to the university (round 22: of the 177 quotes with a "who" source in the
    /// PTC articles this mends two; several more name a place or phrase that no entity covers, or have no comma before
    /// "who", and are left as they were). The source span stays "who", as PolNeAR marks it.
    /// </remarks>
    private SpeakerPhrase? PersonForRoleComplement(int who, SpeakerPhrase antecedent, int floor)
    {
        if (MentionAt(antecedent.Last) is not { } mention || PersonBeforeRoleComplement(who, mention, floor) is not { } person)
        {
            return null;
        }
        var last = TokenAtOrAfter(person.Span.Start);
        while (last + 1 < _tokens.Length && _tokens[last + 1].Span.End <= person.Span.End)
        {
            last++;
        }
        return ParseSpeakerBackward(last, floor);
    }

    /// <summary>
    /// The nearest person named before the place or organisation <paramref name="antecedent"/> in the sentence (within
    /// twenty tokens of <paramref name="who"/>, not before <paramref name="floor"/>) when the word before "who" ends that
    /// place or organisation and a preposition puts it inside a role phrase ("Ana Ruiz, a pilot at the Port of Alden,
    /// who", "Tomas Kovac, chairman of the Alden Dock Union, who"); null otherwise ("the Lorton Star, which" keeps the
    /// paper; a company that is the subject, "Lorton Steel, who", keeps the company).
    /// </summary>
    private Mention? PersonBeforeRoleComplement(int who, Mention antecedent, int floor)
    {
        if (!Is(who, "who") || antecedent.Kind is not (EntityKind.Place or EntityKind.Organization or EntityKind.Outlet))
        {
            return null;
        }
        var start = TokenAtOrAfter(antecedent.Span.Start);
        var before = start - 1;
        while (before >= 0 && (Is(before, "the") || IsPunct(before, '\'') || IsPunct(before, '\u2019')))
        {
            before--;
        }
        if (!IsOneOf(before, RoleComplementPrepositions))
        {
            return null;
        }
        var (first, _) = SentenceTokens(_tokenSentence[who]);
        for (var i = before - 1; i >= Math.Max(Math.Max(first, floor), who - 20); i--)
        {
            if (MentionAt(i) is { Kind: EntityKind.Person } person)
            {
                return IsPunct(i + 1, ',') && RolePhrase(i + 2, before) ? person : null;
            }
        }
        return null;
    }

    // Clause words that end a role phrase before they reach the preposition.
    private static readonly string[] RolePhraseBreaks = ["who", "which", "that", "and", "but"];

    /// <summary>
    /// Whether tokens <paramref name="first"/> up to <paramref name="preposition"/> read as the head of a role phrase set
    /// off after a name ("chairman", "a professor of religion"): words only, no clause word, cue or finite verb. "Ana
    /// Ruiz met members of the union, who …" is no apposition: the members are whom "who" means.
    /// </summary>
    private bool RolePhrase(int first, int preposition)
    {
        if (first > preposition)
        {
            return false;
        }
        for (var k = first; k < preposition; k++)
        {
            if (!IsWord(k) || IsOneOf(k, RolePhraseBreaks) || IsOneOf(k, FiniteAfterComma)
                || IsLower(k) && (TryCue(k, out _) || Word(k).EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }
}

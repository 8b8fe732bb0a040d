namespace Crosscheck.Attribution;

internal sealed partial class AttributionExtractor
{
    /// <summary>
    /// The last token of a post-posed content when a role phrase set off by commas stands between it and the speaker's
    /// name: "The ferry will run on Monday, [the port's harbour master], Greta Holm, said." The role phrase is the
    /// source's, not the content's (PolNeAR marks "the port's harbour master, Greta Holm" as one source); with the
    /// content cut before it, <see cref="MendedSource"/>'s set-off role reading joins it to the name. The phrase must pass
    /// <see cref="SetOffRoleStart"/> (a determiner or a possessive, a lower-case noun, no cue) and leave a content
    /// before its comma; a phrase with a verb in it is a clause of the content ("…, the union lost ten members, Ana
    /// Ruiz said"). <paramref name="pre"/> is the comma before the name; returns <c>pre - 1</c> when the shape is
    /// not there.
    /// </summary>
    private int ContentLastBeforeSetOffRole(int first, int pre, SpeakerPhrase speaker)
    {
        if (speaker.Kind != SpeakerKind.Name || !IsCapitalised(speaker.First) || pre - 1 <= first
            || SetOffRoleStart(pre - 1, first) is not { } roleStart || roleStart - 2 < first || !IsPunct(roleStart - 1, ','))
        {
            return pre - 1;
        }
        for (var k = roleStart + 1; k < pre; k++)
        {
            // "All told, the union lost ten members, Ana Ruiz said.": a clause with a verb is content, not a role.
            if (IsFiniteVerbAfterNoun(k) || IsLower(k) && Claims.ClaimLexicons.IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(k)))
            {
                return pre - 1;
            }
        }
        return roleStart - 2;
    }
}

namespace Crosscheck.Claims;

/// <summary>The single-word claims lexicons a word belongs to, so one look-up per word serves every rule.</summary>
[Flags]
internal enum ClaimWord : byte
{
    /// <summary>In none of them.</summary>
    None = 0,

    /// <summary>A verb reporting a checkable event or quantity (<see cref="ClaimLexicons.FactualVerbs"/>).</summary>
    Factual = 1,

    /// <summary>A month, weekday or other specific time (<see cref="ClaimLexicons.TimeWords"/>).</summary>
    Time = 2,

    /// <summary>An irregular past-tense form (<see cref="ClaimLexicons.IrregularPast"/>).</summary>
    IrregularPast = 4,

    /// <summary>A number word (<see cref="ClaimLexicons.NumberWords"/>).</summary>
    NumberWord = 8,

    /// <summary>A verb of a bare attribution frame (<see cref="ClaimLexicons.FrameVerbs"/>).</summary>
    Frame = 16,
}

namespace Crosscheck.Entities;

/// <summary>A title lexicon entry.</summary>
/// <param name="Head">The role it names ("prime minister"), which descriptors refer back to; "honorific" for Mr./Ms.</param>
/// <param name="StandsBeforeSurname">Whether a surname alone may follow ("President Vidric").</param>
/// <param name="Gender">'f' or 'm' when the title implies it ("Mrs.", "King"), else null.</param>
internal readonly record struct TitleEntry(string Head, bool StandsBeforeSurname, char? Gender);

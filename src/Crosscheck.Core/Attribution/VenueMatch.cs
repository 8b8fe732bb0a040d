using Crosscheck.Documents;

namespace Crosscheck.Attribution;

/// <summary>A venue phrase: where something was said.</summary>
/// <param name="Name">The venue's name as written ("Financial Times", "state television").</param>
/// <param name="NameSpan">Where the name is.</param>
/// <param name="Span">The whole phrase ("in an interview with Cicero magazine").</param>
/// <param name="Named">Whether it names a medium (capitalised), so that the article relies on it as a source.</param>
internal sealed record VenueMatch(string Name, TextSpan NameSpan, TextSpan Span, bool Named);

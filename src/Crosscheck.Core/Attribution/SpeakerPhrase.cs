using Crosscheck.Documents;

namespace Crosscheck.Attribution;

/// <summary>A speaker phrase found next to a cue, before resolution.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Kind">Its shape.</param>
/// <param name="NameSpan">The name without a leading title or article ("Ana Petrovic" in "Minister Ana Petrovic").</param>
internal sealed record SpeakerPhrase(int First, int Last, TextSpan Span, SpeakerKind Kind, TextSpan NameSpan)
{
    /// <summary>The entity key when an entity mention covers the phrase.</summary>
    public string? MentionKey { get; init; }

    /// <summary>The title written before a name ("Foreign Minister").</summary>
    public string? Title { get; init; }
}

namespace Crosscheck.Stories;

/// <summary>The coverage of one event: its articles in time order, with copies marked.</summary>
/// <param name="Id">Stable while the story's earliest article stays the same: "s" and the start of that article's id.</param>
/// <param name="Label">Top terms (and entities when analysed).</param>
/// <param name="From">Earliest known publication time.</param>
/// <param name="To">Latest known publication time.</param>
/// <param name="Members">The articles, in time order (unknown times last).</param>
/// <param name="OutletCount">Distinct outlets among the articles.</param>
/// <param name="StorylineId">The id of the first story of the storyline (a longer thread of related events) this story belongs to.</param>
public sealed record Story(
    string Id,
    string Label,
    DateTimeOffset? From,
    DateTimeOffset? To,
    IReadOnlyList<StoryMember> Members,
    int OutletCount,
    string StorylineId);

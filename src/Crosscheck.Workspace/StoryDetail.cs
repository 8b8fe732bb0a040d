using Crosscheck.CrossCheck;

namespace Crosscheck.Workspace;

/// <summary>One story and the cross-check of its articles.</summary>
/// <param name="View">The story and its articles.</param>
/// <param name="Comparison">The aligned quotes and claims of its articles.</param>
public sealed record StoryDetail(StoryView View, ComparisonReport Comparison);

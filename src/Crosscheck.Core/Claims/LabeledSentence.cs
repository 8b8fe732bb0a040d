namespace Crosscheck.Claims;

/// <summary>A sentence annotated as check-worthy or not.</summary>
/// <param name="Id">The data set's id for the sentence.</param>
/// <param name="Text">The sentence.</param>
/// <param name="CheckWorthy">Whether annotators judged it worth checking (the "Yes" class).</param>
public sealed record LabeledSentence(string Id, string Text, bool CheckWorthy);

namespace Crosscheck.Evaluation.Attribution;

/// <summary>A gold relation paired with a predicted one.</summary>
/// <param name="Gold">Index into the document's gold relations.</param>
/// <param name="Predicted">Index into the predictions.</param>
public readonly record struct RelationMatch(int Gold, int Predicted);

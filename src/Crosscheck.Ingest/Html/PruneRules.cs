namespace Crosscheck.Ingest.Html;

/// <summary>Which optional pruning rules an extraction pass applies on top of the fixed ones (tags, roles, hidden).</summary>
/// <param name="ByClassName">Class and id words mark furniture; a retry turns this off when it removed (nearly) everything.</param>
/// <param name="KeepNoscript">
/// <c>&lt;noscript&gt;</c> content counts as text: some blog engines ship the post inside a script template and repeat it
/// in <c>&lt;noscript&gt;</c> for readers without scripts, so it is the only readable copy.
/// </param>
internal readonly record struct PruneRules(bool ByClassName, bool KeepNoscript)
{
    /// <summary>The first pass: class words on, noscript off.</summary>
    public static PruneRules Default { get; } = new(ByClassName: true, KeepNoscript: false);
}

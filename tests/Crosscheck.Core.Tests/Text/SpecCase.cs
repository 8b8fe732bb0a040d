namespace Crosscheck.Core.Tests.Text;

/// <summary>One case of a Markdown spec file: a heading, an input block and the expected lines.</summary>
/// <param name="Name">The case heading.</param>
/// <param name="Line">The 1-based line of the heading, for failure messages.</param>
/// <param name="Input">The text of the fenced block.</param>
/// <param name="Expected">The expected lines, without their "- " marker; continuation lines are joined with "\n".</param>
public sealed record SpecCase(string Name, int Line, string Input, IReadOnlyList<string> Expected)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name} (line {Line})";
}

namespace Crosscheck.Web.Pages;

/// <summary>One pasted text of the compare form.</summary>
/// <param name="Outlet">The outlet typed in, if any.</param>
/// <param name="Title">The headline typed in, if any.</param>
/// <param name="Published">The publication time typed in, if any.</param>
/// <param name="Text">The article text.</param>
internal sealed record CompareEntry(string Outlet, string Title, string Published, string Text)
{
    /// <summary>An empty entry.</summary>
    public static CompareEntry Empty { get; } = new("", "", "", "");
}

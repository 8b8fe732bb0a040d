namespace Crosscheck.Web.Hosting;

/// <summary>The body of every API error: one line saying what was wrong, never a stack trace.</summary>
/// <param name="Error">What was wrong.</param>
public sealed record ApiError(string Error);

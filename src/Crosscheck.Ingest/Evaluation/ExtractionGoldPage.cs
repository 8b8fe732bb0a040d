namespace Crosscheck.Ingest.Evaluation;

/// <summary>One annotated page of a trafilatura-style extraction benchmark.</summary>
/// <param name="Url">The page's URL (the key in the annotation file).</param>
/// <param name="File">The HTML file's path.</param>
/// <param name="With">Segments the main text must contain.</param>
/// <param name="Without">Boilerplate segments the main text must not contain.</param>
public sealed record ExtractionGoldPage(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without);

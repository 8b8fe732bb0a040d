namespace Crosscheck.Reports;

/// <summary>Output formats of reports.</summary>
public enum ReportFormat
{
    /// <summary>Readable plain text for a terminal.</summary>
    Text,
    /// <summary>One JSON document.</summary>
    Json,
    /// <summary>One JSON object per line (analyses only).</summary>
    Jsonl,
    /// <summary>Markdown.</summary>
    Markdown,
    /// <summary>A self-contained HTML page.</summary>
    Html,
    /// <summary>RFC 4180 CSV: one row per finding (analyses) or per article's version of an aligned item (comparisons).</summary>
    Csv,
}

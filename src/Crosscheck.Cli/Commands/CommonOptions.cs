using System.CommandLine;
using System.Text;
using Crosscheck.Reports;

namespace Crosscheck.Cli.Commands;

/// <summary>Options shared by several commands, and the helpers that read them.</summary>
internal static class CommonOptions
{
    /// <summary>A <c>--format</c> option accepting <paramref name="allowed"/> (first is the default).</summary>
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => allowed[0],
            HelpName = string.Join("|", allowed),
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>The <c>-o/--output</c> option: write the report to a file instead of stdout.</summary>
    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the report to FILE instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary>The <c>--db</c> option: the SQLite file, or PostgreSQL database, to use.</summary>
    public static Option<string> Database(string defaultPath) => new("--db")
    {
        Description = $"SQLite database file (default: {defaultPath}), or a PostgreSQL database: postgres://user:pass@host:port/db or a 'Host=...' connection string.",
        DefaultValueFactory = _ => defaultPath,
        HelpName = "PATH",
    };

    /// <summary>Maps a <c>--format</c> value to a report format.</summary>
    public static ReportFormat ParseFormat(string value) => value switch
    {
        "json" => ReportFormat.Json,
        "jsonl" => ReportFormat.Jsonl,
        "md" or "markdown" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        _ => ReportFormat.Text,
    };

    /// <summary>Runs <paramref name="write"/> against stdout, or against <paramref name="path"/> when given, saying where it went.</summary>
    public static void WriteReport(CliConsole console, string? path, Action<TextWriter> write)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            write(console.Output);
            console.Output.Flush();
            return;
        }
        using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            write(file);
        }
        console.Error.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }
}

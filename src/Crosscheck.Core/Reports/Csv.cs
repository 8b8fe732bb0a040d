namespace Crosscheck.Reports;

/// <summary>RFC 4180 CSV rows, shared by every table the product writes as CSV.</summary>
internal static class Csv
{
    /// <summary>Writes one row of cells, comma-separated, ended by CR LF.</summary>
    public static void WriteRow(TextWriter output, ReadOnlySpan<string?> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }
            output.Write(Cell(cells[i]));
        }
        output.Write("\r\n");
    }

    /// <summary>
    /// One cell: quoted when it holds a comma, quote mark or line break. A cell that a spreadsheet would run as a
    /// formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe: the text comes from the
    /// articles, which anyone can write.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

namespace Crosscheck.Core.Tests.Text;

/// <summary>
/// Reads Markdown spec files: every <c>## heading</c> opens a case, the first fenced block after it is the input, and
/// each following <c>- </c> line is one expected item (lines that follow an item without a marker continue it).
/// Other prose is commentary.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", name);
        return Parse(File.ReadAllText(path));
    }

    public static IReadOnlyList<SpecCase> Parse(string markdown)
    {
        var cases = new List<SpecCase>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? name = null;
        var headingLine = 0;
        string? input = null;
        var expected = new List<string>();
        var continuing = false;

        void Flush()
        {
            if (name is not null && input is not null)
            {
                cases.Add(new SpecCase(name, headingLine, input, [.. expected]));
            }
            name = null;
            input = null;
            expected = [];
            continuing = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                name = line[3..].Trim();
                headingLine = i + 1;
                continue;
            }
            if (name is null)
            {
                continue;
            }
            if (input is null && line.StartsWith("```", StringComparison.Ordinal))
            {
                var block = new List<string>();
                i++;
                while (i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    block.Add(lines[i]);
                    i++;
                }
                input = string.Join('\n', block);
                continue;
            }
            if (input is null)
            {
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                expected.Add(line[2..]);
                continuing = true;
            }
            else if (line.Length == 0)
            {
                continuing = false;
            }
            else if (continuing)
            {
                expected[^1] += "\n" + line;
            }
        }
        Flush();
        return cases;
    }
}

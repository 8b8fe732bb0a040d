using System.CommandLine;
using Crosscheck.Stories;

namespace Crosscheck.Cli.Commands;

/// <summary>The documented grouping knobs shared by <c>stories</c>, <c>story</c> and <c>eval stories</c>.</summary>
internal sealed class StoryOptionsBinder
{
    private readonly Option<double?> _join = new("--join-threshold")
    {
        Description = $"Cosine similarity an article needs to join a story (default {StoryOptions.Default.JoinThreshold}).",
        HelpName = "X",
    };

    private readonly Option<double?> _merge = new("--merge-threshold")
    {
        Description = $"Centroid cosine at which the merge step joins two stories (default {StoryOptions.Default.MergeThreshold}).",
        HelpName = "X",
    };

    private readonly Option<double?> _jaccard = new("--duplicate-threshold")
    {
        Description = $"Shingle Jaccard similarity from which two articles are copies (default {DuplicateOptions.Default.JaccardThreshold}).",
        HelpName = "X",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_join);
        command.Add(_merge);
        command.Add(_jaccard);
    }

    /// <summary>The engine the parsed options describe.</summary>
    public StoryEngine Engine(ParseResult parseResult)
    {
        var stories = StoryOptions.Default;
        if (parseResult.GetValue(_join) is { } join)
        {
            stories = stories with { JoinThreshold = Check(join, "--join-threshold") };
        }
        if (parseResult.GetValue(_merge) is { } merge)
        {
            stories = stories with { MergeThreshold = Check(merge, "--merge-threshold") };
        }
        var duplicates = DuplicateOptions.Default;
        if (parseResult.GetValue(_jaccard) is { } jaccard)
        {
            duplicates = duplicates with { JaccardThreshold = Check(jaccard, "--duplicate-threshold") };
        }
        return new StoryEngine(stories, duplicates);
    }

    private static double Check(double value, string name) =>
        value is > 0 and <= 1 ? value : throw new UsageException($"{name} must be in (0, 1]; got {value}.");
}

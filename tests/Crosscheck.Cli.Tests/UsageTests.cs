namespace Crosscheck.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task Help_lists_every_command_and_exits_zero()
    {
        // Given / When
        var (exitCode, output, _) = await CliRun.RunAsync("--help");

        // Then
        Assert.Equal(0, exitCode);
        Assert.Contains("analyze", output, StringComparison.Ordinal);
        Assert.Contains("compare", output, StringComparison.Ordinal);
        Assert.Contains("demo", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "--help")]
    [InlineData("compare", "--help")]
    [InlineData("demo", "--help")]
    public async Task Every_command_has_help(string command, string flag)
    {
        var (exitCode, output, _) = await CliRun.RunAsync(command, flag);

        Assert.Equal(0, exitCode);
        Assert.Contains("--format", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        var (exitCode, _, error) = await CliRun.RunAsync("analyze", "--format", "xml", "article.txt");

        Assert.Equal(2, exitCode);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_without_paths_is_a_usage_error()
    {
        var (exitCode, _, _) = await CliRun.RunAsync("analyze");

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task Compare_with_a_single_article_is_a_usage_error()
    {
        // Given
        using var dir = new TempDirectory();
        var article = dir.Write("one.txt", "The council met on Monday. \"We are ready,\" said Mayor Ilona Varga.");

        // When
        var (exitCode, _, error) = await CliRun.RunAsync("compare", article);

        // Then
        Assert.Equal(2, exitCode);
        Assert.Contains("at least two articles", error, StringComparison.Ordinal);
    }
}

using System.Runtime.CompilerServices;

namespace Crosscheck.Core.Tests.Reports;

/// <summary>
/// Golden files under <c>Expectations/</c>. Setting <c>CROSSCHECK_UPDATE_EXPECTATIONS=1</c> rewrites them in the source
/// tree instead of comparing, so that a change of output is reviewed as a diff.
/// </summary>
internal static class Expectations
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CROSSCHECK_UPDATE_EXPECTATIONS") == "1")
        {
            // The caller sits in tests/Crosscheck.Core.Tests/<Folder>/; the golden files in its sibling Expectations/.
            var directory = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(callerPath))!, "Expectations");
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name), actual);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Expectations", name);
        Assert.True(File.Exists(path), $"Missing golden file {name}; run with CROSSCHECK_UPDATE_EXPECTATIONS=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}

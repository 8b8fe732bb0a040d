namespace Crosscheck.Bench; internal static class DedupBenchmark { public static int Run(string[] a) => 0; }

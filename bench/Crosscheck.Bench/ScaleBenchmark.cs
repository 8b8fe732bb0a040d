namespace Crosscheck.Bench; internal static class ScaleBenchmark { public static int Run(string[] a) => 0; }

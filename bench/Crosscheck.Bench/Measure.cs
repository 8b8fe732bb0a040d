using System.Diagnostics;

namespace Crosscheck.Bench;

/// <summary>Wall time, CPU time and the process's peak working set.</summary>
internal static class Measure
{
    public static (TimeSpan Wall, TimeSpan Cpu) Time(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        action();
        process.Refresh();
        return (Stopwatch.GetElapsedTime(started), process.TotalProcessorTime - cpu);
    }

    public static double PeakMegabytes()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Crosscheck.Benchmarks;

/// <summary>CPU time of the calling thread: other processes' load and the runtime's background threads do not count.</summary>
internal static class ThreadCpu
{
    /// <summary>Milliseconds of CPU the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID; process time elsewhere).</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        }
        _ = ClockGetTime(3, out var time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

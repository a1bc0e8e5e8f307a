using System;
using System.Runtime.InteropServices;

namespace PlanModel.Benchmarks;

/// <summary>
/// CPU time (user + system) of this process's finished child processes and of the descendants they waited for
/// (getrusage RUSAGE_CHILDREN, Linux): the difference around one `dotnet build` is that build's CPU time, which a
/// loaded machine disturbs much less than its wall clock. NaN elsewhere.
/// </summary>
internal static class ChildCpu
{
    private const int RusageChildren = -1;

    /// <summary>The children's CPU time so far, in ms.</summary>
    public static double Ms()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageChildren, out var u) != 0)
        {
            return double.NaN;
        }

        return ((u.UserSeconds + u.SystemSeconds) * 1_000_000.0 + u.UserMicroseconds + u.SystemMicroseconds) / 1000.0;
    }

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int getrusage(int who, out Rusage usage);

    // struct rusage of 64-bit Linux: two timevals, then 14 longs that are not read (Size covers them).
#pragma warning disable CS0649 // written by the native call
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
#pragma warning restore CS0649
}

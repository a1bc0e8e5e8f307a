using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace PlanModel.Benchmarks;

/// <summary>
/// Runs a process and samples the resident memory of it and all its descendants (MSBuild nodes, the compiler) every
/// 100 ms from /proc: the peak of the sum is what the whole build held at once. Shared pages are counted in every
/// process, so the figure is an upper bound. Linux only (elsewhere the peak is reported as 0).
/// </summary>
public static class ProcessTree
{
    /// <summary>What a run took.</summary>
    /// <param name="Ms">Wall time.</param>
    /// <param name="PeakBytes">The largest sum of VmRSS over the process tree seen by the sampler.</param>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="Output">Standard output and error.</param>
    public sealed record Run(double Ms, long PeakBytes, int ExitCode, string Output);

    /// <summary>Starts <paramref name="psi"/> (its output redirected here), waits for it and reports its peak.</summary>
    public static Run Measure(ProcessStartInfo psi)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!p.WaitForExit(100))
        {
            peak = Math.Max(peak, Rss(p.Id));
        }

        var ms = sw.Elapsed.TotalMilliseconds;
        return new Run(ms, peak, p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The summed VmRSS of <paramref name="root"/> and its descendants, in bytes.</summary>
    public static long Rss(int root)
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || ReadParent(pid) is not { } parent)
            {
                continue;
            }

            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = new List<int>();
            }

            list.Add(pid);
        }

        long total = 0;
        var pending = new Stack<int>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            total += ReadRss(pid);
            if (children.TryGetValue(pid, out var list))
            {
                list.ForEach(pending.Push);
            }
        }

        return total;
    }

    /// <summary>The parent id from /proc/PID/stat (the fields after the command name, which may hold spaces and parentheses).</summary>
    private static int? ReadParent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null; // the process ended while the tree was read
        }
    }

    private static long ReadRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return 0;
    }
}

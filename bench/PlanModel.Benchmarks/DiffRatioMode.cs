using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace PlanModel.Benchmarks;

/// <summary>
/// <c>--diff-ratio [corpus…] [--runs n]</c>: the diff against reading both sides, alternated in one process (after a
/// warm-up of each), medians and their ratio. A quick check of the 1.2× goal on a busy machine, where BenchmarkDotNet's
/// out-of-process build may time out; <see cref="DiffBenchmarks"/> is the full measurement.
/// </summary>
public static class DiffRatioMode
{
    /// <summary>Runs the mode.</summary>
    public static int Run(string[] args)
    {
        var runs = 5;
        var corpora = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length)
            {
                runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                corpora.Add(args[i]);
            }
        }

        if (corpora.Count == 0)
        {
            corpora.Add("real");
        }

        foreach (var corpus in corpora)
        {
            var bench = new DiffBenchmarks { Corpus = corpus };
            bench.Setup();
            bench.ReadBothSides();
            bench.Diff();
            var read = new List<double>();
            var diff = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                read.Add(Time(() => bench.ReadBothSides()));
                diff.Add(Time(() => bench.Diff()));
            }

            var (mr, md) = (Median(read), Median(diff));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}: read both sides {mr:F0} ms, diff {md:F0} ms, ratio {md / mr:F2} (median of {runs})"));

            // Where the diff's time goes: opening the two sides (each with its runtime corpus) and comparing (walk both
            // runtime corpora, match, export the changed elements).
            var open = new List<double>();
            var compare = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                var (a, b) = PlanModel.Cli.Diff.CorpusSide.OpenBoth("base", bench.BasePath, "head", bench.HeadPath, bench.HeadPath);
                open.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                PlanModel.Cli.Diff.CorpusDiff.Compare(a, b);
                compare.Add(watch.Elapsed.TotalMilliseconds);
                a.Dispose();
                b.Dispose();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}: of the diff, opening both sides {Median(open):F0} ms, comparing {Median(compare):F0} ms"));
        }

        return 0;
    }

    private static double Time(Func<int> action)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

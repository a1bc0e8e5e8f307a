using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace PlanModel.Benchmarks;

/// <summary>
/// Entry point. Modes (see README.md):
///   (BenchmarkDotNet)  dotnet run -c Release --project bench/PlanModel.Benchmarks -- --filter '*'
///   --corpus [n…]      write the synthetic corpora (10 100 1000 3200 by default) and print their sizes
///   --info [name…]     corpus sizes, validation result, generated-code size and a phase profile
///   --scale [n…]       one-shot timings and peak working set per measurement (each in a fresh process)
///   --consumer         dotnet build of a console app using the packed PlanModel.Chongqing vs an empty one
///   --packages [n] [d] n corpus packages of d synthetic documents built one by one (time, peak memory), a consumer of three
///   --diff-ratio [c…]  plan diff vs reading both sides, alternated in one process (medians)
///   --watch-edit [c…]  plan validate --watch: ten one-file edits on a kept session, and where a round's time goes
/// </summary>
public static class Program
{
    /// <summary>Runs a mode.</summary>
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "--corpus":
                return Modes.WriteCorpora(rest);
            case "--info":
                return Modes.Info(rest);
            case "--scale":
                return ScaleMode.Run(rest);
            case "--scale-one":
                return ScaleMode.RunOne(rest);
            case "--analyze-trace":
                return TraceAnalysis.Run(rest);
            case "--trace":
                return TraceAnalysis.Trace(rest);
            case "--consumer":
                return ConsumerMode.Run(rest);
            case "--packages":
                return PackagesMode.Run(rest);
            case "--watch-edit":
                return WatchEditMode.Run(rest);
            case "--diff-ratio":
                return DiffRatioMode.Run(rest);
            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
                return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}

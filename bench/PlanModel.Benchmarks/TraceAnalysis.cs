using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace PlanModel.Benchmarks;

/// <summary>
/// --analyze-trace FILE.nettrace [N] [FILTER]: CPU samples of an EventPipe trace (BenchmarkDotNet's
/// <c>--profiler EP</c> writes one per benchmark) aggregated by method: the N methods with the most inclusive and
/// exclusive samples, on threads whose stacks contain FILTER (default: the benchmark's workload method).
/// </summary>
public static class TraceAnalysis
{
    /// <summary>
    /// --trace MEASURE CORPUS [N]: samples this process with EventPipe while MEASURE (generate, parse, validate) runs
    /// (after a warm-up run), writes artifacts/trace-MEASURE-CORPUS.nettrace and prints its analysis.
    /// </summary>
    public static int Trace(string[] args)
    {
        var measure = args[0];
        var name = args[1];
        var top = args.Length > 2 ? args[2] : "40";
        Action run;
        switch (measure)
        {
            case "generate":
            {
                var corpus = Corpora.Load(name);
                var texts = GeneratorHost.Texts(corpus);
                var compilation = GeneratorHost.Compilation();
                run = () => GeneratorHost.Driver(texts).RunGenerators(compilation);
                break;
            }

            case "parse":
            {
                var corpus = Corpora.Load(name);
                run = () =>
                {
                    foreach (var (path, text) in corpus.Files)
                    {
                        PlanModel.Yaml.Binding.PlanFileReader.Read(path, text);
                    }
                };
                break;
            }

            case "validate":
            {
                var paths = BuildValidation.Paths(Corpora.Directory(name));
                run = () => BuildValidation.Run(paths);
                break;
            }

            default:
                Console.Error.WriteLine("unknown measure " + measure);
                return 2;
        }

        run();
        var file = System.IO.Path.Combine(Corpora.RepoRoot, "artifacts", $"trace-{measure}-{name}.nettrace");
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        var client = new Microsoft.Diagnostics.NETCore.Client.DiagnosticsClient(Environment.ProcessId);
        var providers = new[]
        {
            new Microsoft.Diagnostics.NETCore.Client.EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", System.Diagnostics.Tracing.EventLevel.Informational),
            new Microsoft.Diagnostics.NETCore.Client.EventPipeProvider("Microsoft-Windows-DotNETRuntime", System.Diagnostics.Tracing.EventLevel.Informational, 0x10 | 0x8 | 0x60098),
        };
        using (var session = client.StartEventPipeSession(providers, requestRundown: true))
        using (var output = System.IO.File.Create(file))
        {
            var copy = System.Threading.Tasks.Task.Run(() => session.EventStream.CopyTo(output));
            for (var i = 0; i < 3; i++)
            {
                run();
            }

            session.Stop();
            copy.Wait();
        }

        Console.WriteLine("// trace: " + file);
        return Run(args.Length > 3 ? new[] { file, top, "GeneratorDriver.RunGenerators", args[3] } : new[] { file, top, "GeneratorDriver.RunGenerators" });
    }

    /// <summary>Prints the tables.</summary>
    public static int Run(string[] args)
    {
        var file = args[0];
        var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var filter = args.Length > 2 ? args[2] : "WorkloadAction";
        var callersOf = args.Length > 3 ? args[3] : null;
        var callers = new Dictionary<string, int>(StringComparer.Ordinal);
        var etlx = TraceLog.CreateFromEventPipeDataFile(file);
        using var log = new TraceLog(etlx);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var e in log.Events)
        {
            if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler")
            {
                continue;
            }

            var stack = e.CallStack();
            if (stack is null)
            {
                continue;
            }

            var frames = new List<string>();
            for (var s = stack; s is not null; s = s.Caller)
            {
                var name = s.CodeAddress.FullMethodName;
                frames.Add(string.IsNullOrEmpty(name) ? "?!" + s.CodeAddress.ModuleName : name);
            }

            if (!frames.Any(f => f.Contains(filter, StringComparison.Ordinal)))
            {
                continue;
            }

            total++;
            if (callersOf is not null)
            {
                var at = frames.FindIndex(f => f.Contains(callersOf, StringComparison.Ordinal));
                if (at >= 0)
                {
                    var chain = string.Join(" <- ", frames.Skip(at + 1).Take(3).Select(f => f.Length > 70 ? f.Substring(0, 70) : f));
                    callers[chain] = callers.GetValueOrDefault(chain) + 1;
                }
            }

            exclusive[frames[0]] = exclusive.GetValueOrDefault(frames[0]) + 1;
            foreach (var f in frames.Distinct())
            {
                inclusive[f] = inclusive.GetValueOrDefault(f) + 1;
            }
        }

        Console.WriteLine($"{total} samples on stacks containing '{filter}'");
        Print("inclusive", inclusive, total, top);
        Print("exclusive", exclusive, total, top);
        if (callersOf is not null)
        {
            Print("callers of " + callersOf, callers, total, top);
        }

        return 0;
    }

    private static void Print(string what, Dictionary<string, int> samples, int total, int top)
    {
        Console.WriteLine();
        Console.WriteLine($"-- top {top} {what}");
        foreach (var (name, n) in samples.OrderByDescending(kv => kv.Value).Take(top).Select(kv => (kv.Key, kv.Value)))
        {
            var shown = name.Length > 150 ? name.Substring(0, 150) + "…" : name;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / Math.Max(1, total),6:F1}%  {shown}"));
        }
    }
}

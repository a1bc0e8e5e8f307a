using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace PlanModel.Benchmarks;

/// <summary>
/// --scale: one-shot measurements outside BenchmarkDotNet, each in a fresh process so its peak working set
/// (Process.PeakWorkingSet64) is its own. "first" is the first run in the process (JIT included, as in a build);
/// "best" is the best of the following runs.
/// </summary>
public static class ScaleMode
{
    private static readonly string[] Measures = { "parse", "generate", "edit", "validate", "compile" };

    /// <summary>Runs every measure for every size, each in a child process, and prints a table.</summary>
    public static int Run(string[] args)
    {
        var sizes = args.Where(a => char.IsDigit(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (sizes.Count == 0)
        {
            sizes.AddRange(Modes.Sizes);
        }

        var measures = args.Where(a => !char.IsDigit(a[0])).ToList();
        if (measures.Count == 0)
        {
            measures.AddRange(Measures);
        }

        Console.WriteLine(Machine());
        var results = new List<Result>();
        foreach (var n in sizes)
        {
            Corpora.EnsureSynthetic(n);
            foreach (var m in measures)
            {
                if (m == "compile" && n > 1000 && Environment.GetEnvironmentVariable("PLANMODEL_SCALE_COMPILE_ALL") != "1")
                {
                    continue;
                }

                var r = Child(m, n);
                results.Add(r);
                Console.WriteLine(r.ToString());
            }
        }

        Console.WriteLine();
        Console.WriteLine("| measure | docs | first run | best run | per doc (best) | peak working set | notes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Measure} | {r.Docs} | {Sec(r.FirstMs)} | {Sec(r.BestMs)} | {r.BestMs / r.Docs:F2} ms | {r.PeakBytes / 1048576.0:F0} MB | {r.Note} |"));
        }

        Console.WriteLine();
        foreach (var n in sizes)
        {
            var parse = results.FirstOrDefault(r => r.Measure == "parse" && r.Docs == n);
            var gen = results.FirstOrDefault(r => r.Measure == "generate" && r.Docs == n);
            var edit = results.FirstOrDefault(r => r.Measure == "edit" && r.Docs == n);
            var compile = results.FirstOrDefault(r => r.Measure == "compile" && r.Docs == n);
            if (parse is not null && gen is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} docs: generator / YAML parse = {gen.BestMs / parse.BestMs:F2}x"));
            }

            if (edit is not null && gen is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} docs: one-file edit / cold generator run = {edit.BestMs / gen.BestMs:F3}"));
            }

            if (compile is not null && gen is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} docs: compile of generated code / generator run = {compile.BestMs / gen.BestMs:F2}x"));
            }
        }

        foreach (var m in measures)
        {
            var a = results.FirstOrDefault(r => r.Measure == m && r.Docs == 1000);
            var b = results.FirstOrDefault(r => r.Measure == m && r.Docs == 3200);
            if (a is not null && b is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m}: 3200 docs / 1000 docs = {b.BestMs / a.BestMs:F2}x (linear: 3.2x)"));
            }
        }

        return 0;
    }

    /// <summary>nproc, memory, runtime: the header of every result.</summary>
    public static string Machine()
    {
        var mem = "?";
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                mem = (kb / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB";
            }
        }
        catch (IOException)
        {
        }

        return $"// {Environment.ProcessorCount} logical cores, {mem} RAM, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }

    private static string Sec(double ms) => ms >= 10000
        ? (ms / 1000).ToString("F1", CultureInfo.InvariantCulture) + " s"
        : ms.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    internal sealed record Result(string Measure, int Docs, double FirstMs, double BestMs, long PeakBytes, string Note)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Measure,-9} {Docs,5} docs: first {FirstMs,9:F0} ms, best {BestMs,9:F0} ms, peak working set {PeakBytes / 1048576.0,6:F0} MB  {Note}");
    }

    internal static Result Child(string measure, int n)
    {
        var exe = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(ScaleMode).Assembly.Location);
        }

        // The host's GC: the compiler runs the generator with server GC, MSBuild runs the validation with workstation GC.
        psi.Environment["DOTNET_gcServer"] = measure == "validate" ? "0" : "1";
        psi.ArgumentList.Add("--scale-one");
        psi.ArgumentList.Add(measure);
        psi.ArgumentList.Add(n.ToString(CultureInfo.InvariantCulture));
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (p.ExitCode != 0 || line is null)
        {
            return new Result(measure, n, double.NaN, double.NaN, 0, $"failed (exit {p.ExitCode})");
        }

        var f = line.Substring(7).Split('\t');
        return new Result(measure, n, double.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture),
            long.Parse(f[2], CultureInfo.InvariantCulture), f.Length > 3 ? f[3] : string.Empty);
    }

    /// <summary>--scale-one MEASURE N: one measurement in this process; prints "RESULT first best peak note".</summary>
    public static int RunOne(string[] args)
    {
        var measure = args[0];
        var n = args[1];
        var runs = new List<double>();
        var note = string.Empty;
        switch (measure)
        {
            case "parse":
            {
                var corpus = Corpora.Load(n);
                for (var i = 0; i < 3; i++)
                {
                    runs.Add(Time(() =>
                    {
                        foreach (var (_, text) in corpus.Files)
                        {
                            var parser = new Parser(new StringReader(text));
                            while (parser.MoveNext())
                            {
                            }
                        }
                    }));
                }

                note = $"{Corpora.Mb(corpus.YamlBytes)} YAML";
                break;
            }

            case "generate":
            {
                var corpus = Corpora.Load(n);
                var texts = GeneratorHost.Texts(corpus);
                var compilation = GeneratorHost.Compilation();
                GeneratorDriver? driver = null;
                for (var i = 0; i < 3; i++)
                {
                    driver = null;
                    runs.Add(Time(() => driver = GeneratorHost.Driver(texts).RunGenerators(compilation)));
                }

                var result = driver!.GetRunResult();
                var chars = result.Results[0].GeneratedSources.Sum(s => (long)s.SourceText.Length);
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                note = string.Create(CultureInfo.InvariantCulture, $"{result.GeneratedTrees.Length} sources, {chars / 1e6:F1} M chars generated, {errors} errors");
                break;
            }

            case "edit":
            {
                var corpus = Corpora.Load(n);
                var texts = GeneratorHost.Texts(corpus);
                var compilation = GeneratorHost.Compilation();
                GeneratorDriver driver = null!;
                var cold = Time(() => driver = GeneratorHost.Driver(texts).RunGenerators(compilation));
                var (original, edited) = IncrementalBenchmarks.EditedFile(texts, int.Parse(n, CultureInfo.InvariantCulture) / 2);
                var current = original;
                for (var i = 0; i < 5; i++)
                {
                    var next = ReferenceEquals(current, original) ? edited : original;
                    var from = current;
                    runs.Add(Time(() => driver = driver.ReplaceAdditionalText(from, next).RunGenerators(compilation)));
                    current = next;
                }

                note = string.Create(CultureInfo.InvariantCulture, $"cold run in this process {cold:F0} ms");
                break;
            }

            case "validate":
            {
                var paths = BuildValidation.Paths(Corpora.Directory(n));
                IReadOnlyList<PlanModel.Yaml.Diagnostics.PlanDiagnostic> found = Array.Empty<PlanModel.Yaml.Diagnostics.PlanDiagnostic>();
                var count = int.Parse(n, CultureInfo.InvariantCulture) >= 3200 ? 1 : 2;
                for (var i = 0; i < count; i++)
                {
                    runs.Add(Time(() => found = BuildValidation.Run(paths)));
                }

                var (e, w, _) = BuildValidation.Count(found);
                note = $"{paths.Count} files, {e} errors, {w} warnings";
                break;
            }

            case "compile":
            {
                var corpus = Corpora.Load(n);
                var result = GeneratorHost.RunChecked(corpus, out _);
                var sources = result.Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText)).ToList();
                var data = GeneratorHost.DataFile(corpus);
                corpus = null;
                CompileResult compiled = null!;
                for (var i = 0; i < 2; i++)
                {
                    runs.Add(Time(() => compiled = CompileBenchmarks.Compile(sources, data)));
                }

                note = compiled.Describe() + string.Create(CultureInfo.InvariantCulture, $" ({compiled.PeBytes / 1024.0 / int.Parse(n, CultureInfo.InvariantCulture):F0} KB/doc)");
                break;
            }

            default:
                Console.Error.WriteLine("unknown measure " + measure);
                return 2;
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var best = runs.Count > 1 ? runs.Skip(1).Min() : runs[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {runs[0]:F1}\t{best:F1}\t{peak}\t{note}"));
        return 0;
    }

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Runtime;

namespace PlanModel.Benchmarks;

/// <summary>
/// --watch-edit [corpus…]: one-shot timings of <c>plan validate --watch</c> rounds in one process: the session
/// opened once, then a main-indicators table edited and restored ten times with the session updated after each
/// save, with the corpus-wide steps of a round timed alone beside it (where an update's time goes).
/// </summary>
public static class WatchEditMode
{
    /// <summary>Runs the mode.</summary>
    public static int Run(string[] args)
    {
        foreach (var name in args.Length > 0 ? args : new[] { "real" })
        {
            var bench = new WatchBenchmarks { Corpus = name };
            var open = Stopwatch.StartNew();
            bench.Setup();
            Console.WriteLine(Invariant($"== {name}: session opened in {open.ElapsedMilliseconds} ms"));
            var times = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                var sw = Stopwatch.StartNew();
                var checkedDocs = bench.EditOneFile();
                times.Add(sw.Elapsed.TotalMilliseconds);
                Console.WriteLine(Invariant($"   edit {i + 1}: {sw.Elapsed.TotalMilliseconds:F1} ms, {checkedDocs} document(s) re-validated"));
            }

            times.Sort();
            Console.WriteLine(Invariant($"   median {times[times.Count / 2]:F1} ms, best {times[0]:F1} ms"));
            Phases(bench.Session);
            var same = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var sw = Stopwatch.StartNew();
                bench.SaveUnchanged();
                same.Add(sw.Elapsed.TotalMilliseconds);
            }

            same.Sort();
            Console.WriteLine(Invariant($"   a round with nothing to re-validate (same text saved): median {same[2]:F1} ms, best {same[0]:F1} ms"));
            bench.Cleanup();
        }

        return 0;
    }

    /// <summary>The whole-corpus steps of a round, each timed alone (best of three).</summary>
    private static void Phases(CorpusSession session)
    {
        var a = session.Assembled;
        var phases = new (string Name, Action Run)[]
        {
            ("AssembledCorpus.Of (assembly)", () => AssembledCorpus.Of(a.Files)),
            ("PublishedNames.Check (every document named again; a round names only the changed ones)", () => Yaml.Naming.PublishedNames.Check(a.Specs, a.Documents, a.Catalogue, new DiagnosticBag())),
            ("RuntimeBuilder.Corpus (every document built again; a round builds only the changed ones)", () => RuntimeBuilder.Corpus(a.Documents, a.Catalogue)),
        };
        foreach (var (name, run) in phases)
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var sw = Stopwatch.StartNew();
                run();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(Invariant($"   {name}: {best:F1} ms"));
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

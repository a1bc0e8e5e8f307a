using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanModel.Benchmarks;

/// <summary>
/// The corpora each benchmark runs on. PLANMODEL_CORPORA (e.g. "real,10,100") narrows every benchmark to the
/// listed corpora it supports, for a quicker run; unset, each runs on its full list.
/// </summary>
public static class CorpusParams
{
    /// <summary>Generator cold run.</summary>
    public static IEnumerable<string> Cold => Filter("real", "10", "100", "1000", "3200");

    /// <summary>Incremental edit.</summary>
    public static IEnumerable<string> Incremental => Filter("100", "1000", "3200");

    /// <summary>MSBuild validation (3200: --scale).</summary>
    public static IEnumerable<string> Validation => Filter("real", "10", "100", "1000");

    /// <summary>The generator's phases.</summary>
    public static IEnumerable<string> Phases => Filter("real", "100");

    /// <summary>plan validate --watch: one file edited, the session updated.</summary>
    public static IEnumerable<string> Watch => Filter("real", "1000", "3200");

    /// <summary>plan diff against reading both sides.</summary>
    public static IEnumerable<string> Diff => Filter("real", "1000");

    /// <summary>Compile of the generated code.</summary>
    public static IEnumerable<string> Compile => Filter("100", "1000");

    private static IEnumerable<string> Filter(params string[] all)
    {
        var env = Environment.GetEnvironmentVariable("PLANMODEL_CORPORA");
        if (string.IsNullOrWhiteSpace(env))
        {
            return all;
        }

        var wanted = env.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return all.Where(a => wanted.Contains(a, StringComparer.Ordinal)).ToArray();
    }
}

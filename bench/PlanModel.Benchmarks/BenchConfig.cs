using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PlanModel.Benchmarks;

/// <summary>
/// The config shared by every benchmark class: the memory diagnoser, the ratio columns and a per-document column.
/// The job comes from <see cref="PlanModelJobAttribute"/> on each class.
/// </summary>
public static class BenchConfig
{
    /// <summary>The config.</summary>
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new PerDocumentColumn())
        .WithOption(ConfigOptions.JoinSummary, false)
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
}

/// <summary>
/// A fixed job: 1 launch, a few warm-ups, a few measured iterations. The corpora are large and each operation long
/// (up to a minute at 3200 documents), so BenchmarkDotNet's adaptive iteration count would take hours. Override
/// from the command line with BenchmarkDotNet's own options, e.g. <c>--iterationCount 15</c>.
/// <para>The GC mode is the host's: the compiler (csc and VBCSCompiler, which run the generator) uses server GC
/// (their runtimeconfig.json sets System.GC.Server), MSBuild (which runs ValidatePlans) workstation GC.</para>
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PlanModelJobAttribute : JobConfigBaseAttribute
{
    /// <summary>Creates the job.</summary>
    public PlanModelJobAttribute(bool serverGc, int warmupCount = 1, int iterationCount = 5)
        : base(Job.Default.WithLaunchCount(1).WithWarmupCount(warmupCount).WithIterationCount(iterationCount).WithGcServer(serverGc)
            .WithId(serverGc ? "compiler-host" : "msbuild-host"))
    {
    }
}

/// <summary>The mean divided by the number of documents of the benchmark's corpus (parameter <c>Corpus</c>).</summary>
public sealed class PerDocumentColumn : IColumn
{
    /// <inheritdoc />
    public string Id => "PlanModel.PerDocument";

    /// <inheritdoc />
    public string ColumnName => "Mean/doc";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Statistics;

    /// <inheritdoc />
    public int PriorityInCategory => 100;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Mean divided by the number of documents in the corpus";

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Parameters.Items.Any(p => p.Name == "Corpus"));

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var corpus = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Corpus")?.Value as string;
        if (report?.ResultStatistics is null || corpus is null)
        {
            return "NA";
        }

        var docs = Math.Max(1, Corpora.DocumentCount(corpus));
        var ns = report.ResultStatistics.Mean / docs;
        return ns >= 1e6
            ? (ns / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " ms"
            : (ns / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " μs";
    }
}

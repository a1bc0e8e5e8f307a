using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PlanModel.Benchmarks;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Validation;
using Xunit;
using Xunit.Abstractions;

namespace PlanModel.Tests;

/// <summary>
/// Mutates the real corpus and feeds every case through reader, validator and generator: no unhandled
/// exception, every diagnostic located inside the input. PLANMODEL_FUZZ_CASES raises the count for a long run
/// (docs/robustness.md); CI runs the bounded default.
/// </summary>
public class RobustnessTests
{
    private readonly ITestOutputHelper _output;

    public RobustnessTests(ITestOutputHelper output) => _output = output;

    private static int Cases(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("PLANMODEL_FUZZ_CASES"), out var n) && n > 0 ? n : fallback;

    private static readonly Lazy<string[]> CorpusFiles = new(() =>
        Directory.EnumerateFiles(Repo.Corpus, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray());

    [Fact]
    public void Reader_and_validator_never_crash_and_always_locate()
    {
        var mutator = new Mutator(20261122);
        var cases = Cases(3000);
        var ops = new Dictionary<string, int>();
        var files = CorpusFiles.Value;
        for (var i = 0; i < cases; i++)
        {
            var file = files[i % files.Length];
            var (op, bytes) = mutator.Mutate(File.ReadAllText(file));
            ops[op] = ops.GetValueOrDefault(op) + 1;
            var text = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
            var lineCount = text.Split('\n').Length;
            var result = PlanFileReader.Read(file, text);
            foreach (var d in result.Diagnostics)
            {
                Assert.True(d.Line >= 1 && d.Line <= lineCount + 1 && d.Column >= 1, $"{op} on {file}: {d}");
                Assert.Equal(file, d.File);
            }
        }

        _output.WriteLine($"{cases} cases: " + string.Join(", ", ops.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
    }

    [Fact]
    public void Mutated_corpora_validate_without_exceptions()
    {
        var mutator = new Mutator(7);
        var cases = Cases(150);
        var mini = Repo.Fixture("mini");
        var yaml = Directory.EnumerateFiles(mini, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < cases; i++)
        {
            var dir = Repo.CopyToTemp(mini);
            var target = Path.Combine(dir, Path.GetRelativePath(mini, yaml[i % yaml.Length]));
            var (op, bytes) = mutator.Mutate(File.ReadAllText(target));
            File.WriteAllBytes(target, bytes);
            var diagnostics = Validation.Run(dir);
            Assert.All(diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, $"{op}: {d}"));
            Assert.DoesNotContain(diagnostics, d => d.Code == "PLAN005");
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_generator_never_throws_and_one_broken_document_keeps_the_others()
    {
        var mutator = new Mutator(99);
        var baseline = GeneratorHarness.FilesOf(Repo.Fixture("mini"));
        var cases = Cases(200);
        for (var i = 0; i < cases; i++)
        {
            var victim = baseline[i % baseline.Count];
            var (op, bytes) = mutator.Mutate(victim.GetText()!.ToString());
            var mutated = baseline.Select(f => f == victim
                ? new MemoryAdditionalText(f.Path, new UTF8Encoding(false, false).GetString(bytes))
                : f).ToList();
            var (output, result, diagnostics) = GeneratorHarness.Run(mutated);
            var run = result.Results[0];
            Assert.True(run.Exception is null, $"{op}: {run.Exception}");
            Assert.DoesNotContain(diagnostics, d => d.Id is "CS8785" or "AD0001");
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "PLAN005");
            Assert.All(run.Diagnostics.Where(d => d.Location.Kind == LocationKind.ExternalFile),
                d => Assert.True(d.Location.GetLineSpan().StartLinePosition.Line >= 0));
            if (!victim.Path.Contains("demo-district", StringComparison.Ordinal) && !victim.Path.Contains("catalogue", StringComparison.Ordinal))
            {
                // The untouched document still generates.
                Assert.Contains(run.GeneratedSources, s => s.HintName == "Plan.demo-district-14fyp.g.cs");
            }

            // Whatever was generated compiles or is reported: the generator never emits broken C#.
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.Contains("PlanGenerator", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Limits_bound_an_alias_bomb_and_a_huge_file()
    {
        var bomb = new StringBuilder("kind: units\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 30; i++)
        {
            bomb.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = PlanFileReader.Read("bomb.yaml", bomb.ToString());
        Assert.Contains(r.Diagnostics, d => d.Code == "PLAN002");
        var huge = PlanFileReader.Read("huge.yaml", "kind: units\n" + new string('#', 5 * 1024 * 1024));
        Assert.Contains(huge.Diagnostics, d => d.Code == "PLAN003");
        _output.WriteLine($"bomb + 5 MiB file rejected in {watch.ElapsedMilliseconds} ms");
    }
}

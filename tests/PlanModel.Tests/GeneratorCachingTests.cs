using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PlanModel.Generator;
using PlanModel.Benchmarks;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

public class GeneratorCachingTests
{
    private static readonly string[] Steps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToArray();

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"));
        var compilation = GeneratorHarness.Compilation("namespace App { class A { } }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        var first = driver.GetRunResult();

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace App { class B { } }"));
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult();

        foreach (var step in Steps)
        {
            var a = first.Results[0].TrackedSteps[step];
            var b = second.Results[0].TrackedSteps[step];
            Assert.Equal(a.Length, b.Length);
            foreach (var run in b)
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}");
                }
            }
        }

        foreach (var output in second.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
        {
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
        }
    }

    [Fact]
    public void Editing_one_document_regenerates_only_that_document()
    {
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"));
        var compilation = GeneratorHarness.Compilation("namespace App { class A { } }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var target = files.Single(f => f.Path.EndsWith("demo-district/table-01.yaml", StringComparison.Ordinal));
        var text = target.GetText()!.ToString().Replace("en: GRP Growth", "en: GRP Growth Rate");
        driver = driver.ReplaceAdditionalText(target, new MemoryAdditionalText(target.Path, text)).RunGenerators(compilation);
        var run = driver.GetRunResult().Results[0];

        var parse = run.TrackedSteps[TrackingNames.ParseFile];
        Assert.Equal(1, parse.Count(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)));
        Assert.Equal(files.Count - 1, parse.Count(s => s.Outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));

        var documents = run.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, documents.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, documents.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));

        var changed = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        // Only the edited document's source output and Plans.DataVersion.g.cs (its hash covers every YAML text)
        // change; Plans.g.cs and the catalogue stay cached.
        Assert.Equal(2, changed);
        Assert.Single(run.TrackedSteps[TrackingNames.DataVersion].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("GRP Growth Rate", run.GeneratedSources.Single(s => s.HintName == "Plan.demo-district-14fyp.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_or_compilations()
    {
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"));
        var run = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation("class A { }")).GetRunResult().Results[0];
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Roslyn's own input node holds the compilation; the pipeline maps it to a bool at once (UTF-8 data support).
        foreach (var step in run.TrackedSteps.Where(s => s.Key != WellKnownGeneratorInputs.Compilation).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Walk(value, seen, 0);
            }
        }
    }

    private static void Walk(object? value, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 40 || value is string || value.GetType().IsPrimitive || value is decimal || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree, $"pipeline holds a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, seen, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), seen, depth + 1);
        }
    }
}

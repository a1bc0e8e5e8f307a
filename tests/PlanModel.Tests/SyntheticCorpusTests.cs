using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PlanModel.Yaml.Sources;
using PlanModel.Benchmarks;
using PlanModel.Generator;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Validation;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The benchmarks' synthetic corpus (bench/PlanModel.Benchmarks/SyntheticCorpus.cs) and the generator at its scale.</summary>
public class SyntheticCorpusTests
{
    private const int Seed = 20210310;

    private static List<AdditionalText> YamlTexts(int documents) => SyntheticCorpus.Generate(documents, Seed)
        .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(f => (AdditionalText)new MemoryAdditionalText("/synthetic/" + f.Path, f.Text))
        .ToList();

    [Fact]
    public void The_synthetic_corpus_validates_with_no_findings_provenance_included()
    {
        // 12 documents: two municipalities, ten districts aligned to the first (parent rules run).
        var files = SyntheticCorpus.Generate(12, Seed).ToList();
        var sources = files.Where(f => f.Path.StartsWith("sources/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path.Substring("sources/".Length), f => new SourceText(new System.Text.UTF8Encoding(false).GetBytes(f.Text)), StringComparer.Ordinal);
        var parsed = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => PlanFileReader.Read("/synthetic/" + f.Path, f.Text)).ToList();
        var diagnostics = CorpusValidator.Validate(parsed, new ValidationOptions { Sources = new MemorySources(sources), Alignment = true });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_synthetic_corpus_is_deterministic_and_prefix_stable()
    {
        var a = SyntheticCorpus.Generate(3, Seed).ToList();
        var b = SyntheticCorpus.Generate(5, Seed).Take(a.Count).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, SyntheticCorpus.Generate(3, Seed + 1).ToList());
    }

    [Fact]
    public void Editing_one_file_of_fifty_documents_reparses_one_file_and_regenerates_one_document()
    {
        var files = YamlTexts(50);
        var compilation = GeneratorHarness.Compilation("namespace App { class A { } }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var target = files.Single(f => f.Path == "/synthetic/synth-0025/table-02-main.yaml");
        var text = target.GetText()!.ToString();
        var edited = text.Replace("en: \"Main Indicators of Economic", "en: \"Principal Indicators of Economic", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        driver = driver.ReplaceAdditionalText(target, new MemoryAdditionalText(target.Path, edited)).RunGenerators(compilation);
        var run = driver.GetRunResult().Results[0];

        var parse = run.TrackedSteps[TrackingNames.ParseFile];
        Assert.Equal(files.Count, parse.Length);
        Assert.Equal(1, parse.Count(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)));
        Assert.Equal(files.Count - 1, parse.Count(s => s.Outputs.All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));

        var documents = run.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(50, documents.Count);
        Assert.Equal(1, documents.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(49, documents.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));

        // Two source outputs re-run: the edited document's class and Plans.DataVersion.g.cs, whose hash covers every
        // YAML text (Plans.g.cs, the catalogue and the 49 other documents stay cached).
        var changed = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .ToList();
        Assert.Equal(2, changed.Count);
        Assert.Single(run.TrackedSteps[TrackingNames.DataVersion].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Principal Indicators of Economic", run.GeneratedSources.Single(s => s.HintName == "Plan.synth-0025-14fyp.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    private sealed class MemorySources : ISourceResolver
    {
        private readonly Dictionary<string, SourceText> _sources;

        public MemorySources(Dictionary<string, SourceText> sources) => _sources = sources;

        // In memory, but through the same lexical rules as the file-system resolver.
        public SourceLoad Load(string documentPath, string file)
        {
            if (!SourcePath.TryNormalize(documentPath, file, out var path, out var problem))
            {
                return SourceLoad.Refused(string.Empty, problem!);
            }

            return _sources.TryGetValue(path.Substring(path.LastIndexOf('/') + 1), out var s)
                ? SourceLoad.Loaded(path, s)
                : SourceLoad.Refused(path, PlanRules.NoSourceFile.With(path));
        }
    }
}

using System.IO;
using System.Linq;
using System.Text;
using PlanModel.Yaml.Sources;
using PlanModel.Cli;
using PlanModel.Benchmarks;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The compiled corpus must equal, value for value, what the shared reader builds from the YAML.</summary>
public class GeneratedCorpusTests
{
    [Fact]
    public void Compiled_corpus_equals_the_runtime_build_of_the_yaml()
    {
        var (output, result, diagnostics) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Corpus, Repo.Corpus));
        Assert.Null(result.Results[0].Exception);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var assembly = Compiler.Load(output);
        var compiled = (PlanCorpus)assembly.GetType("Demo.Data.Plans")!.GetProperty("Corpus")!.GetValue(null)!;

        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Corpus));
        var built = CorpusBuild.Of(CorpusSession.Open(Repo.Corpus));
        Assert.Equal(Export(built), Export(CorpusBuild.Of(compiled, CorpusSession.Open(Repo.Corpus))));
    }

    [Fact]
    public void Compiled_corpus_equals_the_runtime_build_when_data_is_a_string_constant()
    {
        // Before C# 11 (or without System.ReadOnlySpan<T>) document data is a string constant, not a UTF-8 literal.
        var parse = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10);
        var compilation = GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, "namespace App { internal static class Marker { } }");
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new PlanModel.Generator.PlanGenerator()) }, GeneratorHarness.FilesOf(Repo.Corpus, Repo.Corpus), parse, GeneratorHarness.DefaultOptions());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var sources = driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Select(t => t.ToString()).Where(t => t.Contains("s_planData", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, t => Assert.Contains("private static string s_planData => \"PM3|", t, System.StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.Problems(output));

        var compiled = (PlanCorpus)Compiler.Load(output).GetType("Demo.Data.Plans")!.GetProperty("Corpus")!.GetValue(null)!;
        var built = CorpusBuild.Of(CorpusSession.Open(Repo.Corpus));
        Assert.Equal(Export(built), Export(CorpusBuild.Of(compiled, CorpusSession.Open(Repo.Corpus))));
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, true)]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, false)]
    public void String_data_past_the_user_string_budget_is_PLAN003_at_a_document(Microsoft.CodeAnalysis.CSharp.LanguageVersion version, bool expected)
    {
        // A budget below the fixture's data stands in for a corpus past the 16 MB heap; UTF-8 data does not use the heap.
        var options = new PlanOptionsProvider(new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.PlanModelNamespace"] = "Demo.Data",
            ["build_property.PlanModelUserStringBudget"] = "3000",
        });
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new PlanModel.Generator.PlanGenerator()) },
            GeneratorHarness.FilesOf(Repo.Fixture("mini")),
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(version),
            options);
        var diagnostics = driver.RunGenerators(GeneratorHarness.Compilation(version, "namespace App { internal static class Marker { } }")).GetRunResult().Diagnostics;
        var found = diagnostics.Where(d => d.Id == "PLAN003").ToList();
        if (!expected)
        {
            Assert.Empty(found);
            return;
        }

        var d = Assert.Single(found);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith("/document.yaml", d.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Contains("user-string heap", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Document_data_is_a_utf8_literal_when_the_compilation_allows_it()
    {
        var (_, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")));
        var demo = result.Results[0].GeneratedSources.Single(s => s.HintName == "Plan.demo-14fyp.g.cs").SourceText.ToString();
        Assert.Contains("private static global::System.ReadOnlySpan<byte> s_planData => \"PM3|", demo, System.StringComparison.Ordinal);
        Assert.Contains("PlanDataReader.FromUtf8(s_planData.ToArray())", demo, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_sources_do_not_depend_on_the_checkout_path()
    {
        var a = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini"), "/one/place")).Result;
        var b = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini"), "/another/checkout/elsewhere")).Result;
        var left = a.Results[0].GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
        var right = b.Results[0].GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
        Assert.Equal(left, right);
        Assert.DoesNotContain(left, s => s.Contains("/one/place", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    [InlineData("")]
    public void Generated_sources_and_exports_do_not_depend_on_the_culture(string name)
    {
        string Generate() => string.Join("\n", GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini"))).Result.Results[0].GeneratedSources
            .Select(s => s.HintName + "\n" + s.SourceText));
        var reference = Generate();
        var exportReference = Export(CorpusBuild.Of(CorpusSession.Open(Repo.Fixture("mini"))));
        var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            var culture = new System.Globalization.CultureInfo(name);
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            Assert.Equal(reference, Generate());
            Assert.Equal(exportReference, Export(CorpusBuild.Of(CorpusSession.Open(Repo.Fixture("mini")))));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
        }
    }

    internal static string Export(CorpusBuild build)
    {
        using var ms = new MemoryStream();
        JsonExporter.Write(build, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}

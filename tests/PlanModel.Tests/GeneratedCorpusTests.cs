using System.IO;
using System.Linq;
using System.Text;
using PlanModel.Cli;
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
        var built = CorpusBuild.From(files, Repo.Corpus);
        Assert.Equal(Export(built), Export(CorpusBuild.Of(compiled, Repo.Corpus)));
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
        var exportReference = Export(CorpusBuild.From(CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Fixture("mini"))), Repo.Fixture("mini")));
        var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            var culture = new System.Globalization.CultureInfo(name);
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            Assert.Equal(reference, Generate());
            Assert.Equal(exportReference, Export(CorpusBuild.From(CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Fixture("mini"))), Repo.Fixture("mini"))));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static string Export(CorpusBuild build)
    {
        using var ms = new MemoryStream();
        JsonExporter.Write(build, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}

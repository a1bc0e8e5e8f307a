using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Serialization;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The data file embedded as a resource (PlanModelDataResource, what the Toolkit's targets set): the generated classes
/// read their documents from it, and a missing, corrupt or mismatched resource is a clear exception, never wrong data.
/// </summary>
public class EmbeddedDataTests
{
    private const string Resource = "PlanModel.Corpus.plandata";

    [Fact]
    public void Compiled_corpus_reading_the_embedded_data_file_equals_the_runtime_build_of_the_yaml()
    {
        var (output, sources) = Generate(Repo.Corpus);
        var documents = sources.Where(s => s.Contains(" : global::PlanModel.PlanDocument", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, documents.Count);
        Assert.All(documents, s =>
        {
            Assert.Contains("PlanDataReader.FromResource(typeof(", s, StringComparison.Ordinal);
            Assert.DoesNotContain("s_planData", s, StringComparison.Ordinal);
        });

        var compiled = Corpus(Compiler.Load(output, Embedded(Pack(Repo.Corpus))));
        var built = CorpusBuild.Of(CorpusSession.Open(Repo.Corpus));
        Assert.Equal(GeneratedCorpusTests.Export(built), GeneratedCorpusTests.Export(CorpusBuild.Of(compiled, CorpusSession.Open(Repo.Corpus))));
    }

    [Fact]
    public void A_missing_embedded_data_file_is_a_clear_exception()
    {
        var (output, _) = Generate(Repo.Fixture("mini"));
        var error = Fails(Compiler.Load(output), "Demo14thFyp");
        Assert.StartsWith("The PlanModel data of assembly GeneratorTest is missing: it has no embedded resource 'PlanModel.Corpus.plandata'.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a data file", "Not a PlanModel data file")]
    [InlineData("truncated", "PlanModel data file is truncated or corrupt")]
    public void A_corrupt_embedded_data_file_is_a_clear_exception(string damage, string expected)
    {
        var bytes = Pack(Repo.Fixture("mini"));
        bytes = damage == "truncated" ? bytes.Take(bytes.Length / 2).ToArray() : bytes.Select(b => (byte)(b ^ 0x5A)).ToArray();
        var (output, _) = Generate(Repo.Fixture("mini"));
        var error = Fails(Compiler.Load(output, Embedded(bytes)), "Demo14thFyp");
        Assert.StartsWith("The PlanModel data embedded in resource 'PlanModel.Corpus.plandata' of assembly GeneratorTest is unreadable: " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_data_file_from_other_yaml_is_refused_for_the_documents_that_differ()
    {
        // A translation edited after the code was generated: same shape, same ids, other text. The edited document
        // is refused; the unchanged one still reads.
        var edited = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(edited, "demo-district", "table-01.yaml"), "en: GRP Growth}", "en: GRP Growth Rate}");
        var (output, _) = Generate(Repo.Fixture("mini"));
        var assembly = Compiler.Load(output, Embedded(Pack(edited)));

        var error = Fails(assembly, "DemoDistrict14fyp");
        Assert.StartsWith("The PlanModel data embedded in resource 'PlanModel.Corpus.plandata' of assembly GeneratorTest holds document 'demo-district-14fyp' in another version than its generated class", error.Message, StringComparison.Ordinal);
        var plan = (PlanDocument)Plans(assembly).GetProperty("Demo14thFyp")!.GetValue(null)!;
        Assert.Equal("demo-14fyp", plan.Id);
    }

    [Fact]
    public void An_embedded_data_file_without_the_document_is_refused()
    {
        var parentOnly = Repo.CopyToTemp(Repo.Fixture("mini"));
        Directory.Delete(Path.Combine(parentOnly, "demo-district"), recursive: true);
        var (output, _) = Generate(Repo.Fixture("mini"));
        var error = Fails(Compiler.Load(output, Embedded(Pack(parentOnly))), "DemoDistrict14fyp");
        Assert.StartsWith("The PlanModel data embedded in resource 'PlanModel.Corpus.plandata' of assembly GeneratorTest has no document 'demo-district-14fyp'.", error.Message, StringComparison.Ordinal);
    }

    private static (Compilation Output, string[] Sources) Generate(string root)
    {
        var options = GeneratorHarness.DefaultOptions(new() { ["build_property.PlanModelDataResource"] = Resource });
        var (output, result, diagnostics) = GeneratorHarness.Run(GeneratorHarness.FilesOf(root, root), options);
        Assert.Null(result.Results[0].Exception);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return (output, result.GeneratedTrees.Select(t => t.ToString()).ToArray());
    }

    /// <summary>The corpus's data file, as the Toolkit's WritePlanData step writes it.</summary>
    private static byte[] Pack(string root)
    {
        using var ms = new MemoryStream();
        PlanDataFileWriter.Write(ms, CorpusSession.Open(root).Corpus, new DataVersion("1.0.0", new string('0', 64)));
        return ms.ToArray();
    }

    private static ResourceDescription Embedded(byte[] bytes) => new(Resource, () => new MemoryStream(bytes), isPublic: true);

    private static Type Plans(Assembly assembly) => assembly.GetType("Demo.Data.Plans")!;

    private static PlanCorpus Corpus(Assembly assembly) => (PlanCorpus)Plans(assembly).GetProperty("Corpus")!.GetValue(null)!;

    private static PlanDataException Fails(Assembly assembly, string document)
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => Plans(assembly).GetProperty(document)!.GetValue(null));
        return Assert.IsType<PlanDataException>(thrown.InnerException);
    }
}

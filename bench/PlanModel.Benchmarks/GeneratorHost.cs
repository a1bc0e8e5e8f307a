using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PlanModel.Generator;
using PlanModel.Yaml.Corpus;

namespace PlanModel.Benchmarks;

/// <summary>Drives PlanGenerator with CSharpGeneratorDriver, as the compiler does in a build.</summary>
public static class GeneratorHost
{
    /// <summary>Parse options of the consumer project (C# latest; XML docs are parsed, as with GenerateDocumentationFile).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The framework and PlanModel references a consumer compiles against.</summary>
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <summary>The logical name the Toolkit's targets embed the corpus's data file under (PlanModelDataResource).</summary>
    public const string DataResource = "PlanModel.Corpus.plandata";

    // As a build with the Toolkit's targets runs the generator: the data file is embedded, the classes read it.
    private static readonly PlanOptionsProvider Options = new(new Dictionary<string, string>
    {
        ["build_property.PlanModelNamespace"] = "Bench.Data",
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.PlanModelDataResource"] = DataResource,
    });

    // A command-line build that writes a documentation file: the summaries go to the side file the build merges.
    private static readonly PlanOptionsProvider SideDocsOptions = new(new Dictionary<string, string>
    {
        ["build_property.PlanModelNamespace"] = "Bench.Data",
        ["build_property.RootNamespace"] = "Bench",
        ["build_property.PlanModelDataResource"] = DataResource,
        ["build_property.PlanModelSourceDocs"] = "false",
    });

    // The generator used without the targets (or PlanModelEmbedData=false): each class carries a data literal.
    private static readonly PlanOptionsProvider InlineOptions = new(new Dictionary<string, string>
    {
        ["build_property.PlanModelNamespace"] = "Bench.Data",
        ["build_property.RootNamespace"] = "Bench",
    });

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(PlanDocument).Assembly.Location));
        return refs.ToImmutableArray();
    }

    /// <summary>The YAML files of a corpus as additional texts.</summary>
    public static List<AdditionalText> Texts(LoadedCorpus corpus) =>
        corpus.Files.Select(f => (AdditionalText)new MemoryAdditionalText(f.Path, f.Text)).ToList();

    /// <summary>The user's compilation: one small class, like a data package's own code.</summary>
    public static CSharpCompilation Compilation(string name = "Bench.Data") =>
        CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText("namespace Bench { internal static class Marker { } }", ParseOptions, path: "Marker.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

    /// <summary>A new driver (no cached state) over <paramref name="texts"/>. The results the generator keeps across
    /// drivers in the process (<see cref="ParsedFileCache"/>, and what hangs on its documents) are dropped first, so a
    /// run is cold, unless <paramref name="keep"/>: then it is a steady build in the compiler server.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool track = false, bool inlineData = false, bool sideDocs = false, bool keep = false)
    {
        if (!keep)
        {
            ParsedFileCache.Shared.Clear();
        }

        return CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            inlineData ? InlineOptions : sideDocs ? SideDocsOptions : Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
    }

    /// <summary>Runs the generator and fails loudly on generator errors (a benchmark of a broken run measures nothing).</summary>
    public static GeneratorDriverRunResult RunChecked(LoadedCorpus corpus, out Compilation output, bool inlineData = false, bool sideDocs = false)
    {
        var driver = Driver(Texts(corpus), inlineData: inlineData, sideDocs: sideDocs).RunGeneratorsAndUpdateCompilation(Compilation(), out output, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"generator reported {errors.Count} errors on '{corpus.Name}', first: {errors[0]}");
        }

        return driver.GetRunResult();
    }

    /// <summary>The corpus's data file, as the Toolkit's WritePlanData step writes it for embedding.</summary>
    public static byte[] DataFile(LoadedCorpus corpus)
    {
        using var bytes = new MemoryStream();
        PlanModel.Yaml.Serialization.PlanDataFileWriter.Write(bytes, PlanModel.Yaml.Corpus.CorpusSession.Open(corpus.Root).Corpus, new DataVersion("1.0.0", new string('0', 64)));
        return bytes.ToArray();
    }
}

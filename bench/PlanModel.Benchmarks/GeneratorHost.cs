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

namespace PlanModel.Benchmarks;

/// <summary>An in-memory additional file (the compiler host hands the generator the same thing).</summary>
public sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    /// <summary>Creates the file.</summary>
    public MemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>build_property.* and build_metadata.AdditionalFiles.PlanModelYaml=true, as the toolkit targets set them.</summary>
public sealed class PlanOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global = new(new Dictionary<string, string>
    {
        ["build_property.PlanModelNamespace"] = "Bench.Data",
        ["build_property.RootNamespace"] = "Bench",
    });

    private readonly DictionaryOptions _yaml = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanModelYaml"] = "true" });
    private readonly DictionaryOptions _empty = new(new Dictionary<string, string>());

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions => _global;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _empty;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".yaml", StringComparison.Ordinal) ? _yaml : _empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>Drives PlanGenerator with CSharpGeneratorDriver, as the compiler does in a build.</summary>
public static class GeneratorHost
{
    /// <summary>Parse options of the consumer project (C# latest; XML docs are parsed, as with GenerateDocumentationFile).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The framework and PlanModel references a consumer compiles against.</summary>
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    private static readonly PlanOptionsProvider Options = new();

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

    /// <summary>A new driver (no cached state) over <paramref name="texts"/>.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator and fails loudly on generator errors (a benchmark of a broken run measures nothing).</summary>
    public static GeneratorDriverRunResult RunChecked(LoadedCorpus corpus, out Compilation output)
    {
        var driver = Driver(Texts(corpus)).RunGeneratorsAndUpdateCompilation(Compilation(), out output, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"generator reported {errors.Count} errors on '{corpus.Name}', first: {errors[0]}");
        }

        return driver.GetRunResult();
    }
}

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

namespace PlanModel.Tests.Infrastructure;

/// <summary>An in-memory additional file.</summary>
public sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Feeds build_property.* and build_metadata.AdditionalFiles.* to the generator.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly DictionaryOptions _yaml = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanModelYaml"] = "true" });
    private readonly DictionaryOptions _empty = new(new Dictionary<string, string>());

    public TestOptionsProvider(Dictionary<string, string>? global = null)
    {
        _global = new DictionaryOptions(global ?? new Dictionary<string, string> { ["build_property.PlanModelNamespace"] = "Demo.Data" });
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".yaml", StringComparison.Ordinal) ? _yaml : _empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator with CSharpGeneratorDriver (no Verify or SourceGenerators.Testing needed).</summary>
public static class GeneratorHarness
{
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(PlanDocument).Assembly.Location));
        return refs.ToImmutableArray();
    }

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(LanguageVersion.Latest, sources);

    public static CSharpCompilation Compilation(LanguageVersion version, params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTest",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(version), path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            options ?? new TestOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>All *.yaml files of a directory as additional texts, with stable virtual paths.</summary>
    public static List<AdditionalText> FilesOf(string root, string virtualRoot = "/corpus")
    {
        var list = new List<AdditionalText>();
        foreach (var f in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, f).Replace('\\', '/');
            list.Add(new MemoryAdditionalText(virtualRoot + "/" + rel, File.ReadAllText(f)));
        }

        return list;
    }

    /// <summary>Runs generation and returns the output compilation and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null, params string[] sources)
    {
        var compilation = Compilation(sources.Length == 0 ? new[] { "namespace App { internal static class Marker { } }" } : sources);
        var driver = Driver(files, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>Compiler errors and warnings of a compilation, as text, for assertions.</summary>
    public static string[] Problems(Compilation c) => c.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .Select(d => d.ToString())
        .ToArray();
}

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
using PlanModel.Benchmarks;
using PlanModel.Generator;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Runs the generator with CSharpGeneratorDriver (no Verify or SourceGenerators.Testing needed).</summary>
public static class GeneratorHarness
{
    /// <summary>The fixture's build properties: generated types in <c>Demo.Data</c>.</summary>
    public static PlanOptionsProvider DefaultOptions(Dictionary<string, string>? extra = null)
    {
        var global = new Dictionary<string, string> { ["build_property.PlanModelNamespace"] = "Demo.Data" };
        foreach (var kv in extra ?? new Dictionary<string, string>())
        {
            global[kv.Key] = kv.Value;
        }

        return new PlanOptionsProvider(global);
    }

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

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, PlanOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            options ?? DefaultOptions(),
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
    public static (Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<AdditionalText> files, PlanOptionsProvider? options = null, params string[] sources)
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

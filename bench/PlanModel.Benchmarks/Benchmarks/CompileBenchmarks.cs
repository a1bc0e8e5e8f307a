using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace PlanModel.Benchmarks;

/// <summary>
/// What the generated code costs the compiler, against the generator run that produced it: parse the generated
/// sources, bind and emit a release assembly with its XML documentation (GenerateDocumentationFile, as the data
/// packages build), compared with a cold generator run over the same corpus.
/// </summary>
[PlanModelJob(serverGc: true, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private List<AdditionalText> _texts = null!;
    private CSharpCompilation _compilation = null!;
    private List<(string Path, SourceText Text)> _generated = null!;
    private List<(string Path, SourceText Text)> _inline = null!;
    private byte[] _data = null!;
    private List<(string Path, SourceText Text)> _sideDocs = null!;
    private PlanModel.Yaml.Corpus.CorpusSession _session = null!;
    private string _docsDir = null!;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Compile;

    /// <summary>Synthetic corpus size.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "1000";

    /// <summary>Runs the generator once each way to get its output, and writes the data file a build embeds.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpora.Load(Corpus);
        _texts = GeneratorHost.Texts(corpus);
        _compilation = GeneratorHost.Compilation();
        _data = GeneratorHost.DataFile(corpus);
        _generated = Sources(GeneratorHost.RunChecked(corpus, out _));
        _inline = Sources(GeneratorHost.RunChecked(corpus, out _, inlineData: true));
        _sideDocs = Sources(GeneratorHost.RunChecked(corpus, out _, sideDocs: true));
        // The build's session has built the runtime documents already (for the data file) when it writes the side file.
        _session = PlanModel.Yaml.Corpus.CorpusSession.Open(corpus.Root);
        _ = _session.Corpus;
        _docsDir = Directory.CreateTempSubdirectory("planmodel-bench-docs-").FullName;
        Console.WriteLine($"// {Corpus}, side-file docs: generated {_sideDocs.Sum(g => (long)g.Text.Length) / 1e6:F1} M chars; {CompileSideDocs()}");
        foreach (var (name, sources, data) in new[] { ("embedded data", _generated, _data), ("inline data", _inline, null) })
        {
            var c = Compile(sources, data);
            Console.WriteLine($"// {Corpus}, {name}: generated {sources.Sum(g => (long)g.Text.Length) / 1e6:F1} M chars in {sources.Count} sources; {c.Describe()}");
            if (!c.Success)
            {
                throw new InvalidOperationException("the generated code does not compile: " + c.FirstError);
            }
        }
    }

    private static List<(string Path, SourceText Text)> Sources(GeneratorDriverRunResult run) =>
        run.Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText)).ToList();

    /// <summary>Parses, binds and emits the generated sources (PE + XML docs), with the data file embedded when given
    /// (as the Toolkit's targets embed it).</summary>
    public static CompileResult Compile(IEnumerable<(string Path, SourceText Text)> sources, byte[]? data, Stream? xmlDocs = null)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHost.ParseOptions, s.Path));
        var compilation = GeneratorHost.Compilation().AddSyntaxTrees(trees);
        using var pe = new MemoryStream();
        using var ownXml = new MemoryStream();
        var xml = xmlDocs ?? ownXml;
        var resources = data is null ? null : new[] { new ResourceDescription(GeneratorHost.DataResource, () => new MemoryStream(data), isPublic: true) };
        var result = compilation.Emit(pe, xmlDocumentationStream: xml, manifestResources: resources);
        long userStrings = 0;
        if (result.Success)
        {
            pe.Position = 0;
            using var reader = new PEReader(pe, PEStreamOptions.LeaveOpen);
            userStrings = reader.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
        }

        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString();
        return new CompileResult(result.Success, pe.Length, xml.Length, userStrings, error);
    }

    /// <summary>Baseline: the cold generator run that produces the code (as a build runs it: data embedded).</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Generate() => GeneratorHost.Driver(_texts).RunGenerators(_compilation);

    /// <summary>Compiling the generated code with the data file embedded (what a build with the Toolkit compiles).</summary>
    [Benchmark]
    public bool CompileGenerated() => Compile(_generated, _data).Success;

    /// <summary>What a command-line build with the Toolkit does since side-file docs: compiling the generated code
    /// without the document classes' summaries, writing them to the side file (in the build, the validation task does)
    /// and merging that into the compiler's documentation file.</summary>
    [Benchmark]
    public bool CompileSideDocs()
    {
        var xml = Path.Combine(_docsDir, "compiled.xml");
        var side = Path.Combine(_docsDir, "side.xml");
        bool success;
        using (var file = File.Create(xml))
        {
            success = Compile(_sideDocs, _data, file).Success;
        }

        PlanModel.Yaml.Docs.DocumentationFile.Write(side, _session, "Bench.Data", "Plans");
        return success && PlanModel.Yaml.Docs.DocumentationFile.Merge(xml, side) > 0;
    }

    /// <summary>Compiling the generated code with each document's data as a literal (the fallback without the targets).</summary>
    [Benchmark]
    public bool CompileInlineData() => Compile(_inline, null).Success;
}

/// <summary>The outcome of compiling generated code.</summary>
/// <param name="Success">Emit succeeded.</param>
/// <param name="PeBytes">Assembly size.</param>
/// <param name="XmlBytes">XML documentation size.</param>
/// <param name="UserStringBytes">Size of the #US (user string) heap; the ECMA-335 limit is 16 MB (2^24 bytes, CS8103).</param>
/// <param name="FirstError">The first compiler error, if any.</param>
public sealed record CompileResult(bool Success, long PeBytes, long XmlBytes, long UserStringBytes, string? FirstError)
{
    /// <summary>One line for logs.</summary>
    public string Describe() => Success
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"assembly {PeBytes / 1048576.0:F1} MB, XML docs {XmlBytes / 1048576.0:F1} MB, user-string heap {UserStringBytes / 1048576.0:F2} MB of 16 MB")
        : "does not compile: " + FirstError;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PlanModel.Benchmarks;

/// <summary>
/// What the generated code costs the compiler, against the generator run that produced it: parse the generated
/// sources, bind and emit a release assembly with its XML documentation (GenerateDocumentationFile, as the data
/// packages build), compared with a cold generator run over the same corpus.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, id: "compile")]
public class CompileBenchmarks
{
    private List<AdditionalText> _texts = null!;
    private CSharpCompilation _compilation = null!;
    private List<(string Path, SourceText Text)> _generated = null!;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Compile;

    /// <summary>Synthetic corpus size.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "1000";

    /// <summary>Runs the generator once to get its output.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpora.Load(Corpus);
        _texts = GeneratorHost.Texts(corpus);
        _compilation = GeneratorHost.Compilation();
        var run = GeneratorHost.RunChecked(corpus, out _);
        _generated = run.Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText)).ToList();
        var (ok, pe, _) = Compile(_generated);
        Console.WriteLine($"// {Corpus}: generated {_generated.Sum(g => (long)g.Text.Length) / 1e6:F1} M chars in {_generated.Count} sources; assembly {pe / 1024} KB; compiles: {ok}");
        if (!ok)
        {
            throw new InvalidOperationException("the generated code does not compile");
        }
    }

    /// <summary>Parses, binds and emits the generated sources (PE + XML docs).</summary>
    public static (bool Success, long PeBytes, long XmlBytes) Compile(IEnumerable<(string Path, SourceText Text)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHost.ParseOptions, s.Path));
        var compilation = GeneratorHost.Compilation().AddSyntaxTrees(trees);
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(pe, xmlDocumentationStream: xml);
        return (result.Success, pe.Length, xml.Length);
    }

    /// <summary>Baseline: the cold generator run that produces the code.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Generate() => GeneratorHost.Driver(_texts).RunGenerators(_compilation);

    /// <summary>Compiling the generated code.</summary>
    [Benchmark]
    public bool CompileGenerated() => Compile(_generated).Success;
}

using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.Core;

namespace PlanModel.Benchmarks;

/// <summary>
/// The generator's cold run (a new CSharpGeneratorDriver over the whole corpus: parse, assemble, validate,
/// emit) against the floor of merely tokenising the same text with YamlDotNet's parser (events only).
/// </summary>
[PlanModelJob(serverGc: true)]
public class GeneratorColdBenchmarks
{
    private LoadedCorpus _corpus = null!;
    private List<AdditionalText> _texts = null!;
    private CSharpCompilation _compilation = null!;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Cold;

    /// <summary>"real" is plans-yaml/; a number is a synthetic corpus of that many documents.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "real";

    /// <summary>Loads the corpus into memory and checks the generator runs clean on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpora.Load(Corpus);
        _texts = GeneratorHost.Texts(_corpus);
        _compilation = GeneratorHost.Compilation();
        GeneratorHost.RunChecked(_corpus, out _);
    }

    /// <summary>Floor: YamlDotNet.Core.Parser over every file, events only.</summary>
    [Benchmark(Baseline = true)]
    public long YamlParse() => _corpus.ParseEvents();

    /// <summary>A new driver over the corpus, run once (what a clean build's compiler does).</summary>
    [Benchmark]
    public GeneratorDriver GeneratorCold() => GeneratorHost.Driver(_texts).RunGenerators(_compilation);

    /// <summary>A new driver with what the generator keeps in the process from earlier runs over the same texts (what
    /// a steady build in the compiler server does).</summary>
    [Benchmark]
    public GeneratorDriver GeneratorKept() => GeneratorHost.Driver(_texts, keep: true).RunGenerators(_compilation);
}

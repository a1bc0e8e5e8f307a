using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using PlanModel.Generator;
using PlanModel.Generator.Emit;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Yaml;
using YamlDotNet.Core;

namespace PlanModel.Benchmarks;

/// <summary>
/// The generator's phases one by one, against the same YAML-parse floor: the YAML tree (events to nodes), the full
/// reader (tree + binding to specs: the ParseFile step) and the emitter (RuntimeBuilder + C# text of every
/// document). Where the cold run's time goes.
/// </summary>
[PlanModelJob(serverGc: true)]
public class ReaderBenchmarks
{
    private LoadedCorpus _corpus = null!;
    private IReadOnlyList<DocumentModel> _documents = null!;
    private readonly GeneratorOptions _options = new("Bench.Data", "Plans", Utf8Data: true);

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Phases;

    /// <summary>"real" is plans-yaml/; a number is a synthetic corpus of that many documents.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "100";

    /// <summary>Loads and assembles the corpus once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpora.Load(Corpus);
        var specs = new List<PlanFileSpec>();
        foreach (var (path, text) in _corpus.Files)
        {
            if (PlanFileReader.Read(path, text).File is { } f)
            {
                specs.Add(f);
            }
        }

        _documents = CorpusAssembler.Assemble(specs, new DiagnosticBag()).Documents;
    }

    /// <summary>Floor: YamlDotNet's parser, events only.</summary>
    [Benchmark(Baseline = true)]
    public long YamlParse() => _corpus.ParseEvents();

    /// <summary>YamlTreeReader: the parse plus the node tree (positions, duplicate keys, limits, forbidden characters).</summary>
    [Benchmark]
    public int YamlTree()
    {
        var n = 0;
        foreach (var (path, text) in _corpus.Files)
        {
            n += YamlTreeReader.Read(text, path, new DiagnosticBag()) is null ? 0 : 1;
        }

        return n;
    }

    /// <summary>PlanFileReader: tree plus binding to specs (the generator's ParseFile step).</summary>
    [Benchmark]
    public int ReadSpecs()
    {
        var n = 0;
        foreach (var (path, text) in _corpus.Files)
        {
            n += PlanFileReader.Read(path, text).File is null ? 0 : 1;
        }

        return n;
    }

    /// <summary>DocumentEmitter for every document (RuntimeBuilder, data, XML docs, code).</summary>
    [Benchmark]
    public long Emit()
    {
        long chars = 0;
        foreach (var d in _documents)
        {
            chars += DocumentEmitter.Emit(d, _options).Length;
        }

        return chars;
    }
}

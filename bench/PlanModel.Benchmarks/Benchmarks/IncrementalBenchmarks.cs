using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PlanModel.Benchmarks;

/// <summary>
/// The IDE/incremental case: a driver that has run over N documents sees one YAML file edited (an English row
/// name in one main-indicators table) and runs again. Each invocation flips the file between two versions, so
/// every run is a genuine one-file edit of the previous state. Baseline: a cold run over the same corpus.
/// </summary>
[PlanModelJob(serverGc: true)]
public class IncrementalBenchmarks
{
    private List<AdditionalText> _texts = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _current = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Incremental;

    /// <summary>Synthetic corpus size.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "100";

    /// <summary>Runs the driver once and prepares the two versions of the edited file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpora.Load(Corpus);
        _texts = GeneratorHost.Texts(corpus);
        _compilation = GeneratorHost.Compilation();
        (_original, _edited) = EditedFile(_texts, int.Parse(Corpus, System.Globalization.CultureInfo.InvariantCulture) / 2);
        _driver = GeneratorHost.Driver(_texts).RunGenerators(_compilation);
        _current = _original;
    }

    /// <summary>The main table of document <paramref name="index"/> and a copy with one English row name changed.</summary>
    public static (AdditionalText Original, AdditionalText Edited) EditedFile(IReadOnlyList<AdditionalText> texts, int index)
    {
        var path = "/" + SyntheticCorpus.DocumentFolder(Math.Max(1, index)) + "/table-02-main.yaml";
        var original = texts.Single(t => t.Path.Replace('\\', '/').EndsWith(path, StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        var at = text.IndexOf("en: \"", text.IndexOf("rows:", StringComparison.Ordinal), StringComparison.Ordinal) + 5;
        var edited = text.Substring(0, at) + "Edited " + text.Substring(at);
        return (original, new MemoryAdditionalText(original.Path, edited));
    }

    /// <summary>Baseline: a cold run over the same corpus.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => GeneratorHost.Driver(_texts).RunGenerators(_compilation);

    /// <summary>One file edited, the same driver run again.</summary>
    [Benchmark]
    public GeneratorDriver EditOneFile()
    {
        var next = ReferenceEquals(_current, _original) ? _edited : _original;
        _driver = _driver.ReplaceAdditionalText(_current, next).RunGenerators(_compilation);
        _current = next;
        return _driver;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using YamlDotNet.Core;

namespace PlanModel.Benchmarks;

/// <summary>
/// The MSBuild validation (what the ValidatePlans task runs: CorpusLoader.ReadAll + CorpusValidator.Validate
/// with a SourceResolver, alignment on) against the floor of reading the same YAML and source files
/// from disk and tokenising the YAML with YamlDotNet. 3200 documents: see --scale.
/// </summary>
[PlanModelJob(serverGc: false)]
public class ValidationBenchmarks
{
    private List<string> _paths = null!;
    private List<string> _sources = null!;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Validation;

    /// <summary>"real" is plans-yaml/; a number is a synthetic corpus of that many documents.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "real";

    /// <summary>Finds the files and checks a synthetic corpus validates with zero findings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = Corpora.Directory(Corpus);
        _paths = BuildValidation.Paths(root);
        _sources = new List<string>(Directory.EnumerateFiles(Path.Combine(root, "sources"), "*.txt"));
        var (errors, warnings, _) = BuildValidation.Count(BuildValidation.Run(_paths));
        if (errors > 0 || (Corpus != "real" && warnings > 0))
        {
            throw new InvalidOperationException($"corpus '{Corpus}' does not validate: {errors} errors, {warnings} warnings");
        }
    }

    /// <summary>Floor: read every YAML file and source from disk, decode, tokenise the YAML.</summary>
    [Benchmark(Baseline = true)]
    public long ReadAndTokenise()
    {
        long n = 0;
        var utf8 = new UTF8Encoding(false, false);
        foreach (var p in _paths)
        {
            var parser = new Parser(new StringReader(utf8.GetString(File.ReadAllBytes(p))));
            while (parser.MoveNext())
            {
                n++;
            }
        }

        foreach (var s in _sources)
        {
            n += utf8.GetString(File.ReadAllBytes(s)).Length;
        }

        return n;
    }

    /// <summary>What the ValidatePlans task runs.</summary>
    [Benchmark]
    public int Validate() => BuildValidation.Run(_paths).Count;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using PlanModel.Cli.Diff;
using PlanModel.Yaml.Corpus;

namespace PlanModel.Benchmarks;

/// <summary>
/// <c>plan diff</c> of a corpus against a copy with 100 scattered edits (values and translations), against the floor
/// of reading both sides (two corpus sessions, validated, with their runtime corpora). Goal: at most 1.2×.
/// </summary>
[PlanModelJob(serverGc: false)]
public class DiffBenchmarks
{
    private string _base = string.Empty;
    private string _head = string.Empty;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Diff;

    /// <summary>The base corpus folder (after <see cref="Setup"/>).</summary>
    public string BasePath => _base;

    /// <summary>The edited copy (after <see cref="Setup"/>).</summary>
    public string HeadPath => _head;

    /// <summary>"real" is plans-yaml/; a number is a synthetic corpus of that many documents.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "real";

    /// <summary>Copies the corpus and edits 100 places spread over its files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _base = Corpora.Directory(Corpus);
        _head = Path.Combine(Corpora.CacheRoot, "diff-head-" + Corpus);
        if (Directory.Exists(_head))
        {
            Directory.Delete(_head, recursive: true);
        }

        var files = new List<string>();
        foreach (var f in Directory.EnumerateFiles(_base, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_head, Path.GetRelativePath(_base, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
            if (f.EndsWith(".yaml", StringComparison.Ordinal) && !f.Contains("catalogue", StringComparison.Ordinal))
            {
                files.Add(target);
            }
        }

        files.Sort(StringComparer.Ordinal);
        var edits = 0;
        for (var i = 0; edits < 100 && i < files.Count * 8; i++)
        {
            var file = files[(i * 7) % files.Count];
            var text = File.ReadAllText(file);
            // Alternate a translation and a value, each at a different place of the file.
            var pattern = edits % 2 == 0 ? new Regex("en: \"([^\"]+)\"") : new Regex("raw: \"([0-9.]+)\"");
            var matches = pattern.Matches(text);
            if (matches.Count == 0)
            {
                continue;
            }

            var m = matches[(i * 13) % matches.Count];
            var replacement = edits % 2 == 0 ? "en: \"" + m.Groups[1].Value + " (revised)\"" : "raw: \"" + m.Groups[1].Value + "9\"";
            File.WriteAllText(file, text.Remove(m.Index, m.Length).Insert(m.Index, replacement));
            edits++;
        }

        if (edits < 100)
        {
            throw new InvalidOperationException($"only {edits} edits could be made in corpus '{Corpus}'");
        }
    }

    /// <summary>Floor: both sides read, validated and built into runtime corpora.</summary>
    [Benchmark(Baseline = true)]
    public int ReadBothSides()
    {
        var a = CorpusSession.Open(_base, new CorpusSessionOptions { PathsRelativeToRoot = true });
        var b = CorpusSession.Open(_head, new CorpusSessionOptions { PathsRelativeToRoot = true });
        return a.Corpus.Documents.Count + b.Corpus.Documents.Count;
    }

    /// <summary>The diff as <c>plan diff</c> runs it: both sides read as above (side by side), their runtime corpora
    /// walked by stable path and compared, and only the changed elements exported for their fields and source lines.</summary>
    [Benchmark]
    public int Diff()
    {
        var (a, b) = CorpusSide.OpenBoth("base", _base, "head", _head, _head);
        using var disposeA = a;
        using var disposeB = b;
        return CorpusDiff.Compare(a, b).Changes.Count;
    }
}

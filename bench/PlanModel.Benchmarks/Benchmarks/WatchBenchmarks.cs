using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using PlanModel.Yaml.Corpus;

namespace PlanModel.Benchmarks;

/// <summary>
/// <c>plan validate --watch</c>: one YAML file saved (an English row name in a main-indicators table, alternately
/// edited and restored) and the kept <see cref="CorpusSession"/> updated with its path, against opening and validating
/// the corpus from scratch (what <c>plan validate</c> does for every save without --watch). The real corpus is
/// edited in a temp copy; a synthetic one in place (restored at the end).
/// </summary>
[PlanModelJob(serverGc: false, warmupCount: 1, iterationCount: 5)]
public class WatchBenchmarks
{
    private CorpusSession _session = null!;
    private string _root = null!;
    private string _file = null!;
    private string _original = null!;
    private string _edited = null!;
    private bool _flip;

    /// <summary>The session kept between saves.</summary>
    public CorpusSession Session => _session;

    /// <summary>The corpora (PLANMODEL_CORPORA narrows them).</summary>
    public static IEnumerable<string> CorpusValues => CorpusParams.Watch;

    /// <summary>"real" is plans-yaml/; a number is a synthetic corpus of that many documents.</summary>
    [ParamsSource(nameof(CorpusValues))]
    public string Corpus { get; set; } = "real";

    /// <summary>Opens the session and prepares the two versions of the edited file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string folder;
        if (Corpus == "real")
        {
            _root = Path.Combine(Path.GetTempPath(), "planmodel-watch-bench");
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }

            Copy(Corpora.Directory("real"), _root);
            folder = "jiulongpo-14fyp";
        }
        else
        {
            _root = Corpora.Directory(Corpus);
            folder = SyntheticCorpus.DocumentFolder(int.Parse(Corpus, System.Globalization.CultureInfo.InvariantCulture) / 2);
        }

        _file = Path.Combine(_root, folder, "table-02-main.yaml");
        _original = File.ReadAllText(_file);
        var at = _original.IndexOf("en: \"", _original.IndexOf("rows:", StringComparison.Ordinal), StringComparison.Ordinal) + 5;
        _edited = _original.Substring(0, at) + "Edited " + _original.Substring(at);
        _session = CorpusSession.Open(_root);
    }

    /// <summary>Puts the original file back.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.WriteAllText(_file, _original);

    /// <summary>Baseline: what every save costs without --watch (read, assemble, validate the whole corpus).</summary>
    [Benchmark(Baseline = true)]
    public int OpenAndValidate() => CorpusSession.Open(_root).Diagnostics.Count;

    /// <summary>One save: the file written, the session updated with its path.</summary>
    [Benchmark]
    public int EditOneFile()
    {
        _flip = !_flip;
        File.WriteAllText(_file, _flip ? _edited : _original);
        return _session.Update(new[] { _file }).DocumentsChecked;
    }

    /// <summary>A save that leaves the text as it was: the round's fixed cost (nothing is re-validated).</summary>
    public int SaveUnchanged()
    {
        File.WriteAllText(_file, File.ReadAllText(_file));
        return _session.Update(new[] { _file }).DocumentsChecked;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}

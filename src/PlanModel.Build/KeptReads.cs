using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Specs;

namespace PlanModel.Build;

/// <summary>
/// The reader's results of the last validations in this MSBuild node. A reused node runs the task again on the next
/// build, where reading and parsing every YAML file was most of an edit build's validation (about 0.3 s of 0.46 s on
/// the real corpus, docs/performance.md section 8); with these, a file whose text is unchanged is not parsed again.
/// </summary>
/// <remarks>
/// Passed to <see cref="CorpusLoader"/> as the watch mode passes its previous read: a kept result is reused only for
/// the same full path and a text with the same SHA-256, and a result depends only on path and text (default reader
/// limits, this loaded assembly's reader: a rebuilt task is a new assembly with nothing kept), so the validation
/// reports exactly what a fresh read gives. Bounded: the last <see cref="Corpora"/> corpora, each only when its YAML
/// files total at most <see cref="MaxCorpusBytes"/>.
/// </remarks>
internal sealed class KeptReads
{
    /// <summary>Corpora kept (a node builds several corpus projects in a solution).</summary>
    internal const int Corpora = 2;

    /// <summary>A corpus whose YAML is larger is not kept (its results take several times the text in memory).</summary>
    internal const long MaxCorpusBytes = 16L * 1024 * 1024;

    /// <summary>This node's: the task's assembly stays loaded in a reused node between builds.</summary>
    internal static readonly KeptReads Node = new();

    private readonly object _gate = new();
    private readonly List<(string Key, Dictionary<string, FileParseResult> Files)> _kept = new();

    /// <summary>Reads <paramref name="paths"/> (full paths) through the one reader, reusing this node's earlier results
    /// for unchanged files, and keeps these results for the next build.</summary>
    internal IReadOnlyList<FileParseResult> ReadAll(IReadOnlyList<string> paths, CancellationToken cancellation)
    {
        var key = string.Join("\n", paths);
        Dictionary<string, FileParseResult>? previous;
        lock (_gate)
        {
            previous = _kept.Find(k => k.Key == key).Files;
        }

        var results = CorpusLoader.ReadAll(paths, null, null, cancellation, previous);
        var files = new Dictionary<string, FileParseResult>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            files[paths[i]] = results[i];
        }

        lock (_gate)
        {
            _kept.RemoveAll(k => k.Key == key);
            if (TotalBytes(paths) <= MaxCorpusBytes)
            {
                _kept.Add((key, files));
                if (_kept.Count > Corpora)
                {
                    _kept.RemoveAt(0);
                }
            }
        }

        return results;
    }

    private static long TotalBytes(IReadOnlyList<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            try
            {
                total += new FileInfo(path).Length;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Unreadable here: the reader reported it; nothing to count.
            }
        }

        return total;
    }
}

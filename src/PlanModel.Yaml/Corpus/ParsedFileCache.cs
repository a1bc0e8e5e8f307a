using System;
using System.Collections.Generic;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Specs;

namespace PlanModel.Yaml.Corpus;

/// <summary>
/// The reader's results kept across builds in one process: the compiler server keeps the generator loaded between
/// builds, and a reused MSBuild node the validation task, but every build is a new generator driver and a new task, so
/// without this each build re-reads every YAML file: most of the generator's and of the task's time in a build after a
/// one-file edit (docs/performance.md, section 8). <see cref="CorpusLoader"/> reads through it when given one.
/// </summary>
/// <remarks>
/// A file whose path and text are equal (ordinal, the whole text compared) to a kept entry's gets the kept result.
/// That is safe and deterministic because a result is an immutable value that depends only on the path and the text
/// (<see cref="PlanFileReader.Read(string, string, PlanModel.Yaml.Yaml.ReaderLimits?)"/> with the default limits; the reader's code is this assembly's, and a rebuilt
/// generator or task loads a new copy of it with an empty cache): a kept result equals a new read, so the output never depends on
/// what is kept. Bounded: at most <see cref="VersionsPerPath"/> texts per path (an edit and its undoing both stay) and
/// at most the given number of characters of text in all (past it, the least recently used go first, down to three
/// quarters of it); a text larger than the budget is never kept.
/// </remarks>
internal sealed class ParsedFileCache
{
    /// <summary>Texts kept per path.</summary>
    internal const int VersionsPerPath = 2;

    /// <summary>The budget of the process-wide cache: 8 Mi characters of YAML. Texts and results take about 8 bytes a
    /// character (measured: 20 MB for the real corpus, 2.5 M characters), so about 70 MB at most.</summary>
    internal const long DefaultMaxChars = 8L * 1024 * 1024;

    /// <summary>The process's cache, one per loaded copy of this assembly (the generator bundles its own; the task
    /// loads another).</summary>
    internal static readonly ParsedFileCache Shared = new(DefaultMaxChars);

    private readonly Dictionary<string, List<Entry>> _byPath = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly long _maxChars;
    private long _chars;
    private long _clock;

    internal ParsedFileCache(long maxChars) => _maxChars = maxChars;

    /// <summary>Characters of text kept now.</summary>
    internal long Chars
    {
        get
        {
            lock (_gate)
            {
                return _chars;
            }
        }
    }

    /// <summary>The kept result for this path and text, or a new read (then kept).</summary>
    internal FileParseResult Read(string path, string text)
    {
        lock (_gate)
        {
            if (_byPath.TryGetValue(path, out var entries))
            {
                foreach (var e in entries)
                {
                    if (string.Equals(e.Text, text, StringComparison.Ordinal))
                    {
                        e.LastUsed = ++_clock;
                        return e.Result;
                    }
                }
            }
        }

        // Read outside the lock: compilations in the server run in parallel.
        var result = PlanFileReader.Read(path, text);
        Keep(path, text, result);
        return result;
    }

    private void Keep(string path, string text, FileParseResult result)
    {
        if (text.Length > _maxChars)
        {
            return;
        }

        lock (_gate)
        {
            if (!_byPath.TryGetValue(path, out var entries))
            {
                entries = new List<Entry>(VersionsPerPath);
                _byPath.Add(path, entries);
            }

            foreach (var e in entries)
            {
                if (string.Equals(e.Text, text, StringComparison.Ordinal))
                {
                    // Another compilation read the same text meanwhile: both results are equal, keep the first.
                    return;
                }
            }

            if (entries.Count == VersionsPerPath)
            {
                var oldest = entries[0];
                foreach (var e in entries)
                {
                    oldest = e.LastUsed < oldest.LastUsed ? e : oldest;
                }

                Remove(path, entries, oldest);
            }

            entries.Add(new Entry(text, result) { LastUsed = ++_clock });
            _chars += text.Length;
            if (_chars > _maxChars)
            {
                EvictLeastRecentlyUsed();
            }
        }
    }

    /// <summary>Drops everything kept (benchmarks of a cold run).</summary>
    internal void Clear()
    {
        lock (_gate)
        {
            _byPath.Clear();
            _chars = 0;
        }
    }

    // Down to three quarters of the budget in one pass, so a corpus larger than the budget does not scan every entry
    // for every file it reads.
    private void EvictLeastRecentlyUsed()
    {
        var all = new List<(string Path, Entry Entry)>();
        foreach (var kv in _byPath)
        {
            foreach (var e in kv.Value)
            {
                all.Add((kv.Key, e));
            }
        }

        all.Sort(static (x, y) => x.Entry.LastUsed.CompareTo(y.Entry.LastUsed));
        foreach (var (path, entry) in all)
        {
            if (_chars <= _maxChars / 4 * 3)
            {
                break;
            }

            Remove(path, _byPath[path], entry);
        }
    }

    private void Remove(string path, List<Entry> entries, Entry entry)
    {
        entries.Remove(entry);
        _chars -= entry.Text.Length;
        if (entries.Count == 0)
        {
            _byPath.Remove(path);
        }
    }

    private sealed class Entry
    {
        public Entry(string text, FileParseResult result) => (Text, Result) = (text, result);

        public string Text { get; }

        public FileParseResult Result { get; }

        public long LastUsed { get; set; }
    }
}

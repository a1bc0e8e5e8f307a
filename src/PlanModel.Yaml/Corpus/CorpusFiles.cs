namespace PlanModel.Yaml.Corpus;

/// <summary>The YAML files of a session opened from a path, with their parses, kept so an update re-reads only what
/// changed.</summary>
internal sealed class CorpusFiles
{
    private readonly string _path;
    private readonly string _root;
    private readonly string _basePath;
    private readonly bool _folder;
    private readonly Dictionary<string, FileParseResult> _parsed = new(StringComparer.Ordinal);

    public CorpusFiles(string path, string root, string basePath, bool folder)
    {
        _path = path;
        _root = root;
        _basePath = basePath;
        _folder = folder;
    }

    /// <summary>A file's path as diagnostics show it.</summary>
    public string Show(string full) => FileSystemLinks.Relative(_basePath, full);

    /// <summary>A shown path back to a full path.</summary>
    public string ToFullPath(string shown) => Path.GetFullPath(Path.Combine(_basePath, shown));

    /// <summary>The parses in ordinal path order, as <see cref="CorpusLoader.FindFiles"/> lists the files.</summary>
    public IReadOnlyList<FileParseResult> Files()
    {
        var paths = new List<string>(_parsed.Keys);
        paths.Sort(StringComparer.Ordinal);
        var files = new List<FileParseResult>(paths.Count);
        foreach (var p in paths)
        {
            files.Add(_parsed[p]);
        }

        return files;
    }

    /// <summary>Reads <paramref name="paths"/> (full paths), reusing the parse of a file whose text is unchanged.</summary>
    public void Read(IReadOnlyList<string> paths, CorpusSessionOptions options)
    {
        var results = CorpusLoader.ReadAll(paths, Show, options.Validation.Limits, options.Validation.Cancellation, _parsed);
        for (var i = 0; i < paths.Count; i++)
        {
            _parsed[paths[i]] = results[i];
        }
    }

    /// <summary>Takes in changed paths: a YAML file is re-read or dropped; a folder, or a path that held files, makes
    /// the file list be found again (created, moved and deleted folders); the corpus root itself re-reads every file
    /// (a watcher that lost events). Returns the number of files read and dropped.</summary>
    public (int Read, int Removed) Update(IReadOnlyCollection<string> changed, CorpusSessionOptions options)
    {
        var read = new SortedSet<string>(StringComparer.Ordinal);
        var before = _parsed.Count;
        var rescan = false;
        foreach (var p in changed)
        {
            var full = Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar);
            if (full == _root)
            {
                rescan = true;
                read.UnionWith(_parsed.Keys);
            }
            else if (IsYaml(full) && !Directory.Exists(full))
            {
                if (!Inside(full))
                {
                    continue;
                }

                if (File.Exists(full) || FileSystemLinks.IsLink(full))
                {
                    read.Add(full);
                }
                else
                {
                    _parsed.Remove(full);
                }
            }
            else if (_folder && (Directory.Exists(full) ? Inside(full) : Holds(full)))
            {
                rescan = true;
            }
        }

        if (rescan)
        {
            var found = new HashSet<string>(CorpusLoader.FindFiles(_path), StringComparer.Ordinal);
            foreach (var known in new List<string>(_parsed.Keys))
            {
                if (!found.Contains(known))
                {
                    _parsed.Remove(known);
                }
            }

            foreach (var f in found)
            {
                if (!_parsed.ContainsKey(f))
                {
                    read.Add(f);
                }
            }

            read.IntersectWith(found);
        }

        var removed = before - _parsed.Count;
        Read(new List<string>(read), options);
        return (read.Count, removed);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a YAML file belongs to the corpus: below the folder opened, or the one file opened.</summary>
    private bool Inside(string full)
    {
        if (!_folder)
        {
            return full == Path.GetFullPath(_path);
        }

        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        // FindFiles does not enter linked folders, so a file reached through one is not part of the corpus.
        for (var dir = Path.GetDirectoryName(full); dir is not null && dir.Length > _root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (FileSystemLinks.IsLink(dir))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a path that is gone held corpus files (a deleted or moved folder).</summary>
    private bool Holds(string full)
    {
        var prefix = full + Path.DirectorySeparatorChar;
        foreach (var known in _parsed.Keys)
        {
            if (known.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Threading;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Corpus;

/// <summary>Reads a corpus from the file system (used by the MSBuild task and the CLI).</summary>
public static class CorpusLoader
{
    /// <summary>All <c>*.yaml</c>/<c>*.yml</c> files under <paramref name="root"/>, in ordinal path order. Linked
    /// folders are not entered (a link could lead out of the corpus); linked files are listed so that reading them
    /// reports PLAN308.</summary>
    public static IReadOnlyList<string> FindFiles(string root)
    {
        var files = new List<string>();
        if (File.Exists(root))
        {
            files.Add(Path.GetFullPath(root));
            return files;
        }

        if (!Directory.Exists(root))
        {
            return files;
        }

        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(root));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var f in Directory.EnumerateFiles(dir))
            {
                if (f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(f);
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                if (!FileSystemLinks.IsLink(sub))
                {
                    pending.Push(sub);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads and parses each file; an unreadable, linked or oversized file is a located diagnostic, not an
    /// exception, and no file is read past its size limit.</summary>
    public static IReadOnlyList<FileParseResult> ReadAll(IEnumerable<string> paths, Func<string, string>? display = null, ReaderLimits? limits = null, CancellationToken cancellation = default) =>
        ReadAll(paths, display, limits, cancellation, null);

    /// <summary>As <see cref="ReadAll(IEnumerable{string}, Func{string, string}, ReaderLimits, CancellationToken)"/>,
    /// reusing the parse in <paramref name="previous"/> (by full path) of a file whose text has the same hash.</summary>
    internal static IReadOnlyList<FileParseResult> ReadAll(IEnumerable<string> paths, Func<string, string>? display, ReaderLimits? limits, CancellationToken cancellation, IReadOnlyDictionary<string, FileParseResult>? previous) =>
        ReadAll(paths, display, limits, cancellation, previous, null);

    /// <summary>As above, reading through <paramref name="kept"/> (the process's earlier reads, kept by path and text)
    /// when the limits are the default ones, which are the only ones a kept result was read with.</summary>
    internal static IReadOnlyList<FileParseResult> ReadAll(IEnumerable<string> paths, Func<string, string>? display, ReaderLimits? limits, CancellationToken cancellation, IReadOnlyDictionary<string, FileParseResult>? previous, ParsedFileCache? kept)
    {
        kept = limits is null || ReferenceEquals(limits, ReaderLimits.Default) ? kept : null;
        display ??= p => p;
        limits ??= ReaderLimits.Default;
        var results = new List<FileParseResult>();
        foreach (var path in paths)
        {
            cancellation.ThrowIfCancellationRequested();
            var shown = display(path);
            var maxBytes = (long)limits.MaxFileChars * 4;
            string text;
            try
            {
                if (FileSystemLinks.IsLink(path))
                {
                    results.Add(Refused(shown, PlanRules.CorpusFileIsLink.With()));
                    continue;
                }

                var bytes = FileSystemLinks.ReadBounded(path, maxBytes);
                if (bytes is null)
                {
                    results.Add(Refused(shown, PlanRules.FileTooLarge.With((maxBytes, limits.MaxFileChars))));
                    continue;
                }

                // Invalid UTF-8 becomes U+FFFD, which the reader reports (PLAN004) with its position.
                text = new UTF8Encoding(false, false).GetString(bytes);
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    text = text.Substring(1);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                results.Add(Refused(shown, PlanRules.CannotReadFile.With(ex.Message)));
                continue;
            }

            if (previous is not null && previous.TryGetValue(path, out var before) && before.ContentHash is not null
                && before.ContentHash == CorpusHash.OfText(text) && (before.File is null || before.File.Path == shown))
            {
                results.Add(before);
                continue;
            }

            results.Add(kept is null ? PlanFileReader.Read(shown, text, limits) : kept.Read(shown, text));
        }

        return results;
    }

    private static FileParseResult Refused(string shown, PlanFinding finding)
    {
        var bag = new DiagnosticBag();
        bag.Add(finding, shown, 1, 1);
        return new FileParseResult(null, bag.Items.ToEquatable());
    }
}

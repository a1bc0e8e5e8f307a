using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Corpus;

/// <summary>Reads a corpus from the file system (used by the MSBuild task and the CLI).</summary>
public static class CorpusLoader
{
    /// <summary>All <c>*.yaml</c>/<c>*.yml</c> files under <paramref name="root"/>, in ordinal path order.</summary>
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

        foreach (var f in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories))
        {
            if (f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(Path.GetFullPath(f));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Reads and parses each file; an unreadable file is a located diagnostic, not an exception.</summary>
    public static IReadOnlyList<FileParseResult> ReadAll(IEnumerable<string> paths, Func<string, string>? display = null, ReaderLimits? limits = null)
    {
        display ??= p => p;
        var results = new List<FileParseResult>();
        foreach (var path in paths)
        {
            var shown = display(path);
            string text;
            try
            {
                var info = new FileInfo(path);
                var max = (limits ?? ReaderLimits.Default).MaxFileChars;
                if (info.Length > (long)max * 4)
                {
                    var bag = new DiagnosticBag();
                    bag.Add(PlanRules.Limit, shown, 1, 1, "file is {0} bytes; the limit is {1} characters", info.Length, max);
                    results.Add(new FileParseResult(null, bag.Items.ToEquatable()));
                    continue;
                }

                // Invalid UTF-8 becomes U+FFFD, which the reader reports (PLAN004) with its position.
                text = new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path));
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    text = text.Substring(1);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var bag = new DiagnosticBag();
                bag.Add(PlanRules.Internal, shown, 1, 1, "cannot read the file: {0}", ex.Message);
                results.Add(new FileParseResult(null, bag.Items.ToEquatable()));
                continue;
            }

            results.Add(PlanFileReader.Read(shown, text, limits));
        }

        return results;
    }
}

/// <summary>Resolves sources relative to the directory of the document file, caching each by full path.</summary>
public sealed class FileSystemSourceResolver : ISourceResolver
{
    private readonly Dictionary<string, SourceText?> _cache = new(StringComparer.Ordinal);
    private readonly Func<string, string> _toFullPath;

    /// <summary>Creates a resolver; <paramref name="toFullPath"/> maps a displayed document path back to a full path.</summary>
    public FileSystemSourceResolver(Func<string, string>? toFullPath = null)
    {
        _toFullPath = toFullPath ?? Path.GetFullPath;
    }

    /// <inheritdoc />
    public SourceText? Load(string documentPath, string relativeFile)
    {
        var dir = Path.GetDirectoryName(_toFullPath(documentPath)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(dir, relativeFile));
        if (_cache.TryGetValue(full, out var cached))
        {
            return cached;
        }

        SourceText? text = null;
        try
        {
            if (File.Exists(full))
            {
                text = new SourceText(File.ReadAllBytes(full));
            }
        }
        catch (IOException)
        {
            text = null;
        }
        catch (UnauthorizedAccessException)
        {
            text = null;
        }

        _cache[full] = text;
        return text;
    }
}

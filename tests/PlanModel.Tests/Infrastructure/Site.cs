using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Reads a written report: every page as XML (the report writes XHTML-compatible HTML), and its links.</summary>
public static class Site
{
    /// <summary>Parses a page as XML; throws <see cref="XmlException"/> (with line and position) when it is not well-formed.</summary>
    public static XDocument Load(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    /// <summary>Every file of the site, relative with '/', in ordinal order.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    /// <summary>Parses every page and checks every href/src: relative, to an existing file, and to an existing
    /// id when it has a fragment. Returns the problems (empty when all is well).</summary>
    public static IReadOnlyList<string> CheckPages(string root)
    {
        var problems = new List<string>();
        var pages = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var rel in Files(root).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            try
            {
                pages[rel] = Load(Path.Combine(root, rel));
            }
            catch (XmlException ex)
            {
                problems.Add($"{rel}: not well-formed: {ex.Message}");
            }
        }

        var ids = pages.ToDictionary(
            p => p.Key,
            p => new HashSet<string>(p.Value.Descendants().Select(e => (string?)e.Attribute("id")).Where(i => i is not null)!, StringComparer.Ordinal));
        foreach (var (rel, doc) in pages)
        {
            foreach (var attr in doc.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "href" or "src"))
            {
                var link = attr.Value;
                if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
                {
                    problems.Add($"{rel}: not a relative link: {link}");
                    continue;
                }

                var hash = link.IndexOf('#');
                var file = hash < 0 ? link : link.Substring(0, hash);
                var fragment = hash < 0 ? null : link.Substring(hash + 1);
                var dir = Path.GetDirectoryName(rel)!.Replace('\\', '/');
                var target = file.Length == 0 ? rel : Normalise(dir.Length == 0 ? file : dir + "/" + file);
                if (target is null || !File.Exists(Path.Combine(root, target)))
                {
                    problems.Add($"{rel}: broken link {link}");
                    continue;
                }

                if (fragment is { Length: > 0 } && (!ids.TryGetValue(target, out var set) || !set.Contains(fragment)))
                {
                    problems.Add($"{rel}: no id '{fragment}' in {target} ({link})");
                }
            }
        }

        return problems;
    }

    private static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var seg in path.Split('/'))
        {
            if (seg == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (seg is not ("." or ""))
            {
                parts.Add(seg);
            }
        }

        return string.Join("/", parts);
    }
}

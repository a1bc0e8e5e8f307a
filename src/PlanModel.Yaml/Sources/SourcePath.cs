namespace PlanModel.Yaml.Sources;

/// <summary>
/// The lexical half of the one source resolver: turns a document's <c>source.file</c> into its path inside the
/// corpus (<c>sources/…</c>), or says why it may not be read. Pure string work, so the generator (which must not
/// touch the disk) and the validator agree on every path.
/// </summary>
/// <remarks>
/// A document lives in a folder directly under the corpus root and names its source relative to that folder
/// (<c>../sources/003.txt</c>). The path is normalised once; it may never step above the corpus root on the way
/// (a path that leaves the corpus and re-enters it is refused, so no two readers can resolve it differently) and
/// must end inside the corpus's <c>sources</c> folder.
/// </remarks>
public static class SourcePath
{
    /// <summary>The folder, directly under the corpus root, that holds the archived sources.</summary>
    public const string SourcesFolder = "sources";

    /// <summary>Normalises <paramref name="file"/>, named in the document file at <paramref name="documentPath"/>.</summary>
    /// <param name="documentPath">The document file's path (any form; only its folder name is used).</param>
    /// <param name="file">The path as written in the YAML.</param>
    /// <param name="corpusPath">The corpus-relative path, <c>sources/…</c> with forward slashes, when allowed.</param>
    /// <param name="problem">Why the path is refused, when it is.</param>
    /// <returns><see langword="true"/> when the path is allowed.</returns>
    public static bool TryNormalize(string documentPath, string file, out string corpusPath, out PlanFinding? problem)
    {
        corpusPath = string.Empty;
        problem = null;
        if (documentPath is null)
        {
            throw new ArgumentNullException(nameof(documentPath));
        }

        if (string.IsNullOrEmpty(file))
        {
            problem = PlanRules.EmptySourcePath.With();
            return false;
        }

        var slashed = file.Replace('\\', '/');
        if (slashed[0] == '/' || slashed.IndexOf(':') >= 0 || slashed[0] == '~')
        {
            problem = PlanRules.AbsoluteSourcePath.With();
            return false;
        }

        foreach (var c in slashed)
        {
            if (c < ' ' || c == '\u007F' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|')
            {
                problem = PlanRules.SourcePathCharacter.With(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                return false;
            }
        }

        var parts = new List<string>();
        var folder = DocumentFolder(documentPath);
        if (folder.Length > 0)
        {
            parts.Add(folder);
        }

        foreach (var seg in slashed.Split('/'))
        {
            if (seg.Length == 0 || seg == ".")
            {
                continue;
            }

            if (seg == "..")
            {
                if (parts.Count == 0)
                {
                    problem = PlanRules.SourcePathLeavesCorpus.With(SourcesFolder);
                    return false;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            if (seg.Trim('.', ' ').Length == 0)
            {
                problem = PlanRules.SourcePathDots.With(seg);
                return false;
            }

            parts.Add(seg);
        }

        if (parts.Count < 2 || !string.Equals(parts[0], SourcesFolder, StringComparison.Ordinal))
        {
            problem = PlanRules.SourcePathOutside.With((string.Join("/", parts), SourcesFolder));
            return false;
        }

        corpusPath = string.Join("/", parts);
        return true;
    }

    /// <summary>The corpus-relative path, or the empty string when the path is refused (the validator says why).</summary>
    public static string Normalize(string documentPath, string file) =>
        TryNormalize(documentPath, file, out var path, out _) ? path : string.Empty;

    /// <summary>The name of the folder holding the document file (empty for a bare file name).</summary>
    private static string DocumentFolder(string documentPath)
    {
        var norm = documentPath.Replace('\\', '/');
        var slash = norm.LastIndexOf('/');
        if (slash <= 0)
        {
            return string.Empty;
        }

        var dir = norm.Substring(0, slash);
        var dirSlash = dir.LastIndexOf('/');
        var folder = dirSlash < 0 ? dir : dir.Substring(dirSlash + 1);
        return folder is "." or ".." ? string.Empty : folder;
    }
}

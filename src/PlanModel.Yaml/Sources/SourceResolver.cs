using System.Security.Cryptography;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Sources;

/// <summary>
/// The one source resolver, used by the validator, the MSBuild task and every CLI command (the generator uses its
/// lexical half, <see cref="SourcePath"/>). A path is normalised once and must stay inside the corpus's
/// <c>sources</c> folder; no folder or file on the way may be a link; only a regular file under
/// <see cref="ReaderLimits.MaxSourceBytes"/> is read, streamed through the hash in bounded memory. Each source is read
/// once per resolver.
/// </summary>
public sealed class SourceResolver : ISourceResolver
{
    private readonly Dictionary<string, SourceLoad> _cache = new(StringComparer.Ordinal);
    private readonly Func<string, string> _toFullPath;
    private readonly ReaderLimits _limits;

    /// <summary>Creates a resolver.</summary>
    /// <param name="toFullPath">Maps a document path as shown in diagnostics back to a full path (default: <see cref="Path.GetFullPath(string)"/>).</param>
    /// <param name="limits">The size limit for a source (default <see cref="ReaderLimits.Default"/>).</param>
    public SourceResolver(Func<string, string>? toFullPath = null, ReaderLimits? limits = null)
    {
        _toFullPath = toFullPath ?? Path.GetFullPath;
        _limits = limits ?? ReaderLimits.Default;
    }

    /// <inheritdoc />
    public SourceLoad Load(string documentPath, string file)
    {
        if (!SourcePath.TryNormalize(documentPath, file, out var corpusPath, out var problem))
        {
            return SourceLoad.Refused(string.Empty, problem!);
        }

        // The corpus root is the parent of the document's folder (documents live one folder deep).
        var docFolder = Path.GetDirectoryName(_toFullPath(documentPath));
        var root = docFolder is null ? null : Path.GetDirectoryName(docFolder);
        if (root is null)
        {
            return SourceLoad.Refused(corpusPath, PlanRules.NotInCorpusFolder.With());
        }

        var key = root + "\n" + corpusPath;
        if (!_cache.TryGetValue(key, out var load))
        {
            load = Read(root, corpusPath);
            _cache[key] = load;
        }

        return load;
    }

    /// <summary>Forgets what was read at or below <paramref name="fullPath"/> (a source, or a folder of sources, that
    /// changed on disk), so the next <see cref="Load"/> reads it again; everything else stays cached.</summary>
    /// <returns>The number of sources forgotten.</returns>
    public int Forget(string fullPath)
    {
        if (fullPath is null)
        {
            throw new ArgumentNullException(nameof(fullPath));
        }

        var target = Path.GetFullPath(fullPath).TrimEnd(Path.DirectorySeparatorChar);
        var stale = new List<string>();
        foreach (var key in _cache.Keys)
        {
            var cut = key.IndexOf('\n');
            var full = Path.GetFullPath(Path.Combine(key.Substring(0, cut), key.Substring(cut + 1)));
            if (full == target || full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                stale.Add(key);
            }
        }

        foreach (var key in stale)
        {
            _cache.Remove(key);
        }

        return stale.Count;
    }

    private SourceLoad Read(string root, string corpusPath)
    {
        try
        {
            // Walk from the root down: a link anywhere below the root could point outside it.
            var full = root;
            var segments = corpusPath.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                full = Path.Combine(full, segments[i]);
                if (FileSystemLinks.IsLink(full))
                {
                    return SourceLoad.Refused(corpusPath, PlanRules.SourceIsLink.With(string.Join("/", segments, 0, i + 1)));
                }

                var last = i == segments.Length - 1;
                if (last ? !File.Exists(full) && !Directory.Exists(full) : !Directory.Exists(full))
                {
                    return SourceLoad.Refused(corpusPath, PlanRules.NoSourceFile.With(corpusPath));
                }
            }

            if (Directory.Exists(full))
            {
                return SourceLoad.Refused(corpusPath, PlanRules.SourceIsFolder.With(corpusPath));
            }

            return ReadBounded(full, corpusPath, _limits.MaxSourceBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return SourceLoad.Refused(corpusPath, PlanRules.SourceUnreadable.With((corpusPath, ex.Message)));
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes, hashing as it goes; a longer file (or a device that
    /// never ends) is refused without reading past the limit.</summary>
    private static SourceLoad ReadBounded(string full, string corpusPath, long limit)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = FileSystemLinks.ReadBounded(full, limit, (buffer, n) => hash.AppendData(buffer, 0, n));
        return bytes is null
            ? SourceLoad.Refused(corpusPath, PlanRules.SourceTooLarge.With((corpusPath, limit)))
            : SourceLoad.Loaded(corpusPath, new SourceText(bytes, Sha256Hex.Format(hash.GetHashAndReset())));
    }
}

using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Sources;

/// <summary>
/// The archived sources whose bytes match the sha256 every document pins for them, by corpus path. Only these are
/// ever shown or embedded (report snippets, export offsets): a source that fails its hash, is refused by the resolver
/// or is pinned differently by two documents is absent, so a pull request cannot publish a file it swapped in.
/// </summary>
public sealed class VerifiedSources
{
    private readonly Dictionary<string, SourceText> _verified;
    private readonly ReaderLimits _limits;

    private VerifiedSources(Dictionary<string, SourceText> verified, ReaderLimits limits)
    {
        _verified = verified;
        _limits = limits;
    }

    /// <summary>No sources at all (nothing is shown).</summary>
    public static VerifiedSources None { get; } = new(new Dictionary<string, SourceText>(), ReaderLimits.Default);

    /// <summary>Loads each document's source through <paramref name="resolver"/> (its cache: nothing is read twice) and
    /// keeps those that match their pins.</summary>
    public static VerifiedSources Of(IReadOnlyList<DocumentModel> documents, ISourceResolver resolver, ReaderLimits? limits = null)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        var good = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var bad = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var src = doc.Document.Source;
            if (src.File.Length == 0)
            {
                continue;
            }

            var load = resolver.Load(doc.Path, src.File);
            if (load.CorpusPath.Length == 0)
            {
                continue;
            }

            if (load.Text is not null && src.Sha256.Length > 0 && string.Equals(load.Text.Sha256, src.Sha256, StringComparison.Ordinal))
            {
                good[load.CorpusPath] = load.Text;
            }
            else
            {
                bad.Add(load.CorpusPath);
            }
        }

        foreach (var b in bad)
        {
            good.Remove(b);
        }

        return new VerifiedSources(good, limits ?? ReaderLimits.Default);
    }

    /// <summary>True when <paramref name="corpusPath"/> is a verified source.</summary>
    public bool IsVerified(string corpusPath) => corpusPath is not null && _verified.ContainsKey(corpusPath);

    /// <summary>The sha256 of a verified source, or <see langword="null"/>: two corpora whose pins agree show the same
    /// text for it (so a citation into it has the same offset and line on both).</summary>
    public string? Pin(string corpusPath) =>
        corpusPath is not null && _verified.TryGetValue(corpusPath, out var text) ? text.Sha256 : null;

    /// <summary>A line of a verified source, or <see langword="null"/>.</summary>
    public string? Line(string corpusPath, int line) =>
        corpusPath is not null && _verified.TryGetValue(corpusPath, out var text) ? text.Line(line) : null;

    /// <summary>The text a citation points at, as the validator reads it (the line, or the trimmed texts of several
    /// lines joined); <see langword="null"/> when the source is not verified or the join is over the budget.</summary>
    public string? Text(Citation citation)
    {
        if (citation is null)
        {
            throw new ArgumentNullException(nameof(citation));
        }

        if (!_verified.TryGetValue(citation.SourceFile, out var text))
        {
            return null;
        }

        if (citation.Lines.Count <= 1)
        {
            return text.Line(citation.Line);
        }

        if (citation.Lines.Count > _limits.MaxLinesPerCitation)
        {
            return null;
        }

        long chars = 0;
        foreach (var l in citation.Lines)
        {
            chars += text.Line(l)?.Length ?? 0;
        }

        return chars > _limits.MaxJoinedCharsPerCitation ? null : text.Joined(citation.Lines);
    }

    /// <summary>The offset of a citation's quote (or of <paramref name="raw"/>) in its line: the recorded offset, else
    /// where <see cref="QuoteLocator"/> finds it in a verified line; <see langword="null"/> when unknown.</summary>
    public int? OffsetOf(Citation? citation, string? raw)
    {
        if (citation is null)
        {
            return null;
        }

        if (citation.Offset is not null)
        {
            return citation.Offset;
        }

        var needle = citation.Quote ?? raw;
        if (string.IsNullOrEmpty(needle) || citation.Lines.Count > 1)
        {
            return null;
        }

        var line = Line(citation.SourceFile, citation.Line);
        var at = line is null ? -1 : QuoteLocator.Find(line, needle!);
        return at >= 0 ? at : null;
    }
}

using System.Threading;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Corpus;

/// <summary>How a <see cref="CorpusSession"/> reads and validates.</summary>
public sealed class CorpusSessionOptions
{
    /// <summary>Show file paths relative to the corpus root (reports) instead of the working directory (diagnostics).</summary>
    public bool PathsRelativeToRoot { get; init; }

    /// <summary>
    /// Severities, warnings as errors, alignment, limits, references and cancellation of the run; the session
    /// supplies <see cref="ValidationOptions.Sources"/> itself (its one source resolver), so that one is ignored.
    /// </summary>
    public ValidationOptions Validation { get; init; } = new();

    /// <summary>
    /// A file that keeps each document's findings between runs (the MSBuild task's obj/planmodel.validation.cache):
    /// read before validating (ignored when missing, corrupt or written by another build of the validator) and
    /// written after a validation that completed, so the next run checks again only the documents whose files,
    /// context lookups or sources changed. The findings equal a full validation's.
    /// </summary>
    public string? CacheFile { get; init; }
}

/// <summary>
/// One corpus, read once: its files, documents and catalogue, the validation findings, the runtime corpus and the
/// verified sources, all built from one read through one <see cref="SourceResolver"/>. Every command (validate,
/// export, report, diff) and the MSBuild task start here, so no two of them can read a path differently.
/// <para><see cref="Update"/> (for <c>plan validate --watch</c>) re-reads the files an edit touched and re-validates
/// what depends on them, keeping everything else; the result equals opening the corpus again. A session is not
/// thread-safe: read its properties between updates, not during one.</para>
/// </summary>
public sealed class CorpusSession
{
    private readonly CorpusSessionOptions _options;
    private readonly SourceResolver _resolver;
    private readonly ValidationCache _cache = new();
    private readonly CorpusFiles? _disk;
    private Lazy<PlanCorpus> _corpus;

    private CorpusSession(string root, CorpusSessionOptions options, SourceResolver resolver, CorpusFiles? disk)
    {
        Root = root;
        _options = options;
        _resolver = resolver;
        _disk = disk;
        Assembled = AssembledCorpus.Of(Array.Empty<FileParseResult>());
        Diagnostics = Array.Empty<PlanDiagnostic>();
        Sources = VerifiedSources.None;
        _corpus = new Lazy<PlanCorpus>(() => throw new InvalidOperationException("not validated"));
    }

    /// <summary>The corpus root: the folder given, or the folder of a single file given.</summary>
    public string Root { get; }

    /// <summary>Parsed files, documents and catalogue.</summary>
    public AssembledCorpus Assembled { get; private set; }

    /// <summary>Every file's parse result.</summary>
    public IReadOnlyList<FileParseResult> Files => Assembled.Files;

    /// <summary>Every finding, severity-mapped and sorted.</summary>
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; private set; }

    /// <summary>The sources that match their pins: the only ones shown or embedded.</summary>
    public VerifiedSources Sources { get; private set; }

    /// <summary>The documents whose rules or provenance ran in the last validation; the others' findings came from
    /// the session's cache (an update) or its <see cref="CorpusSessionOptions.CacheFile"/>.</summary>
    public int DocumentsChecked => _cache.DocumentsChecked;

    /// <summary>The runtime corpus, built on first use.</summary>
    public PlanCorpus Corpus => _corpus.Value;

    /// <summary>The number of findings of <paramref name="severity"/>.</summary>
    public int Count(PlanSeverity severity)
    {
        var n = 0;
        foreach (var d in Diagnostics)
        {
            n += d.Severity == severity ? 1 : 0;
        }

        return n;
    }

    /// <summary>Reads and validates the corpus at <paramref name="path"/> (a folder, or one YAML file).</summary>
    /// <exception cref="DirectoryNotFoundException">No YAML file is there.</exception>
    public static CorpusSession Open(string path, CorpusSessionOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        options ??= new CorpusSessionOptions();
        var cwd = Directory.GetCurrentDirectory();
        var root = Path.GetFullPath(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var basePath = options.PathsRelativeToRoot ? root : cwd;
        var paths = CorpusLoader.FindFiles(path);
        if (paths.Count == 0)
        {
            throw new DirectoryNotFoundException("no YAML files under '" + path + "'");
        }

        var disk = new CorpusFiles(path, root, basePath, Directory.Exists(path));
        var session = new CorpusSession(root, options, new SourceResolver(disk.ToFullPath, options.Validation.Limits), disk);
        disk.Read(paths, options);
        session.Validate(disk.Files());
        return session;
    }

    /// <summary>Validates already-read files; <paramref name="toFullPath"/> maps their shown paths to full paths.</summary>
    public static CorpusSession From(IReadOnlyList<FileParseResult> files, Func<string, string> toFullPath, string root, CorpusSessionOptions? options = null)
    {
        options ??= new CorpusSessionOptions();
        var session = new CorpusSession(root, options, new SourceResolver(toFullPath, options.Validation.Limits), null);
        session.Validate(files);
        return session;
    }

    /// <summary>
    /// Brings the session up to date after <paramref name="changedPaths"/> changed on disk (full or working-directory
    /// relative paths of YAML files or sources created, changed or deleted; a folder means everything below it): re-reads
    /// those files (a text with the same hash keeps its parse), re-assembles, and re-validates only the documents whose
    /// files, context lookups (catalogue entries, document ids) or sources changed, and the cross-document rules. The
    /// findings equal those of opening the corpus again.
    /// </summary>
    /// <exception cref="InvalidOperationException">The session was made with <see cref="From"/>: there is nothing to re-read.</exception>
    public CorpusUpdate Update(IReadOnlyCollection<string> changedPaths)
    {
        if (changedPaths is null)
        {
            throw new ArgumentNullException(nameof(changedPaths));
        }

        if (_disk is null)
        {
            throw new InvalidOperationException("this session was made from files already read; only a session opened from a path can be updated");
        }

        var sourcesForgotten = 0;
        foreach (var p in changedPaths)
        {
            sourcesForgotten += _resolver.Forget(Path.GetFullPath(p));
        }

        var (read, removed) = _disk.Update(changedPaths, _options);
        if (read + removed + sourcesForgotten == 0)
        {
            // Nothing of the corpus changed (an editor's backup file, a folder outside it): the findings stand.
            return new CorpusUpdate(Diagnostics, 0, 0, 0, 0, Assembled.Documents.Count);
        }

        Validate(_disk.Files());
        return new CorpusUpdate(Diagnostics, read, removed, sourcesForgotten, _cache.DocumentsChecked, Assembled.Documents.Count);
    }

    private void Validate(IReadOnlyList<FileParseResult> files)
    {
        var assembled = AssembledCorpus.Of(files);
        var producer = _options.CacheFile is null ? null : ValidationCacheFile.Producer(_options.Validation.Limits);
        if (_options.CacheFile is not null && !_cache.Persistent)
        {
            _cache.Restore(ValidationCacheFile.Read(_options.CacheFile, producer!));
        }

        Diagnostics = CorpusValidator.Validate(assembled, _options.Validation with { Sources = _resolver }, _cache);
        if (_options.CacheFile is not null && _cache.Completed)
        {
            ValidationCacheFile.Write(_options.CacheFile, producer!, _cache.Store());
        }

        Assembled = assembled;
        Sources = VerifiedSources.Of(assembled.Documents, _resolver, _options.Validation.Limits);
        _corpus = new Lazy<PlanCorpus>(() => RuntimeBuilder.Corpus(assembled.Documents, assembled.Catalogue), LazyThreadSafetyMode.ExecutionAndPublication);
    }
}

using LibGit2Sharp;

namespace PlanModel.Cli.Diff;

/// <summary>A side of a diff that cannot be read: one line naming the side, exit code 2.</summary>
public sealed class DiffSideException : Exception
{
    /// <summary>Creates the error.</summary>
    public DiffSideException(string message) : base(message)
    {
    }
}

/// <summary>
/// One side of <c>plan diff</c>: a corpus folder, or a git revision of the repository that holds the corpus. A
/// revision's corpus folder is written to a temporary folder exactly as committed (links stay links, so the one
/// source resolver refuses them as it would in a checkout) and read by a <see cref="CorpusSession"/> like any folder.
/// </summary>
public sealed class CorpusSide : IDisposable
{
    private readonly string? _temp;

    private CorpusSide(string label, CorpusSession session, string? dataVersion, string? temp) =>
        (Label, Session, DataVersion, _temp) = (label, session, dataVersion, temp);

    /// <summary>What the user named (a folder or a revision), for messages.</summary>
    public string Label { get; }

    /// <summary>The corpus of this side, read and validated.</summary>
    public CorpusSession Session { get; }

    /// <summary>The <c>PlanModelDataVersion</c> property of this side's repository, when found.</summary>
    public string? DataVersion { get; }

    /// <summary>Opens a side. <paramref name="spec"/> is a folder, or a revision of the repository around
    /// <paramref name="corpusFolder"/> (the working tree's corpus folder, whose path inside the repository is used).</summary>
    /// <exception cref="DiffSideException">The side names nothing readable.</exception>
    public static CorpusSide Open(string role, string spec, string corpusFolder)
    {
        if (Directory.Exists(spec))
        {
            return FromFolder(role, spec, spec, DataVersionFile.FindFrom(spec));
        }

        var gitDir = Repository.Discover(Directory.Exists(corpusFolder) ? corpusFolder : Directory.GetCurrentDirectory());
        if (gitDir is null)
        {
            throw new DiffSideException($"{role} '{spec}': not a folder, and no git repository holds '{corpusFolder}'");
        }

        using var repo = new Repository(gitDir);
        Commit? commit;
        try
        {
            commit = repo.Lookup<Commit>(spec);
        }
        catch (LibGit2SharpException)
        {
            commit = null;
        }

        if (commit is null)
        {
            throw new DiffSideException($"{role} '{spec}': no such folder or git revision");
        }

        var work = repo.Info.WorkingDirectory ?? Path.GetDirectoryName(gitDir.TrimEnd('/', '\\'))!;
        var inRepo = Path.GetRelativePath(work, Path.GetFullPath(corpusFolder)).Replace('\\', '/');
        if (inRepo.StartsWith("..", StringComparison.Ordinal))
        {
            throw new DiffSideException($"{role} '{spec}': the corpus folder '{corpusFolder}' is not inside the repository");
        }

        if (commit[inRepo]?.Target is not Tree tree)
        {
            throw new DiffSideException($"{role} '{spec}': revision {commit.Sha[..12]} has no '{inRepo}' folder");
        }

        var temp = Path.Combine(Path.GetTempPath(), "planmodel-diff", Guid.NewGuid().ToString("N"));
        var root = Path.Combine(temp, Path.GetFileName(inRepo.TrimEnd('/')) is { Length: > 0 } name ? name : "corpus");
        try
        {
            TreeWriter.Write(tree, root);
            var props = commit["Directory.Build.props"]?.Target as Blob;
            var version = props is null ? null : DataVersionFile.Read(props.GetContentText());
            return FromFolder(role, spec + " (" + commit.Sha[..12] + ")", root, version, temp);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Opens both sides, the base first. One after the other, not side by side: both are allocation-heavy, and
    /// on a shared two-core machine two at once cost more than one after the other (docs/performance.md: 49.9 s
    /// against 36.8 s at 1 000 documents). If either side fails, the other is disposed and the first failure (base
    /// before head) is thrown.</summary>
    public static (CorpusSide Base, CorpusSide Head) OpenBoth(string baseRole, string baseSpec, string headRole, string headSpec, string corpusFolder)
    {
        var b = Open(baseRole, baseSpec, corpusFolder);
        try
        {
            return (b, Open(headRole, headSpec, corpusFolder));
        }
        catch
        {
            b.Dispose();
            throw;
        }
    }

    /// <summary>A side over a session already open (the report's own corpus): nothing is read again.</summary>
    public static CorpusSide Of(string label, CorpusSession session, string folder) =>
        new(label, session ?? throw new ArgumentNullException(nameof(session)), DataVersionFile.FindFrom(folder), null);

    private static CorpusSide FromFolder(string role, string label, string folder, string? version, string? temp = null)
    {
        try
        {
            var session = CorpusSession.Open(folder, new CorpusSessionOptions { PathsRelativeToRoot = true });

            // The diff walks the runtime corpus: built here, with the rest of reading the side.
            _ = session.Corpus;
            return new CorpusSide(label, session, version, temp);
        }
        catch (DirectoryNotFoundException)
        {
            throw new DiffSideException($"{role} '{label}': holds no corpus (no YAML files)");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_temp is not null)
        {
            TryDelete(_temp);
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the diff itself is done.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

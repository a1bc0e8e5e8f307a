using LibGit2Sharp;

namespace PlanModel.Cli.Diff;

/// <summary>Writes a git tree to a folder as committed: files, folders, and links as links (never followed).</summary>
internal static class TreeWriter
{
    /// <summary>Blob size above which nothing is written (the reader and resolver refuse far smaller files anyway).</summary>
    private const long MaxBlobBytes = 64L * 1024 * 1024;

    public static void Write(Tree tree, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var entry in tree)
        {
            // Names come from a commit a stranger may have written: one plain segment each, nothing else.
            if (entry.Name is "." or ".." || entry.Name.IndexOfAny(new[] { '/', '\\', '\0' }) >= 0)
            {
                continue;
            }

            var path = Path.Combine(folder, entry.Name);
            switch (entry.Mode)
            {
                case Mode.Directory:
                    Write((Tree)entry.Target, path);
                    break;
                case Mode.SymbolicLink:
                    File.CreateSymbolicLink(path, ((Blob)entry.Target).GetContentText());
                    break;
                case Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile:
                    var blob = (Blob)entry.Target;
                    if (blob.Size > MaxBlobBytes)
                    {
                        // Left as an empty placeholder would change the hash silently; leave it out, so it is missing.
                        continue;
                    }

                    using (var from = blob.GetContentStream())
                    using (var to = File.Create(path))
                    {
                        from.CopyTo(to);
                    }

                    break;
                default:
                    // Submodules (gitlinks) hold no corpus data.
                    break;
            }
        }
    }
}

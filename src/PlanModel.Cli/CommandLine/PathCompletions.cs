namespace PlanModel.Cli.CommandLine;

/// <summary>Tab completion of a corpus path: the folders (with a trailing <c>/</c>) and YAML files that start with
/// the word typed so far, as a shell completes a path (dotnet-suggest offers only what the tool suggests).</summary>
internal static class PathCompletions
{
    /// <summary>The completions of <paramref name="word"/>, relative to the working directory, in ordinal order.</summary>
    public static IEnumerable<string> For(string word)
    {
        var slash = word.LastIndexOfAny(new[] { '/', '\\' });
        var folderPart = slash >= 0 ? word.Substring(0, slash + 1) : "";
        var prefix = word.Substring(folderPart.Length);
        var folder = folderPart.Length == 0 ? "." : folderPart;
        if (!Directory.Exists(folder))
        {
            return Array.Empty<string>();
        }

        // Hidden entries only when asked for, as shells do.
        bool Wanted(string name) => name.StartsWith(prefix, StringComparison.Ordinal) && (!name.StartsWith('.') || prefix.StartsWith('.'));
        try
        {
            var folders = Directory.EnumerateDirectories(folder).Select(Path.GetFileName).Where(n => n is not null && Wanted(n)).Select(n => folderPart + n + "/");
            var files = Directory.EnumerateFiles(folder).Select(Path.GetFileName)
                .Where(n => n is not null && Wanted(n) && (n.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
                .Select(n => folderPart + n);
            return folders.Concat(files).OrderBy(p => p, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }
}

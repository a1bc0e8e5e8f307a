namespace PlanModel.Yaml.Sources;

/// <summary>File-system checks shared by the corpus reader and the source resolver.</summary>
internal static class FileSystemLinks
{
    /// <summary>True when <paramref name="path"/> is a symbolic link or junction (a dangling one included).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The file's bytes, or <see langword="null"/> when it holds more than <paramref name="limit"/> bytes;
    /// never reads more than <paramref name="limit"/> + one buffer, even from a file that reports no length.</summary>
    public static byte[]? ReadBounded(string path, long limit, Action<byte[], int>? observe = null)
    {
        if (new FileInfo(path).Length > limit)
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var bytes = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + n > limit)
            {
                return null;
            }

            observe?.Invoke(buffer, n);
            bytes.Write(buffer, 0, n);
        }

        return bytes.ToArray();
    }

    /// <summary><paramref name="full"/> relative to <paramref name="basePath"/>, with forward slashes.</summary>
    public static string Relative(string basePath, string full)
    {
        var b = Path.GetFullPath(basePath).Replace('\\', '/').TrimEnd('/');
        var f = Path.GetFullPath(full).Replace('\\', '/');
        var bs = b.Split('/');
        var fs = f.Split('/');
        var common = 0;
        while (common < bs.Length && common < fs.Length && string.Equals(bs[common], fs[common], StringComparison.Ordinal))
        {
            common++;
        }

        var parts = new System.Collections.Generic.List<string>();
        for (var i = common; i < bs.Length; i++)
        {
            if (bs[i].Length > 0)
            {
                parts.Add("..");
            }
        }

        for (var i = common; i < fs.Length; i++)
        {
            parts.Add(fs[i]);
        }

        return parts.Count == 0 ? "." : string.Join("/", parts);
    }
}

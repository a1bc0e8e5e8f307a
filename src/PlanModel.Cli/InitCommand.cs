using System.Reflection;
using System.Security;

namespace PlanModel.Cli;

/// <summary>
/// <c>plan init [dir] [--name Namespace] [--add-source feed]</c>: writes a corpus skeleton that validates with no errors —
/// plans-yaml/ with a sample document, its pinned source, a starter catalogue and the JSON Schema, plus a project
/// consuming the Toolkit package and a Program.cs reading a typed value. It never overwrites a file (exit 2).
/// </summary>
internal static class InitCommand
{
    /// <summary>Writes the skeleton into <paramref name="dir"/>; 0 when written, 2 when a file exists (nothing written).</summary>
    /// <exception cref="CliUsageException">The name is not a C# namespace.</exception>
    public static int Run(string dir, string? name, string? source, TextWriter stdout, TextWriter stderr)
    {
        var root = Path.GetFullPath(dir);
        var ns = name ?? NamespaceFor(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)));
        if (!IsNamespace(ns))
        {
            throw new CliUsageException($"'{ns}' is not a C# namespace; pass --name");
        }

        var files = Skeleton(ns, source is null ? null : Path.GetFullPath(source));
        var existing = files.Keys.Where(f => File.Exists(Path.Combine(root, f)) || Directory.Exists(Path.Combine(root, f))).ToList();
        if (existing.Count > 0)
        {
            stderr.WriteLine($"plan init: nothing written to {root}: these files exist already and are never overwritten:");
            foreach (var f in existing)
            {
                stderr.WriteLine("  " + f);
            }

            return CommandLine.ExitCodes.Usage;
        }

        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        stdout.WriteLine($"Created a PlanModel corpus in {root} ({files.Count} files, namespace {ns}). Next:");
        stdout.WriteLine($"  cd \"{root}\"");
        stdout.WriteLine("  plan validate          # 0 error(s): the same rules as the build");
        stdout.WriteLine("  dotnet run             # builds the typed plans and prints a value");
        stdout.WriteLine("Guide: docs/getting-started.md of the PlanModel repository; rules: docs/rules.md.");
        return CommandLine.ExitCodes.Ok;
    }

    /// <summary>The files of the skeleton, by path relative to the target folder ('/'-separated), in a fixed order.</summary>
    internal static SortedDictionary<string, byte[]> Skeleton(string ns, string? feed)
    {
        var version = ToolVersion();
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in Resources("init/"))
        {
            var relative = resource.Substring("init/".Length).Replace('\\', '/');
            var bytes = Read(resource);
            switch (relative)
            {
                case "starter-catalogue.txt":
                    foreach (var (file, text) in StarterCatalogue.Build(Encoding.UTF8.GetString(bytes), Read))
                    {
                        files["plans-yaml/catalogue/" + file] = Encoding.UTF8.GetBytes(text);
                    }

                    continue;
                case "Project.csproj.template":
                    relative = ns + ".csproj";
                    break;
                case "Program.cs.template":
                    relative = "Program.cs";
                    break;
                case "gitignore.template":
                    relative = ".gitignore";
                    break;
                case "nuget.config.template":
                    if (feed is null)
                    {
                        continue;
                    }

                    relative = "nuget.config";
                    break;
            }

            if (resource.EndsWith(".template", StringComparison.Ordinal))
            {
                var text = Encoding.UTF8.GetString(bytes)
                    .Replace("{{Namespace}}", ns)
                    .Replace("{{Version}}", version)
                    .Replace("{{Source}}", SecurityElement.Escape(feed ?? string.Empty));
                bytes = Encoding.UTF8.GetBytes(text);
            }

            files[relative] = bytes;
        }

        return files;
    }

    /// <summary>"my-plans" → "MyPlans": a namespace from a folder name; "Plans" when nothing usable is left.</summary>
    internal static string NamespaceFor(string folder)
    {
        var sb = new StringBuilder();
        var upper = true;
        foreach (var c in folder)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        var ns = sb.ToString().TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return ns.Length == 0 ? "PlanCorpus" : ns;
    }

    private static bool IsNamespace(string ns) =>
        ns.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));

    /// <summary>The packages the project references are those of this tool's own version (no build metadata).</summary>
    private static string ToolVersion()
    {
        var assembly = typeof(InitCommand).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.1.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    private static IEnumerable<string> Resources(string prefix) =>
        typeof(InitCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal);

    private static byte[] Read(string resource)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("missing embedded resource " + resource);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

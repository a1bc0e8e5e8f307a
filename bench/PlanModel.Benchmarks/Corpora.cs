using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PlanModel.Benchmarks;

/// <summary>The corpora the benchmarks run on: the real plans-yaml/ and cached synthetic ones.</summary>
public static class Corpora
{
    /// <summary>The seed of every synthetic corpus (the date the Chongqing outline was adopted).</summary>
    public const int Seed = 20210310;

    /// <summary>Bump when <see cref="SyntheticCorpus"/> changes shape, so cached corpora are rewritten.</summary>
    private const string Version = "synthetic-v1";

    /// <summary>The repository root (the folder holding PlanModel.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Where synthetic corpora are cached (git-ignored).</summary>
    public static string CacheRoot => Path.Combine(RepoRoot, "artifacts", "bench-corpora");

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("PLANMODEL_REPO");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PlanModel.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (PlanModel.sln); set PLANMODEL_REPO");
    }

    /// <summary>The directory of a corpus: "real" is plans-yaml/, a number is a synthetic corpus of that many documents.</summary>
    public static string Directory(string name)
    {
        if (name == "real")
        {
            return Path.Combine(RepoRoot, "plans-yaml");
        }

        var n = int.Parse(name, NumberStyles.None, CultureInfo.InvariantCulture);
        return EnsureSynthetic(n);
    }

    /// <summary>Writes the synthetic corpus of <paramref name="documents"/> documents unless it is cached.</summary>
    public static string EnsureSynthetic(int documents)
    {
        var dir = Path.Combine(CacheRoot, "synth-" + documents.ToString(CultureInfo.InvariantCulture));
        var stamp = Path.Combine(dir, ".complete");
        var expected = Version + " seed " + Seed.ToString(CultureInfo.InvariantCulture);
        if (File.Exists(stamp) && File.ReadAllText(stamp).StartsWith(expected, StringComparison.Ordinal))
        {
            return dir;
        }

        if (System.IO.Directory.Exists(dir))
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }

        Console.Error.WriteLine($"// writing synthetic corpus of {documents} documents to {dir} …");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var stats = SyntheticCorpus.Write(dir, documents, Seed);
        File.WriteAllText(stamp, expected + "\n" + Describe(stats) + "\n");
        Console.Error.WriteLine($"// {Describe(stats)} in {sw.Elapsed.TotalSeconds:F1} s");
        return dir;
    }

    /// <summary>One line describing a corpus's size.</summary>
    public static string Describe(SyntheticCorpus.Stats s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Documents} documents, {s.YamlFiles} YAML files ({Mb(s.YamlBytes)}), {s.SourceFiles} sources ({Mb(s.SourceBytes)}), total {Mb(s.TotalBytes)}");

    /// <summary>Bytes as MB with one decimal.</summary>
    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    /// <summary>The number of documents of a corpus (files with kind: document).</summary>
    public static int DocumentCount(string name)
    {
        if (name != "real")
        {
            return int.Parse(name, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return Load(name).Files.Count(f => f.Path.EndsWith("document.yaml", StringComparison.Ordinal));
    }

    /// <summary>Every YAML file of a corpus, read into memory, in ordinal path order.</summary>
    public static LoadedCorpus Load(string name)
    {
        var root = Directory(name);
        var files = new List<(string Path, string Text)>();
        long bytes = 0;
        foreach (var f in System.IO.Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var b = File.ReadAllBytes(f);
            bytes += b.Length;
            files.Add((Path.GetFullPath(f), new UTF8Encoding(false, false).GetString(b)));
        }

        return new LoadedCorpus(name, root, files, bytes);
    }
}

/// <summary>A corpus in memory.</summary>
public sealed record LoadedCorpus(string Name, string Root, IReadOnlyList<(string Path, string Text)> Files, long YamlBytes)
{
    /// <summary>The number of documents.</summary>
    public int Documents => Files.Count(f => f.Path.EndsWith("document.yaml", StringComparison.Ordinal));

    /// <summary>The floor every benchmark is compared with: YamlDotNet's parser over every file, events only.</summary>
    public long ParseEvents()
    {
        long events = 0;
        foreach (var (_, text) in Files)
        {
            var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(text));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }
}

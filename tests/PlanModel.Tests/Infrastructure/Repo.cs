using System;
using System.IO;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Paths inside the repository, found by walking up from the test assembly to PlanModel.sln.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PlanModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PlanModel.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootLazy.Value;

    public static string Corpus => Path.Combine(Root, "plans-yaml");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "PlanModel.Tests", "Fixtures", name);

    /// <summary>Copies a directory tree to a fresh temp directory and returns its path.</summary>
    public static string CopyToTemp(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"));
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }

        return target;
    }
}

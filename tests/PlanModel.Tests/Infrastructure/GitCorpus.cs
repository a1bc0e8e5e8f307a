using System;
using System.IO;
using LibGit2Sharp;

namespace PlanModel.Tests.Infrastructure;

/// <summary>A real git repository in a temporary folder holding a copy of a corpus at <c>plans-yaml/</c>, with a
/// <c>Directory.Build.props</c> that carries the data version.</summary>
public sealed class GitCorpus
{
    private static readonly Signature Author = new("PlanModel tests", "tests@planmodel.invalid", new DateTimeOffset(2021, 3, 13, 0, 0, 0, TimeSpan.Zero));

    private GitCorpus(string root) => Root = root;

    public string Root { get; }

    public string Corpus => Path.Combine(Root, "plans-yaml");

    public static GitCorpus Create(string corpus, string dataVersion = "1.0.0")
    {
        var root = Path.Combine(Path.GetTempPath(), "planmodel-git", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        Repository.Init(root);
        Directory.Move(Repo.CopyToTemp(corpus), Path.Combine(root, "plans-yaml"));
        var git = new GitCorpus(root);
        git.SetVersion(dataVersion);
        git.Commit("base");
        return git;
    }

    public void SetVersion(string version) =>
        System.IO.File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"<Project>\n  <PropertyGroup>\n    <PlanModelDataVersion>{version}</PlanModelDataVersion>\n  </PropertyGroup>\n</Project>\n");

    /// <summary>Stages everything and commits; returns the commit's sha.</summary>
    public string Commit(string message)
    {
        using var repo = new Repository(Root);
        Commands.Stage(repo, "*");
        return repo.Commit(message, Author, Author, new CommitOptions { AllowEmptyCommit = true }).Sha;
    }

    public string File(params string[] parts) => Path.Combine(Corpus, Path.Combine(parts));
}

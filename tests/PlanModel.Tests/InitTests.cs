using System;
using System.IO;
using System.Linq;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary><c>plan init</c>: the skeleton it writes, and what it refuses.</summary>
public class InitTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string NewDir(string name) =>
        Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"), name);

    [Fact]
    public void The_skeleton_validates_with_no_errors_or_warnings_through_the_cli()
    {
        var dir = NewDir("my-plans");
        var (code, stdout, err) = Run("init", dir);
        Assert.True(code == 0, err);
        Assert.Contains("namespace MyPlans", stdout);

        var (validate, report, _) = Run("validate", Path.Combine(dir, "plans-yaml"));
        Assert.True(validate == 0, report);
        Assert.Contains("6 files: 0 error(s), 0 warning(s)", report);
    }

    [Fact]
    public void The_skeleton_has_the_layout_the_modeline_and_the_project_expect()
    {
        var dir = NewDir("my-plans");
        Assert.Equal(0, Run("init", dir).Code);
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            ".gitignore", "MyPlans.csproj", "Program.cs",
            "plans-yaml/catalogue/indicators.yaml", "plans-yaml/catalogue/units.yaml",
            "plans-yaml/sample-14fyp/document.yaml", "plans-yaml/sample-14fyp/outline.yaml",
            "plans-yaml/sample-14fyp/table-01-main.yaml", "plans-yaml/sample-14fyp/targets.yaml",
            "plans-yaml/schema/planmodel.schema.json", "plans-yaml/sources/sample-14fyp.txt",
        }, files);

        // The modeline points at the schema init put in place, and it is this repository's schema byte for byte.
        foreach (var yaml in files.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            Assert.StartsWith("# yaml-language-server: $schema=../schema/planmodel.schema.json\n", File.ReadAllText(Path.Combine(dir, yaml)));
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Corpus, "schema", "planmodel.schema.json")), File.ReadAllBytes(Path.Combine(dir, "plans-yaml", "schema", "planmodel.schema.json")));
        var project = File.ReadAllText(Path.Combine(dir, "MyPlans.csproj"));
        Assert.Contains("<RootNamespace>MyPlans</RootNamespace>", project);
        Assert.Contains("<PackageReference Include=\"PlanModel\" Version=\"0.1.0\" />", project);
        Assert.Contains("<PackageReference Include=\"PlanModel.Toolkit\" Version=\"0.1.0\" PrivateAssets=\"all\" />", project);
        Assert.Contains("using MyPlans;", File.ReadAllText(Path.Combine(dir, "Program.cs")));
        Assert.False(File.Exists(Path.Combine(dir, "nuget.config")));
    }

    [Fact]
    public void The_starter_catalogue_entries_are_the_repositorys_lines_verbatim()
    {
        var dir = NewDir("c");
        Assert.Equal(0, Run("init", dir).Code);
        foreach (var kind in new[] { "indicators", "units" })
        {
            var ours = File.ReadAllLines(Path.Combine(Repo.Corpus, "catalogue", kind + ".yaml"));
            var entries = File.ReadAllLines(Path.Combine(dir, "plans-yaml", "catalogue", kind + ".yaml"))
                .Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToArray();
            Assert.True(entries.Length >= 6, kind);
            Assert.All(entries, e => Assert.Contains(e, ours));
        }

        var indicators = File.ReadAllText(Path.Combine(dir, "plans-yaml", "catalogue", "indicators.yaml"));
        foreach (var id in new[] { "grp", "grp-growth", "grp-per-capita", "rd-intensity", "forest-coverage", "urbanisation-rate", "permanent-population" })
        {
            Assert.Contains("{id: " + id + ",", indicators);
        }
    }

    [Fact]
    public void The_skeleton_passes_the_schema_editors_use()
    {
        var dir = NewDir("schema");
        Assert.Equal(0, Run("init", dir).Code);
        Assert.Equal(6, PlanModel.Yaml.Corpus.CorpusLoader.FindFiles(Path.Combine(dir, "plans-yaml")).Count);
        Assert.Empty(YamlSchemaCheck.Run(Path.Combine(dir, "plans-yaml")));
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_writes_nothing()
    {
        var dir = NewDir("existing");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "// mine\n");
        var (code, _, err) = Run("init", dir);
        Assert.Equal(2, code);
        Assert.Contains("never overwritten", err);
        Assert.Contains("  Program.cs", err);
        Assert.Equal("// mine\n", File.ReadAllText(Path.Combine(dir, "Program.cs")));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void Init_into_an_existing_corpus_folder_refuses()
    {
        var dir = NewDir("again");
        Assert.Equal(0, Run("init", dir).Code);
        var (code, _, err) = Run("init", dir);
        Assert.Equal(2, code);
        Assert.Contains("plans-yaml/sample-14fyp/document.yaml", err);
    }

    [Fact]
    public void Add_source_writes_a_nuget_config_with_the_feed_escaped()
    {
        var dir = NewDir("feed");
        var feed = Path.Combine(Path.GetTempPath(), "a&b feed");
        Assert.Equal(0, Run("init", dir, "--add-source", feed, "--name", "Acme.Plans").Code);
        var config = File.ReadAllText(Path.Combine(dir, "nuget.config"));
        Assert.Contains("value=\"" + feed.Replace("&", "&amp;") + "\"", config);
        Assert.True(File.Exists(Path.Combine(dir, "Acme.Plans.csproj")));
        Assert.Contains("using Acme.Plans;", File.ReadAllText(Path.Combine(dir, "Program.cs")));
    }

    [Theory]
    [InlineData("my-plans", "MyPlans")]
    [InlineData("2021 reports", "Reports")]
    [InlineData("cq_plans.v2", "CqPlansV2")]
    [InlineData("规划", "PlanCorpus")]
    public void The_namespace_comes_from_the_folder_name(string folder, string expected) =>
        Assert.Equal(expected, InitCommand.NamespaceFor(folder));

    [Fact]
    public void A_name_that_is_no_namespace_is_a_usage_error()
    {
        var (code, _, err) = Run("init", NewDir("x"), "--name", "my-plans");
        Assert.Equal(2, code);
        Assert.Contains("is not a C# namespace", err);
    }
}

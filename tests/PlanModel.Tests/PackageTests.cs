using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>Packs the packages into a local feed and consumes them as a user would.</summary>
[Trait("Category", "EndToEnd")]
[Collection(PackagesCollection.Name)]
public class PackageTests
{
    private readonly Feed _feed;

    public PackageTests(Feed feed) => _feed = feed;

    /// <summary>Packs once for every class of <see cref="PackagesCollection"/> into a fresh folder, with an isolated package cache.</summary>
    public sealed class Feed
    {
        private readonly Lazy<string> _toolkit;

        public Feed()
        {
            Root = Path.Combine(Path.GetTempPath(), "planmodel-feed", Guid.NewGuid().ToString("N"));
            Packages = Path.Combine(Root, "packages");
            Cache = Path.Combine(Root, "nuget-cache");
            Directory.CreateDirectory(Packages);
            foreach (var project in new[] { "src/PlanModel", "src/PlanModel.Toolkit", "src/PlanModel.Chongqing", "src/PlanModel.Cli" })
            {
                var (code, output) = DotNet.Run(Repo.Root, $"pack {project} -c Release -o \"{Packages}\" -nologo", 600);
                Assert.True(code == 0, output);
            }

            _toolkit = new Lazy<string>(() =>
            {
                var dir = Path.Combine(Root, "toolkit");
                ZipFile.ExtractToDirectory(Path.Combine(Packages, "PlanModel.Toolkit.0.1.0.nupkg"), dir);
                return dir;
            });
        }

        /// <summary>The Toolkit package unzipped, as NuGet lays it out in the package cache.</summary>
        public string Toolkit => _toolkit.Value;

        public string Root { get; }

        public string Packages { get; }

        public string Cache { get; }

        public void WriteNugetConfig(string dir) => File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
    }

    [Fact]
    public void The_toolkit_package_has_the_generator_task_and_their_dependencies()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Packages, "PlanModel.Toolkit.0.1.0.nupkg"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var f in new[] { "PlanModel.Generator.dll", "PlanModel.Yaml.dll", "PlanModel.dll", "YamlDotNet.dll" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + f, names);
        }

        foreach (var framework in new[] { "net472", "net10.0" })
        {
            foreach (var f in new[] { "PlanModel.Build.dll", "PlanModel.Yaml.dll", "PlanModel.dll", "YamlDotNet.dll" })
            {
                Assert.Contains($"tasks/{framework}/{f}", names);
            }
        }

        Assert.Contains("build/PlanModel.Toolkit.targets", names);
        Assert.Contains("buildTransitive/PlanModel.Toolkit.props", names);
        Assert.DoesNotContain(names, n => n.Contains("Microsoft.Build", StringComparison.Ordinal));
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.Contains("<developmentDependency>true</developmentDependency>", reader.ReadToEnd());
    }

    [Fact]
    public void The_data_package_carries_its_versions_changelog_section_as_release_notes()
    {
        var version = Cli.Diff.DataVersionFile.FindFrom(Repo.Root)!;
        using var zip = ZipFile.OpenRead(Path.Combine(_feed.Packages, $"PlanModel.Chongqing.{version}.nupkg"));
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.Contains("<releaseNotes>## PlanModel.Chongqing " + version, reader.ReadToEnd());
    }

    [Fact]
    public void The_sample_builds_and_runs_against_the_packed_data_package()
    {
        var dir = Repo.CopyToTemp(Path.Combine(Repo.Root, "samples", "PlanModel.Sample"));
        _feed.WriteNugetConfig(dir);
        var (code, output) = DotNet.Run(dir, "run -nologo", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.True(code == 0, output);
        Assert.Contains("Outline of the 14th Five-Year Plan", output);
        Assert.Contains("地区生产总值增长（%）: 2020 3.9 → 2025 6左右*", output);
        Assert.Matches(new Regex("Wanzhou|Jiulongpo|Qianjiang"), output);
        Assert.Matches(new Regex(@"2025 Target +6左右\* +Approximately +cq-14fyp line \d+"), output);
        Assert.Matches(new Regex(@"Data version: 0\.\d+\.\d+"), output);
    }

    [Fact]
    public void A_consumer_of_the_toolkit_package_gets_located_errors_and_typed_code()
    {
        var dir = MiniConsumer(_feed, "consumer");
        var (ok, okOutput) = DotNet.Run(dir, "run -nologo", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.True(ok == 0, okOutput);
        Assert.Contains("地区生产总值增长（%）", okOutput);

        var file = Path.Combine(dir, "plans-yaml", "demo-plan", "targets.yaml");
        Validation.Replace(file, "raw: 6%左右", "raw: 6%以上");
        var (code, output) = DotNet.Run(dir, "build -nologo", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.NotEqual(0, code);
        Assert.Matches(new Regex(Regex.Escape(file) + @"\(\d+,\d+\): error PLAN305: "), output);
    }

    /// <summary>A new folder of the feed's with a copy of the mini corpus in plans-yaml/ and a net10.0 console project
    /// on the packed PlanModel and Toolkit that prints one typed value of it.</summary>
    internal static string MiniConsumer(Feed feed, string prefix)
    {
        var dir = Path.Combine(feed.Root, prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Directory.Move(Repo.CopyToTemp(Repo.Fixture("mini")), Path.Combine(dir, "plans-yaml"));
        feed.WriteNugetConfig(dir);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <PlanModelNamespace>Consumer.Data</PlanModelNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PlanModel" Version="0.1.0" />
                <PackageReference Include="PlanModel.Toolkit" Version="0.1.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(Consumer.Data.Plans.Demo14thFyp.MainIndicators.GrpGrowth.Printed);\n");
        return dir;
    }

    [Fact]
    public void Plan_init_then_build_against_the_feed_prints_a_typed_value()
    {
        // The getting-started path: install the tool from the feed, init an empty folder, validate, run.
        var tools = Path.Combine(_feed.Root, "tools-" + Guid.NewGuid().ToString("N"));
        var (installed, installOutput) = DotNet.Run(_feed.Root, $"tool install PlanModel.Cli --version 0.1.0 --tool-path \"{tools}\" --add-source \"{_feed.Packages}\"", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.True(installed == 0, installOutput);
        var dir = Path.Combine(_feed.Root, "init-" + Guid.NewGuid().ToString("N"), "my-plans");
        Directory.CreateDirectory(dir);
        var (initCode, initOutput) = Tool(tools, dir, $"init --add-source \"{_feed.Packages}\"");
        Assert.True(initCode == 0, initOutput);
        var (validateCode, validateOutput) = Tool(tools, dir, "validate");
        Assert.True(validateCode == 0, validateOutput);
        Assert.Contains("0 error(s), 0 warning(s)", validateOutput);

        var (code, output) = DotNet.Run(dir, "run -nologo", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.True(code == 0, output);
        Assert.Contains("地区生产总值增长（%）: 6左右* = Approximately 6, PlanPeriodAverage, source line 16", output);
        Assert.Contains("地区生产总值年均增长: 6%左右 (Average Annual GRP Growth, 2021–2025)", output);
    }

    private static (int Code, string Output) Tool(string tools, string workingDirectory, string arguments)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, "plan"), arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000));
        return (p.ExitCode, stdout + stderr.Result);
    }

    [Fact]
    public void Packing_again_gives_byte_identical_packages()
    {
        var again = Path.Combine(_feed.Root, "again");
        foreach (var project in new[] { "src/PlanModel", "src/PlanModel.Chongqing" })
        {
            var (code, output) = DotNet.Run(Repo.Root, $"pack {project} -c Release -o \"{again}\" -nologo", 600);
            Assert.True(code == 0, output);
        }

        // The data package carries the data version (PlanModelDataVersion), the libraries the product version.
        foreach (var name in new[] { "PlanModel.0.1.0.nupkg", "PlanModel.Chongqing." + PlanModel.Cli.Diff.DataVersionFile.FindFrom(Repo.Root) + ".nupkg" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_feed.Packages, name)), File.ReadAllBytes(Path.Combine(again, name)));
        }
    }

    [Fact]
    public void The_plan_tool_installs_from_the_feed_and_validates()
    {
        var tools = Path.Combine(_feed.Root, "tools-" + Guid.NewGuid().ToString("N"));
        var (code, output) = DotNet.Run(_feed.Root, $"tool install PlanModel.Cli --version 0.1.0 --tool-path \"{tools}\" --add-source \"{_feed.Packages}\"", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.True(code == 0, output);
        var psi = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, "plan"), $"validate \"{Repo.Fixture("mini")}\"") { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000));
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("0 error(s), 0 warning(s)", stdout);
    }

    private static void Project(string dir, string name, string body) => File.WriteAllText(Path.Combine(dir, name), $"""
        <Project Sdk="Microsoft.NET.Sdk">
        {body}
        </Project>
        """);

    // A corpus split into packages, built as a user would (docs/packages.md): a parent corpus project packed into
    // the feed, a child corpus project whose document's parent is in that package, and an app that composes both.
    // One pack and two builds: it is expensive.
    [Fact]
    public void A_child_corpus_package_builds_against_its_parent_package_and_an_app_composes_both()
    {
        var (parentYaml, childYaml) = CorpusPackageTests.Split();
        var root = Path.Combine(_feed.Root, "split-" + Guid.NewGuid().ToString("N"));
        var parent = Path.Combine(root, "Demo.Parent");
        var child = Path.Combine(root, "Demo.Child");
        var app = Path.Combine(root, "App");
        Directory.CreateDirectory(parent);
        Directory.CreateDirectory(child);
        Directory.CreateDirectory(app);
        Directory.Move(parentYaml, Path.Combine(parent, "plans-yaml"));
        Directory.Move(childYaml, Path.Combine(child, "plans-yaml"));
        _feed.WriteNugetConfig(root);
        const string Toolkit = """
              <ItemGroup>
                <PackageReference Include="PlanModel" Version="0.1.0" />
                <PackageReference Include="PlanModel.Toolkit" Version="0.1.0" PrivateAssets="all" />
              </ItemGroup>
            """;
        Project(parent, "Demo.Parent.csproj", """
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Version>1.2.0</Version>
              </PropertyGroup>
            """ + Toolkit);
        Project(child, "Demo.Child.csproj", """
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Version>0.3.1</Version>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Demo.Parent" Version="1.2.0" />
              </ItemGroup>
            """ + Toolkit);
        Project(app, "App.csproj", """
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Demo.Child/Demo.Child.csproj" />
              </ItemGroup>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System;
            using System.Linq;
            var corpus = PlanModel.PlanCorpus.Compose(Demo.Parent.Plans.Corpus, Demo.Child.Plans.Corpus);
            foreach (var p in corpus.Packages)
            {
                Console.WriteLine($"package {p.Id} {p.DataVersion.Version}: {string.Join(",", p.Documents.Select(d => d.Id))}");
            }

            var district = Demo.Child.Plans.DemoDistrict14fyp;
            Console.WriteLine("parent of " + district.Id + ": " + corpus.ParentOf(district)?.Id);
            Console.WriteLine("children of demo-14fyp: " + string.Join(",", corpus.ChildrenOf("demo-14fyp").Select(d => d.Id)));
            """);

        // The child's binding forest target made looser than the parent's: PLAN602 across the two packages.
        Validation.ReplaceInSource(Path.Combine(child, "plans-yaml"), "district.txt", "demo-district", "\t≥55\n", "\t50\n");
        var table = Path.Combine(child, "plans-yaml", "demo-district", "table-01.yaml");
        var line = Validation.Replace(table, "{raw: \"≥55\"", "{raw: \"50\"");

        var env = ("NUGET_PACKAGES", _feed.Cache);
        var (packed, packOutput) = DotNet.Run(parent, $"pack -c Release -o \"{_feed.Packages}\" -nologo", 600, env);
        Assert.True(packed == 0, packOutput);
        using (var zip = ZipFile.OpenRead(Path.Combine(_feed.Packages, "Demo.Parent.1.2.0.nupkg")))
        {
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("planmodel/Demo.Parent.plandata", names);
            Assert.Contains("buildTransitive/Demo.Parent.props", names);
            Assert.Contains("build/Demo.Parent.props", names);
        }

        var (built, buildOutput) = DotNet.Run(child, "build -c Release -nologo", 600, env);
        Assert.True(built == 0, buildOutput);
        Assert.Contains(" 0 Error(s)", buildOutput);
        Assert.DoesNotContain("PLAN203", buildOutput);
        var finding = Regex.Match(buildOutput, Regex.Escape(table) + @"\((\d+),\d+\): warning PLAN602: binding indicator 'forest-coverage': target '50' is less ambitious than demo-14fyp's '≥57'");
        Assert.True(finding.Success, buildOutput);
        Assert.True(int.Parse(finding.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < line);

        var (ran, runOutput) = DotNet.Run(app, "run -c Release -nologo", 600, env);
        Assert.True(ran == 0, runOutput);
        Assert.Contains("package Demo.Parent 1.2.0: demo-14fyp", runOutput);
        Assert.Contains("package Demo.Child 0.3.1: demo-district-14fyp", runOutput);
        Assert.Contains("parent of demo-district-14fyp: demo-14fyp", runOutput);
        Assert.Contains("children of demo-14fyp: demo-district-14fyp", runOutput);
    }
}

/// <summary>The test classes that share one packed feed; they run one after another, never packing concurrently.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageTests.Feed>
{
    public const string Name = "packages";
}

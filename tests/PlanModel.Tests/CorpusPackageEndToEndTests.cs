using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// A corpus split into packages, built as a user would (docs/packages.md): a parent corpus project packed into the
/// feed, a child corpus project whose document's parent is in that package, and an app that composes both.
/// One pack and two builds: it is expensive.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackagesCollection.Name)]
public class CorpusPackageEndToEndTests
{
    private readonly PackageTests.Feed _feed;

    public CorpusPackageEndToEndTests(PackageTests.Feed feed) => _feed = feed;

    private static void Project(string dir, string name, string body) => File.WriteAllText(Path.Combine(dir, name), $"""
        <Project Sdk="Microsoft.NET.Sdk">
        {body}
        </Project>
        """);

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

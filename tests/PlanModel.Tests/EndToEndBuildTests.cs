using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>Builds real temporary projects with the toolkit and asserts what MSBuild prints.</summary>
[Trait("Category", "EndToEnd")]
public class EndToEndBuildTests
{
    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string CreateProject(string corpus)
    {
        var dir = Path.Combine(Path.GetTempPath(), "planmodel-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Directory.Move(Repo.CopyToTemp(corpus), Path.Combine(dir, "plans-yaml"));
        WriteProject(dir, "Consumer", "Consumer.Data", "<OutputType>Exe</OutputType>", string.Empty);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            var plan = Consumer.Data.Plans.Demo14thFyp;
            System.Console.WriteLine(plan.MainIndicators.GrpGrowth.Values[1].Raw + "|" + plan.MainIndicators.GrpGrowth.Values[1].Qualifier);
            System.Console.WriteLine(string.Join(",", Consumer.Data.Plans.BindingIndicators.Select(i => i.Key)));
            """);
        File.WriteAllText(Path.Combine(dir, "Usings.cs"), "global using System.Linq;\n");
        return dir;
    }

    /// <summary>A project that imports the in-repo toolkit props and targets and uses the built generator and task.</summary>
    private static void WriteProject(string dir, string name, string ns, string properties, string items)
    {
        var gen = Path.Combine(Repo.Root, "src", "PlanModel.Generator", "bin", Configuration, "netstandard2.0");
        var task = Path.Combine(Repo.Root, "src", "PlanModel.Build", "bin", Configuration, "net10.0", "PlanModel.Build.dll");
        var runtime = Path.Combine(Repo.Root, "src", "PlanModel", "bin", Configuration, "netstandard2.0", "PlanModel.dll");
        var build = Path.Combine(Repo.Root, "build");
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/PlanModel.Toolkit.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
                <Nullable>enable</Nullable>
                <PlanModelNamespace>{ns}</PlanModelNamespace>
                <PlanModelTaskAssembly>{task}</PlanModelTaskAssembly>
                <PlanModelTaskCopy>true</PlanModelTaskCopy>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{runtime}" />
                <Analyzer Include="{gen}/PlanModel.Generator.dll;{gen}/PlanModel.Yaml.dll;{gen}/PlanModel.dll;{gen}/YamlDotNet.dll" />
                {items}
              </ItemGroup>
              <Import Project="{build}/PlanModel.Toolkit.targets" />
            </Project>
            """);
    }

    [Fact]
    public void A_child_corpus_project_knows_its_parent_corpus_project_by_ProjectReference()
    {
        // One repository, two corpus projects: the child's parent document is in the parent project.
        var (parentYaml, childYaml) = CorpusPackageTests.Split();
        var root = Path.Combine(Path.GetTempPath(), "planmodel-e2e", Guid.NewGuid().ToString("N"));
        var parent = Path.Combine(root, "Parent");
        var child = Path.Combine(root, "Child");
        Directory.CreateDirectory(parent);
        Directory.CreateDirectory(child);
        Directory.Move(parentYaml, Path.Combine(parent, "plans-yaml"));
        Directory.Move(childYaml, Path.Combine(child, "plans-yaml"));
        WriteProject(parent, "Parent", "Demo.Parent", "<Version>1.2.0</Version>", string.Empty);
        WriteProject(child, "Child", "Demo.Child", "<Version>0.3.1</Version>", """<ProjectReference Include="../Parent/Parent.csproj" PlanModelCorpus="true" />""");

        var (code, output) = DotNet.Run(child, "build -nologo");
        Assert.True(code == 0, output);
        Assert.Contains(" 0 Error(s)", output);
        Assert.DoesNotContain("PLAN20", output);
        Assert.True(File.Exists(Path.Combine(parent, "obj", "Debug", "net10.0", "planmodel-pack", "Parent.plandata")), output);
    }

    [Fact]
    public void A_broken_yaml_fails_the_build_with_file_line_column_and_code()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        var file = Path.Combine(dir, "plans-yaml", "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "{raw: \"52.5\"", "{raw: \"99.9\"");
        var (code, output) = DotNet.Run(dir, "build -nologo -clp:NoSummary");
        Assert.NotEqual(0, code);
        var match = Regex.Match(output, @"^(?<file>\S.*?table-01\.yaml)\((?<line>\d+),(?<col>\d+)\): error PLAN304: (?<msg>.*) \[", RegexOptions.Multiline);
        Assert.True(match.Success, output);
        Assert.Equal(file, match.Groups["file"].Value);
        Assert.Equal(line, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(14, int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("99.9", match.Groups["msg"].Value);
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void A_clean_corpus_builds_runs_and_a_noop_rebuild_skips_validation()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        var (code, output) = DotNet.Run(dir, "build -nologo");
        Assert.True(code == 0, output);
        var (runCode, runOutput) = DotNet.Run(dir, "run --no-build");
        Assert.True(runCode == 0, runOutput);
        Assert.Contains("6左右*|Approximately", runOutput);
        Assert.Contains("main-indicators/2,main-indicators/2#3", runOutput);

        Assert.Equal(new[] { "PlanModel.Corpus.plandata" }, ManifestResources(Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer.dll")));

        var (again, log) = DotNet.Run(dir, "build -nologo -v:d");
        Assert.True(again == 0, log);
        Assert.Contains("Skipping target \"PlanModelValidate\" because all output files are up-to-date", log);
    }

    [Fact]
    public void Without_the_embedded_data_file_the_classes_carry_their_data_and_run_the_same()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        WriteProject(dir, "Consumer", "Consumer.Data", "<OutputType>Exe</OutputType><PlanModelEmbedData>false</PlanModelEmbedData>", string.Empty);
        var (code, output) = DotNet.Run(dir, "build -nologo");
        Assert.True(code == 0, output);
        Assert.Empty(ManifestResources(Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer.dll")));
        var (runCode, runOutput) = DotNet.Run(dir, "run --no-build");
        Assert.True(runCode == 0, runOutput);
        Assert.Contains("6左右*|Approximately", runOutput);
    }

    [Fact]
    public void A_command_line_build_merges_the_side_file_docs_into_the_same_documentation_file_and_an_IDE_keeps_them_in_the_source()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        WriteProject(dir, "Consumer", "Consumer.Data", "<OutputType>Exe</OutputType><GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>CS1591</NoWarn>", string.Empty);
        var xml = Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer.xml");
        var (code, output) = DotNet.Run(dir, "build -nologo -v:n");
        Assert.True(code == 0, output);
        Assert.Contains("PlanModel: merged", output);
        var merged = DocumentationMembers.Of(xml);

        var (again, log) = DotNet.Run(dir, "build -nologo -v:d");
        Assert.True(again == 0, log);
        Assert.Contains("Skipping target \"PlanModelMergeDocs\" because all output files are up-to-date", log);
        Assert.Equal(merged, DocumentationMembers.Of(xml));

        var (source, sourceLog) = DotNet.Run(dir, "build -nologo -p:PlanModelSideDocs=false");
        Assert.True(source == 0, sourceLog);
        Assert.Equal(DocumentationMembers.Of(xml), merged);
        Assert.Contains(merged.Keys, k => k.StartsWith("P:Consumer.Data.Demo14thFyp.MainIndicators", StringComparison.Ordinal));

        // What an IDE's design-time build gives the generator: the summaries stay in the source.
        var (_, designTime) = DotNet.Run(dir, "msbuild -nologo -t:_PlanModelDecideDocs -getProperty:PlanModelSourceDocs -p:DesignTimeBuild=true");
        Assert.Equal(string.Empty, designTime.Trim());
        var (_, commandLine) = DotNet.Run(dir, "msbuild -nologo -t:_PlanModelDecideDocs -getProperty:PlanModelSourceDocs");
        Assert.Equal("false", commandLine.Trim());
    }

    [Fact]
    public void Side_file_docs_follow_a_namespace_given_with_p_and_a_validation_turned_off_late_keeps_the_summaries_in_the_source()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        WriteProject(dir, "Consumer", "Consumer.Data", "<OutputType>Exe</OutputType><GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>CS1591</NoWarn>", string.Empty);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine();\n");
        var xml = Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer.xml");
        var (code, output) = DotNet.Run(dir, "build -nologo");
        Assert.True(code == 0, output);
        var first = DocumentationMembers.Of(xml);
        Assert.Contains("T:Consumer.Data.Demo14thFyp", first.Keys);

        // A namespace given on the command line: CoreCompile and the validation both run again.
        var (renamed, renamedLog) = DotNet.Run(dir, "build -nologo -v:n -p:PlanModelNamespace=Other.Data");
        Assert.True(renamed == 0, renamedLog);
        var other = DocumentationMembers.Of(xml);
        Assert.Contains("T:Other.Data.Demo14thFyp", other.Keys);
        Assert.DoesNotContain(other.Keys, k => k.Contains("Consumer.Data.Demo14thFyp", StringComparison.Ordinal));
        Assert.Equal(first.Count, other.Count);

        // PlanModelValidate=false set after the Toolkit's targets: no side file, so the summaries stay in the source.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project><PropertyGroup><PlanModelValidate>false</PlanModelValidate></PropertyGroup></Project>");
        var (late, lateLog) = DotNet.Run(dir, "build -nologo -v:n");
        Assert.True(late == 0, lateLog);
        Assert.DoesNotContain("PlanModel: merged", lateLog);
        Assert.DoesNotContain("is missing", lateLog);
        Assert.Equal(first, DocumentationMembers.Of(xml));
    }

    private static string[] ManifestResources(string assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToArray();
    }

    [Fact]
    public void An_edit_revalidates_one_document_from_the_obj_cache_and_a_corrupt_cache_gives_a_full_validation()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        // A copy left by an earlier build of the task: the validation removes it. One just written (another
        // configuration's build may be about to load it) stays.
        var stale = Path.Combine(dir, "obj", "planmodel-task", "12345");
        var recent = Path.Combine(dir, "obj", "planmodel-task", "678");
        foreach (var copy in new[] { stale, recent })
        {
            Directory.CreateDirectory(copy);
            File.WriteAllText(Path.Combine(copy, "PlanModel.Build.dll"), "an older task");
        }

        Directory.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var (code, output) = DotNet.Run(dir, "build -nologo -v:n");
        Assert.True(code == 0, output);
        Assert.Matches(@"PlanModel: the task runs in process from .*planmodel-task", output);
        Assert.Contains("; 2 of 2 documents checked", output);
        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(recent));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(dir, "obj", "planmodel-task")).Length);
        var cache = Directory.GetFiles(Path.Combine(dir, "obj"), "planmodel.validation.cache", SearchOption.AllDirectories).Single();

        // One table edited: one document checked, the error located as a full validation locates it.
        var file = Path.Combine(dir, "plans-yaml", "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "{raw: \"52.5\"", "{raw: \"99.9\"");
        var (edited, log) = DotNet.Run(dir, "build -nologo -v:n -clp:NoSummary");
        Assert.NotEqual(0, edited);
        Assert.Contains("; 1 of 2 documents checked", log);
        var (full, fullLog) = DotNet.Run(dir, "build -nologo -v:n -clp:NoSummary -p:PlanModelValidationCache=false");
        Assert.NotEqual(0, full);
        Assert.Equal(Errors(fullLog), Errors(log));
        Assert.Contains($"table-01.yaml({line},14): error PLAN304", Errors(log).Single());

        // A corrupt cache: a full validation with the same findings, not a failure of its own.
        var bytes = File.ReadAllBytes(cache);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(cache, bytes);
        var (corrupt, corruptLog) = DotNet.Run(dir, "build -nologo -v:n -clp:NoSummary");
        Assert.NotEqual(0, corrupt);
        Assert.Contains("; 2 of 2 documents checked", corruptLog);
        Assert.Equal(Errors(fullLog), Errors(corruptLog));
    }

    [Fact]
    public void The_in_repo_task_copy_is_the_ReadyToRun_image_of_the_running_RID_when_the_task_project_has_one()
    {
        var dir = CreateProject(Repo.Fixture("mini"));
        var project = Path.Combine(Repo.Root, "src", "PlanModel.Build", "PlanModel.Build.csproj");
        var (code, output) = DotNet.Run(dir, $"build -nologo -v:n -p:PlanModelTaskCopyReadyToRun=true -p:PlanModelTaskProject={project} -p:PlanModelTaskConfiguration={Configuration}");
        Assert.True(code == 0, output);
        Assert.Contains("; 2 of 2 documents checked", output);
        var copy = Directory.GetDirectories(Path.Combine(dir, "obj", "planmodel-task")).Single();
        Assert.True(File.Exists(Path.Combine(copy, "planmodel-task.complete")), output);

        // The task project publishes images for linux-x64, win-x64 and osx-arm64; elsewhere the copy is the IL.
        var image = (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) && RuntimeInformation.ProcessArchitecture == Architecture.X64
            || OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64;
        foreach (var file in new[] { "PlanModel.Build.dll", "PlanModel.Yaml.dll", "YamlDotNet.dll" })
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(copy, file)));
            Assert.Equal(image, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
        }

        // A no-op build uses the copy as it is.
        var (again, log) = DotNet.Run(dir, $"build -nologo -v:n -p:PlanModelTaskCopyReadyToRun=true -p:PlanModelTaskProject={project} -p:PlanModelTaskConfiguration={Configuration}");
        Assert.True(again == 0, log);
        Assert.DoesNotContain("PrepareForPublish", log);
    }

    private static string[] Errors(string log) =>
        Regex.Matches(log, @"[^\s>]+\(\d+,\d+\): error \w+: [^\r\n]*").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Editing_an_archived_source_revalidates_on_the_next_build()
    {
        // The sources are inputs of the validation target: an edited source must not be skipped as up to date.
        var dir = CreateProject(Repo.Fixture("mini"));
        var (code, output) = DotNet.Run(dir, "build -nologo");
        Assert.True(code == 0, output);
        File.AppendAllText(Path.Combine(dir, "plans-yaml", "sources", "demo.txt"), "tampered\n");
        var (again, log) = DotNet.Run(dir, "build -nologo -clp:NoSummary");
        Assert.NotEqual(0, again);
        Assert.Matches(@"document\.yaml\(12,\d+\): error PLAN302: ", log);
    }

    [Fact]
    public void A_multi_targeted_corpus_project_packs_its_data_file_once()
    {
        // The data does not depend on the framework: packed from each one it gave NU5118 (an error under
        // TreatWarningsAsErrors) for the data file and the props declaring it.
        var dir = Path.Combine(Path.GetTempPath(), "planmodel-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Directory.Move(Repo.CopyToTemp(Repo.Fixture("mini")), Path.Combine(dir, "plans-yaml"));
        WriteProject(dir, "Multi", "Multi.Data", """
            <TargetFramework></TargetFramework>
            <TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>
            <LangVersion>latest</LangVersion>
            <Version>1.0.0</Version>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            """, string.Empty);

        var (code, output) = DotNet.Run(dir, "pack -nologo -o out");
        Assert.True(code == 0, output);
        Assert.DoesNotContain("NU5118", output);
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(dir, "out", "Multi.1.0.0.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Single(entries, e => e == "planmodel/Multi.plandata");
        Assert.Single(entries, e => e == "build/Multi.props");
        Assert.Single(entries, e => e == "buildTransitive/Multi.props");
        Assert.Contains("lib/netstandard2.0/Multi.dll", entries);
        Assert.Contains("lib/net10.0/Multi.dll", entries);
    }
}

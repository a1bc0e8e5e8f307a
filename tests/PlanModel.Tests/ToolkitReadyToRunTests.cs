using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The Toolkit's ReadyToRun images of the net10.0 task (tasks/net10.0/&lt;rid&gt;/): what the package holds, which
/// folder the targets pick, and a real project building on the packed package with the image and with the IL.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackagesCollection.Name)]
public class ToolkitReadyToRunTests
{
    private static readonly string[] TaskFiles = { "PlanModel.Build.dll", "PlanModel.Yaml.dll", "PlanModel.dll", "YamlDotNet.dll" };

    private readonly PackageTests.Feed _feed;

    public ToolkitReadyToRunTests(PackageTests.Feed feed) => _feed = feed;

    private string Tasks => Path.Combine(_feed.Toolkit, "tasks", "net10.0");

    [Theory]
    [InlineData("linux-x64", (ushort)(Machine.Amd64 ^ (Machine)0x7B79))]
    [InlineData("win-x64", (ushort)Machine.Amd64)]
    [InlineData("osx-arm64", (ushort)(Machine.Arm64 ^ (Machine)0x4644))]
    public void The_package_holds_readytorun_images_for_the_rid_that_keep_the_il(string rid, ushort machine)
    {
        // ReadyToRun marks the OS in the PE machine field (an XOR for Linux and macOS) and adds a native header.
        Assert.True(File.Exists(Path.Combine(Tasks, rid, "PlanModel.Build.deps.json")));
        foreach (var file in TaskFiles)
        {
            var image = Path.Combine(Tasks, rid, file);
            using var pe = new PEReader(File.OpenRead(image));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{rid}/{file} is not ReadyToRun");
            Assert.Equal(machine, (ushort)pe.PEHeaders.CoffHeader.Machine);
            Assert.Equal(MethodBodies(Path.Combine(Tasks, file)), MethodBodies(image));
            Assert.Equal(AssemblyFacts.Read(Path.Combine(Tasks, file)).Version, AssemblyFacts.Read(image).Version);
        }

        using var il = new PEReader(File.OpenRead(Path.Combine(Tasks, "PlanModel.Build.dll")));
        Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
    }

    [Fact]
    public void The_targets_load_the_image_of_the_running_msbuilds_rid_else_the_il()
    {
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var image = Path.Combine(Tasks, rid, "PlanModel.Build.dll");
        Assert.True(File.Exists(image), $"this machine's RID {rid} has no image in the package");
        Assert.Equal(image, TaskAssembly(string.Empty));
        Assert.Equal(Path.Combine(Tasks, "PlanModel.Build.dll"), TaskAssembly("-p:PlanModelTaskReadyToRun=false"));
        Assert.Equal(Path.Combine(Tasks, "PlanModel.Build.dll"), TaskAssembly("-p:PlanModelTaskRuntimeIdentifier=freebsd-x64"));
        Assert.Equal(Path.Combine(Tasks, "win-x64", "PlanModel.Build.dll"), TaskAssembly("-p:PlanModelTaskRuntimeIdentifier=win-x64"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("-p:PlanModelTaskReadyToRun=false", false)]
    [InlineData("-p:PlanModelTaskRuntimeIdentifier=freebsd-x64", false)]
    public void A_project_on_the_packed_toolkit_validates_and_builds_with_the_image_and_with_the_il(string extra, bool readyToRun)
    {
        var dir = Path.Combine(_feed.Root, "r2r-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Directory.Move(Repo.CopyToTemp(Repo.Fixture("mini")), Path.Combine(dir, "plans-yaml"));
        _feed.WriteNugetConfig(dir);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PlanModelNamespace>Consumer.Data</PlanModelNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PlanModel" Version="0.1.0" />
                <PackageReference Include="PlanModel.Toolkit" Version="0.1.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Use.cs"), "static class Use { public static string Printed => Consumer.Data.Plans.Demo14thFyp.MainIndicators.GrpGrowth.Printed; }\n");

        // Detailed verbosity names the assembly each task came from; the task's own line says it validated.
        var (code, output) = DotNet.Run(dir, $"build -nologo -v:d {extra}", 600, ("NUGET_PACKAGES", _feed.Cache));
        Assert.True(code == 0, output);
        Assert.Contains("PlanModel: validated 10 files: 0 error(s), 0 warning(s)", output);
        var loaded = Regex.Match(output, "Using \"PlanModel.Build.ValidatePlans\" task from assembly \"([^\"]+)\"").Groups[1].Value;
        var folder = Path.GetFileName(Path.GetDirectoryName(loaded));
        Assert.Equal(readyToRun ? System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier : "net10.0", folder);
        Assert.True(File.Exists(Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer.dll")));
    }

    /// <summary>How many methods of the assembly have an IL body: the same in an image that kept its IL.</summary>
    private static int MethodBodies(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        return md.MethodDefinitions.Select(h => md.GetMethodDefinition(h).RelativeVirtualAddress)
            .Count(rva => rva != 0 && pe.GetMethodBody(rva).Size > 0);
    }

    private string TaskAssembly(string extra) => ToolkitTaskFrameworkTests.TaskAssembly(_feed, Path.Combine(_feed.Toolkit, "build", "PlanModel.Toolkit.targets"), extra);
}

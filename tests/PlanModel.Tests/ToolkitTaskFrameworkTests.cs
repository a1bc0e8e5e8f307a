using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The Toolkit package's validation task for both kinds of MSBuild: net472 for the .NET Framework MSBuild of Visual
/// Studio and msbuild.exe, net10.0 for `dotnet build`, the latter also as ReadyToRun images per RID. Read from the
/// packed package, as a consumer gets it.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackagesCollection.Name)]
public class ToolkitTaskFrameworkTests
{
    /// <summary>Supplied by whichever MSBuild loads the task; shipping them would load a second, mismatched copy.</summary>
    private static readonly string[] HostAssemblies = { "Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core" };

    private readonly PackageTests.Feed _feed;

    public ToolkitTaskFrameworkTests(PackageTests.Feed feed) => _feed = feed;

    private string TaskDll(string framework) => Path.Combine(_feed.Toolkit, "tasks", framework, "PlanModel.Build.dll");

    [Fact]
    public void The_net472_task_is_a_net_framework_assembly_built_against_msbuild_15_1()
    {
        var task = AssemblyFacts.Read(TaskDll("net472"));
        Assert.Equal(".NETFramework,Version=v4.7.2", task.TargetFramework);
        Assert.Contains(task.References, r => r.Name == "mscorlib");
        Assert.DoesNotContain(task.References, r => r.Name == "System.Runtime");

        // MSBuild 15 to 17 (Visual Studio 2017 to 2022) all carry assembly version 15.1.0.0.
        foreach (var host in HostAssemblies)
        {
            Assert.Equal(new Version(15, 1, 0, 0), Assert.Single(task.References, r => r.Name == host).Version);
        }

        Assert.Contains("Microsoft.Build.Framework.ICancelableTask", AssemblyFacts.InterfacesOf(TaskDll("net472"), "PlanModel.Build.ValidatePlans"));
        Assert.Equal(".NETCoreApp,Version=v10.0", AssemblyFacts.Read(TaskDll("net10.0")).TargetFramework);
    }

    [Theory]
    [InlineData("net472")]
    [InlineData("net10.0")]
    public void Each_task_folder_holds_every_assembly_its_task_needs_except_msbuilds_own(string framework)
    {
        var folder = Path.GetDirectoryName(TaskDll(framework))!;
        var shipped = Directory.GetFiles(folder, "*.dll").ToDictionary(f => Path.GetFileNameWithoutExtension(f), AssemblyFacts.Read, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(shipped.Keys, n => n.StartsWith("Microsoft.Build", StringComparison.OrdinalIgnoreCase));
        var inBox = framework == "net472" ? NetFramework472Assemblies() : NetAssemblies();
        foreach (var (file, facts) in shipped)
        {
            if (framework == "net472")
            {
                // A .NET (Core) build of a dependency cannot load in .NET Framework MSBuild.
                Assert.True(facts.TargetFramework is null || facts.TargetFramework.StartsWith(".NETFramework", StringComparison.Ordinal)
                    || facts.TargetFramework == ".NETStandard,Version=v2.0", $"{file}: {facts.TargetFramework}");
            }

            foreach (var reference in facts.References)
            {
                if (shipped.TryGetValue(reference.Name!, out var dependency))
                {
                    // .NET Framework binds a strong name to its exact version; nothing in a task folder redirects it.
                    Assert.True(reference.GetPublicKeyToken() is not { Length: > 0 } || dependency.Version == reference.Version,
                        $"{file} references {reference} but the folder has {dependency.Version}");
                }
                else
                {
                    Assert.True(HostAssemblies.Contains(reference.Name) || inBox.Contains(reference.Name!),
                        $"{framework}/{file} references {reference}, which is neither beside it, nor MSBuild's, nor the framework's");
                }
            }
        }
    }

    [Theory]
    [InlineData("Full", "net472")]
    [InlineData("Mono", "net472")]
    [InlineData("Core", "net10.0")]
    public void The_targets_pick_the_task_folder_by_msbuild_runtime_type(string runtimeType, string framework)
    {
        // MSBuildRuntimeType is reserved (no -p can set it) and this machine has only .NET MSBuild ('Core'). So the
        // test evaluates a copy of the packed targets in which that one property reads a settable one instead.
        var build = Path.Combine(_feed.Toolkit, "build");
        var targets = File.ReadAllText(Path.Combine(build, "PlanModel.Toolkit.targets"));
        Assert.Single(Regex.Matches(targets, Regex.Escape("$(MSBuildRuntimeType)")));
        var probe = Path.Combine(build, $"runtime-probe-{runtimeType}.targets");
        File.WriteAllText(probe, targets.Replace("$(MSBuildRuntimeType)", "$(PlanModelProbeRuntimeType)", StringComparison.Ordinal));

        // .NET's MSBuild gets the ReadyToRun image of its RID (the tests below); .NET Framework's MSBuild the net472 IL.
        var selected = TaskAssembly(probe, $"-p:PlanModelProbeRuntimeType={runtimeType} -p:PlanModelTaskReadyToRun=false");
        Assert.Equal(Path.GetFullPath(TaskDll(framework)), selected);
        Assert.True(File.Exists(selected), selected);
        var image = Path.Combine(Path.GetDirectoryName(TaskDll(framework))!, System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "PlanModel.Build.dll");
        Assert.Equal(framework == "net10.0" ? image : selected, TaskAssembly(probe, $"-p:PlanModelProbeRuntimeType={runtimeType}"));
    }

    [MonoFact]
    public void The_net472_task_runs_on_a_net_framework_runtime_from_the_package_folder()
    {
        var runner = Path.Combine(Repo.Root, "tests", "PlanModel.FrameworkTaskRunner", "bin", Configuration, "net472", "PlanModel.FrameworkTaskRunner.exe");
        Assert.True(File.Exists(runner), runner + " was not built");
        var task = TaskDll("net472");
        var corpus = Repo.CopyToTemp(Repo.Fixture("mini"));

        var (ok, okOutput) = Mono.Run(runner, 120, task, corpus);
        Assert.True(ok == 0, okOutput);
        Assert.Contains("PlanModel: validated 10 files: 0 error(s), 0 warning(s)", okOutput);

        // Every PlanModel assembly and YamlDotNet came from the task's folder, as MSBuild's LoadFrom resolves them.
        var loaded = Regex.Matches(okOutput, @"^loaded: (\S+) (.+)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        Assert.Equal(new[] { "PlanModel", "PlanModel.Build", "PlanModel.Yaml", "YamlDotNet" }, loaded.Keys.Order(StringComparer.Ordinal));
        Assert.All(loaded.Values, path => Assert.Equal(Path.GetDirectoryName(task), Path.GetDirectoryName(path)));

        var file = Path.Combine(corpus, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "{raw: \"52.5\"", "{raw: \"99.9\"");
        var (broken, brokenOutput) = Mono.Run(runner, 120, task, corpus);
        Assert.Equal(1, broken);
        Assert.Contains($"{file}({line},14): error PLAN304: ", brokenOutput);

        var (canceled, canceledOutput) = Mono.Run(runner, 120, task, corpus, "--cancel");
        Assert.Equal(1, canceled);
        Assert.Contains("PlanModel: validation canceled while collecting files", canceledOutput);
        Assert.DoesNotContain("error PLAN", canceledOutput);
        Assert.Contains("execute: False errors: 0", canceledOutput);
    }

    // The ReadyToRun images of the net10.0 task (tasks/net10.0/<rid>/): what the package holds, which folder the
    // targets pick, and a real project building on the packed package with the image and with the IL.
    private static readonly string[] TaskFiles = { "PlanModel.Build.dll", "PlanModel.Yaml.dll", "PlanModel.dll", "YamlDotNet.dll" };

    private string NetTasks => Path.Combine(_feed.Toolkit, "tasks", "net10.0");

    private string TargetsFile => Path.Combine(_feed.Toolkit, "build", "PlanModel.Toolkit.targets");

    [Theory]
    [InlineData("linux-x64", (ushort)(Machine.Amd64 ^ (Machine)0x7B79))]
    [InlineData("win-x64", (ushort)Machine.Amd64)]
    [InlineData("osx-arm64", (ushort)(Machine.Arm64 ^ (Machine)0x4644))]
    public void The_package_holds_readytorun_images_for_the_rid_that_keep_the_il(string rid, ushort machine)
    {
        // ReadyToRun marks the OS in the PE machine field (an XOR for Linux and macOS) and adds a native header.
        Assert.True(File.Exists(Path.Combine(NetTasks, rid, "PlanModel.Build.deps.json")));
        foreach (var file in TaskFiles)
        {
            var image = Path.Combine(NetTasks, rid, file);
            using var pe = new PEReader(File.OpenRead(image));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{rid}/{file} is not ReadyToRun");
            Assert.Equal(machine, (ushort)pe.PEHeaders.CoffHeader.Machine);
            Assert.Equal(MethodBodies(Path.Combine(NetTasks, file)), MethodBodies(image));
            Assert.Equal(AssemblyFacts.Read(Path.Combine(NetTasks, file)).Version, AssemblyFacts.Read(image).Version);
        }

        using var il = new PEReader(File.OpenRead(Path.Combine(NetTasks, "PlanModel.Build.dll")));
        Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
    }

    [Fact]
    public void The_targets_load_the_image_of_the_running_msbuilds_rid_else_the_il()
    {
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var image = Path.Combine(NetTasks, rid, "PlanModel.Build.dll");
        Assert.True(File.Exists(image), $"this machine's RID {rid} has no image in the package");
        Assert.Equal(image, TaskAssembly(TargetsFile));
        Assert.Equal(Path.Combine(NetTasks, "PlanModel.Build.dll"), TaskAssembly(TargetsFile, "-p:PlanModelTaskReadyToRun=false"));
        Assert.Equal(Path.Combine(NetTasks, "PlanModel.Build.dll"), TaskAssembly(TargetsFile, "-p:PlanModelTaskRuntimeIdentifier=freebsd-x64"));
        Assert.Equal(Path.Combine(NetTasks, "win-x64", "PlanModel.Build.dll"), TaskAssembly(TargetsFile, "-p:PlanModelTaskRuntimeIdentifier=win-x64"));
        if (rid == "linux-x64")
        {
            // A distribution's .NET (source-built) reports a RID such as ubuntu.24.04-x64: the portable image serves it.
            Assert.Equal(image, TaskAssembly(TargetsFile, "-p:PlanModelTaskRuntimeIdentifier=ubuntu.24.04-x64"));
        }
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("-p:PlanModelTaskReadyToRun=false", false)]
    [InlineData("-p:PlanModelTaskRuntimeIdentifier=freebsd-x64", false)]
    public void A_project_on_the_packed_toolkit_validates_and_builds_with_the_image_and_with_the_il(string extra, bool readyToRun)
    {
        var dir = PackageTests.MiniConsumer(_feed, "r2r");

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

    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>$(PlanModelTaskAssembly) of a bare project importing the packed props and <paramref name="targets"/>.</summary>
    private string TaskAssembly(string targets, string extra = "")
    {
        var dir = Path.Combine(_feed.Root, "probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "probe.proj"), $"""
            <Project>
              <Import Project="{Path.Combine(_feed.Toolkit, "build", "PlanModel.Toolkit.props")}" />
              <Import Project="{targets}" />
            </Project>
            """);
        var (code, output) = DotNet.Run(dir, $"msbuild probe.proj -nologo -getProperty:PlanModelTaskAssembly {extra}");
        Assert.True(code == 0, output);
        return Path.GetFullPath(output.Trim());
    }

    /// <summary>The assembly names of .NET Framework 4.7.2 (its reference assemblies, which the task compiled against).</summary>
    private static HashSet<string> NetFramework472Assemblies()
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "src", "PlanModel.Build", "obj", "project.assets.json")));
        var root = assets.RootElement;
        var library = root.GetProperty("libraries").EnumerateObject().Single(l => l.Name.StartsWith("Microsoft.NETFramework.ReferenceAssemblies.net472/", StringComparison.Ordinal));
        var packages = root.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name)
            .Select(f => Path.Combine(f, library.Value.GetProperty("path").GetString()!, "build", ".NETFramework", "v4.7.2"))
            .First(Directory.Exists);
        return Directory.GetFiles(packages, "*.dll").Concat(Directory.GetFiles(Path.Combine(packages, "Facades"), "*.dll"))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => !n.StartsWith("Microsoft.Build", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The assembly names of the shared .NET runtime this test runs on (the SDK's, which runs `dotnet build`).</summary>
    private static HashSet<string> NetAssemblies() =>
        Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.OrdinalIgnoreCase);
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;

namespace PlanModel.Benchmarks;

/// <summary>
/// --consumer [--repo DIR] [--runs N]: what the compiled corpus costs a consumer. Packs PlanModel and
/// PlanModel.Chongqing (dotnet pack -c Release) from the repository, then times `dotnet build` of a console app that
/// references PlanModel.Chongqing and uses it, against an empty console app; both outside the repository, with their
/// own NuGet cache, restored once, then built N times with --no-incremental (full compile, warm build servers) after
/// one unmeasured warm-up build. Also times running each app (the Chongqing one touches every document) and
/// reports the package's assembly size per document.
/// </summary>
public static class ConsumerMode
{
    /// <summary>Runs the comparison.</summary>
    public static int Run(string[] args)
    {
        var repo = Corpora.RepoRoot;
        var runs = 3;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--repo")
            {
                repo = Path.GetFullPath(args[i + 1]);
            }
            else if (args[i] == "--runs")
            {
                runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var root = Path.Combine(Path.GetTempPath(), "planmodel-consumer-bench");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var feed = Path.Combine(root, "feed");
        Directory.CreateDirectory(feed);
        Console.WriteLine(ScaleMode.Machine());
        Console.WriteLine($"// packing from {repo} into {feed}");
        var packTime = Stopwatch.StartNew();
        Dotnet(repo, null, "pack", Path.Combine(repo, "src", "PlanModel"), "-c", "Release", "-o", feed);
        Dotnet(repo, null, "pack", Path.Combine(repo, "src", "PlanModel.Chongqing"), "-c", "Release", "-o", feed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// packed in {packTime.Elapsed.TotalSeconds:F0} s"));

        var nupkg = Directory.GetFiles(feed, "PlanModel.Chongqing.*.nupkg").Single();
        long dll;
        long xml;
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            dll = zip.Entries.Single(e => e.FullName.EndsWith("/PlanModel.Chongqing.dll", StringComparison.Ordinal)).Length;
            xml = zip.Entries.Where(e => e.FullName.EndsWith("/PlanModel.Chongqing.xml", StringComparison.Ordinal)).Sum(e => e.Length);
        }

        var documents = Directory.GetFiles(Path.Combine(repo, "plans-yaml"), "document.yaml", SearchOption.AllDirectories).Length;
        var version = Path.GetFileNameWithoutExtension(nupkg).Substring("PlanModel.Chongqing.".Length);
        NugetConfig(root, feed);
        var packages = Path.Combine(root, "packages");
        var results = Compare(root, packages, new[]
        {
            new App("empty console", Array.Empty<(string, string)>(), "System.Console.WriteLine(\"hello\");"),
            new App("console + PlanModel.Chongqing", new[] { ("PlanModel.Chongqing", version) }, """
                using System;
                using System.Linq;
                using PlanModel.Chongqing;

                var rows = Plans.All.Sum(d => d.Indicators.Count());
                var grp = Plans.Chongqing14thFyp.MainIndicators.Rows[0];
                Console.WriteLine($"{Plans.All.Count} documents, {rows} indicator rows; {grp.Name.Zh}: {grp.ValueFor(PlanModel.ValueRole.Target)?.Raw}");
                """),
        }, runs);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build ratio (Chongqing consumer / empty): {results[1].Build / results[0].Build:F2}x; run ratio: {results[1].Run / results[0].Run:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PlanModel.Chongqing.dll {dll / 1024.0:F0} KB for {documents} documents = {dll / 1024.0 / documents:F1} KB/document (XML docs {xml / 1024.0:F0} KB); {Path.GetFileName(nupkg)} {new FileInfo(nupkg).Length / 1024.0:F0} KB"));
        return 0;
    }

    /// <summary>A console app of the comparison: its name, the packages it references (id, version) and its Program.cs.</summary>
    public sealed record App(string Name, IReadOnlyList<(string Id, string Version)> Packages, string Program);

    /// <summary>The outcome for one app: full build (wall clock and CPU time of the process tree), no-op build and run,
    /// in ms (means), and what it printed.</summary>
    public sealed record Result(string Name, double Build, double BuildCpu, double NoOp, double Run, string Output);

    /// <summary>A nuget.config under <paramref name="root"/> with <paramref name="feed"/> as its only source, and
    /// <paramref name="fallback"/> (a folder feed) after it when given.</summary>
    public static void NugetConfig(string root, string feed, string? fallback = null) => File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            {(fallback is null ? string.Empty : $"""<add key="fallback" value="{fallback}" />""")}
          </packageSources>
        </configuration>
        """);

    /// <summary>
    /// Writes each app under <paramref name="root"/> (beside its nuget.config), restores it once, builds it once
    /// unmeasured, then times <paramref name="runs"/> full builds (--no-incremental, build servers warm), as many no-op
    /// builds and runs, the apps alternated within each run so that they see the same load; then one more full build
    /// of each with a binary log (full.binlog in its folder, for the performance summary). Prints a line per app and
    /// the Markdown table.
    /// </summary>
    public static List<Result> Compare(string root, string packages, IReadOnlyList<App> apps, int runs)
    {
        var dirs = apps.Select(a => Write(root, a)).ToList();
        foreach (var dir in dirs)
        {
            Dotnet(dir, packages, "restore");
            Dotnet(dir, packages, "build", "-c", "Release", "--no-restore");
        }

        var cpu = dirs.Select(_ => new List<double>()).ToList();
        var builds = Alternate(dirs, runs, dir =>
        {
            var before = ChildCpu.Ms();
            var ms = Dotnet(dir, packages, "build", "-c", "Release", "--no-restore", "--no-incremental").Ms;
            cpu[dirs.IndexOf(dir)].Add(ChildCpu.Ms() - before);
            return ms;
        });
        var noop = Alternate(dirs, runs, dir => Dotnet(dir, packages, "build", "-c", "Release", "--no-restore").Ms);
        var appDlls = dirs.Select(dir => Path.Combine(dir, "bin", "Release", "net10.0", "app.dll")).ToList();
        var outputs = appDlls.Select(app => Dotnet(Path.GetDirectoryName(app)!, packages, app).Output.Trim()).ToList();
        var starts = Alternate(appDlls, runs, app => Dotnet(Path.GetDirectoryName(app)!, packages, app).Ms);
        foreach (var dir in dirs)
        {
            Dotnet(dir, packages, "build", "-c", "Release", "--no-restore", "--no-incremental", "-bl:" + Path.Combine(dir, "full.binlog"));
        }

        var results = new List<Result>();
        for (var k = 0; k < apps.Count; k++)
        {
            results.Add(new Result(apps[k].Name, builds[k].Average(), cpu[k].Average(), noop[k].Average(), starts[k].Average(), outputs[k]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{apps[k].Name}: build --no-incremental {string.Join(", ", builds[k].Select(b => b.ToString("F0", CultureInfo.InvariantCulture)))} ms (CPU {string.Join(", ", cpu[k].Select(b => b.ToString("F0", CultureInfo.InvariantCulture)))} ms); no-op build {noop[k].Average():F0} ms; run {starts[k].Average():F0} ms  [{outputs[k]}]"));
        }

        Console.WriteLine();
        Console.WriteLine($"| project | dotnet build (full, mean of {runs}) | its CPU time (process tree) | no-op build | dotnet app.dll |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Build:F0} ms | {r.BuildCpu:F0} ms | {r.NoOp:F0} ms | {r.Run:F0} ms |"));
        }

        return results;
    }

    /// <summary><paramref name="runs"/> rounds of <paramref name="measure"/> over every item, in turn: the times per item.</summary>
    private static List<List<double>> Alternate(IReadOnlyList<string> items, int runs, Func<string, double> measure)
    {
        var times = items.Select(_ => new List<double>()).ToList();
        for (var i = 0; i < runs; i++)
        {
            for (var k = 0; k < items.Count; k++)
            {
                times[k].Add(measure(items[k]));
            }
        }

        return times;
    }

    private static string Write(string root, App a)
    {
        var dir = Path.Combine(root, Regex.Replace(a.Name, "[^A-Za-z0-9]+", "-"));
        Directory.CreateDirectory(dir);
        var references = string.Concat(a.Packages.Select(p => $"""<PackageReference Include="{p.Id}" Version="{p.Version}" />"""));
        File.WriteAllText(Path.Combine(dir, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <AssemblyName>app</AssemblyName>
                <ImplicitUsings>disable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>{references}</ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), a.Program);
        return dir;
    }

    /// <summary>dotnet with <paramref name="args"/> in <paramref name="workingDirectory"/>, telemetry off, with its own
    /// package cache when <paramref name="packages"/> is given.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, string? packages, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        if (packages is not null)
        {
            psi.Environment["NUGET_PACKAGES"] = packages;
        }

        return psi;
    }

    /// <summary>Runs dotnet (<see cref="StartInfo"/>) and fails loudly if it fails.</summary>
    public static (double Ms, string Output) Dotnet(string workingDirectory, string? packages, params string[] args)
    {
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(StartInfo(workingDirectory, packages, args))!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var ms = sw.Elapsed.TotalMilliseconds;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed in {workingDirectory}:\n{stdout}\n{stderr.Result}");
        }

        return (ms, stdout);
    }
}

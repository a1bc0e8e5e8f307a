using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PlanModel.Benchmarks;

/// <summary>
/// --packages [count] [documents] [--runs N]: a national corpus as packages (issue 17). Packs PlanModel and
/// PlanModel.Toolkit into a local feed, writes <c>count</c> corpus projects of <c>documents</c> synthetic documents each
/// (a netstandard2.0 library consuming the packed Toolkit, as a user's corpus package does; each with its own seed),
/// restores them, then builds each once with <c>dotnet build -c Release</c> (no build servers: MSBuild nodes and the
/// compiler are children of the build, so their memory is counted) timing the wall clock and sampling the resident
/// memory of the whole process tree. Then a console app referencing three of the packed packages against an empty
/// console app (<see cref="ConsumerMode"/>'s comparison), and the generator's edit bookkeeping per document
/// (<c>--scale-one edit</c> on a corpus of the same size). Prints a Markdown table.
/// </summary>
public static class PackagesMode
{
    private const double PackageSecondsGoal = 60;
    private const double PackageGbGoal = 4;
    private const double SetMinutesGoal = 15;
    private const double ConsumerGoal = 1.1;

    /// <summary>Runs the measurement.</summary>
    public static int Run(string[] args)
    {
        var numbers = args.Where(a => a.Length > 0 && char.IsDigit(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var runsAt = Array.IndexOf(args, "--runs");
        var runs = runsAt >= 0 && runsAt + 1 < args.Length ? int.Parse(args[runsAt + 1], CultureInfo.InvariantCulture) : 3;
        if (runsAt >= 0)
        {
            numbers.Remove(runs);
        }

        var count = numbers.Count > 0 ? numbers[0] : 32;
        var documents = numbers.Count > 1 ? numbers[1] : 100;
        if (count < 3)
        {
            Console.Error.WriteLine("--packages needs at least 3 packages (the consumer references three)");
            return 2;
        }

        var repo = Corpora.RepoRoot;
        var root = Path.Combine(Path.GetTempPath(), "planmodel-packages-bench");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var feed = Path.Combine(root, "feed");
        var cache = Path.Combine(root, "packages");
        Directory.CreateDirectory(feed);
        Console.WriteLine(ScaleMode.Machine());
        Console.WriteLine($"// {count} packages of {documents} documents under {root}");
        var packTime = Stopwatch.StartNew();
        ConsumerMode.Dotnet(repo, null, "pack", Path.Combine(repo, "src", "PlanModel"), "-c", "Release", "-o", feed);
        ConsumerMode.Dotnet(repo, null, "pack", Path.Combine(repo, "src", "PlanModel.Toolkit"), "-c", "Release", "-o", feed);
        var version = Directory.GetFiles(feed, "PlanModel.*.nupkg").Select(Path.GetFileNameWithoutExtension)
            .Select(n => Regex.Match(n!, @"^PlanModel\.(\d.*)$")).Single(m => m.Success).Groups[1].Value;
        // A netstandard2.0 library also restores NETStandard.Library: from the machine's package cache, as a folder feed.
        ConsumerMode.NugetConfig(root, feed, Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cached ? cached
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// PlanModel and PlanModel.Toolkit {version} packed in {packTime.Elapsed.TotalSeconds:F0} s"));

        var projects = new List<(string Id, string Dir)>();
        for (var k = 1; k <= count; k++)
        {
            var id = "Bench.Corpus" + k.ToString("D2", CultureInfo.InvariantCulture);
            var dir = Path.Combine(root, id);
            SyntheticCorpus.Write(Path.Combine(dir, "plans-yaml"), documents, Corpora.Seed + k);
            WriteProject(dir, id, version);
            projects.Add((id, dir));
        }

        foreach (var (_, dir) in projects)
        {
            ConsumerMode.Dotnet(dir, cache, "restore");
        }

        Console.WriteLine($"// {count} corpora written and restored; building each (dotnet build -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false)");
        var builds = new List<(string Id, double Seconds, double PeakGb, long Dll, long Xml, string Tasks)>();
        foreach (var (id, dir) in projects)
        {
            var run = ProcessTree.Measure(ConsumerMode.StartInfo(dir, cache, "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:PerformanceSummary"));
            if (run.ExitCode != 0)
            {
                Console.Error.WriteLine(run.Output);
                throw new InvalidOperationException($"dotnet build of {id} failed (exit {run.ExitCode})");
            }

            var bin = Path.Combine(dir, "bin", "Release", "netstandard2.0");
            var b = (id, run.Ms / 1000, run.PeakBytes / 1073741824.0, new FileInfo(Path.Combine(bin, id + ".dll")).Length, new FileInfo(Path.Combine(bin, id + ".xml")).Length, Tasks(run.Output));
            builds.Add(b);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {id}: {b.Item2:F1} s, peak {b.Item3:F2} GB, assembly {b.Item4 / 1048576.0:F1} MB, XML docs {b.Item5 / 1048576.0:F1} MB; {b.Item6}"));
        }

        var consumer = Consumer(root, cache, feed, projects.Take(3).ToList(), runs);
        var edit = ScaleMode.Child("edit", documents);
        Report(count, documents, builds, consumer, edit.BestMs, runs);
        return 0;
    }

    /// <summary>A corpus package as a user writes one: the runtime and the Toolkit from the feed, documentation on.</summary>
    private static void WriteProject(string dir, string id, string version) => File.WriteAllText(Path.Combine(dir, id + ".csproj"), $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>netstandard2.0</TargetFramework>
            <PackageId>{id}</PackageId>
            <Version>1.0.0</Version>
            <PlanModelNamespace>{id}</PlanModelNamespace>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <Nullable>enable</Nullable>
            <LangVersion>latest</LangVersion>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="PlanModel" Version="{version}" />
            <PackageReference Include="PlanModel.Toolkit" Version="{version}" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """);

    /// <summary>
    /// Packs the first three packages and compares a console app that uses all their documents with an empty one (the
    /// goal's measure) and with a control: the same program shape (LINQ, lambdas, an interpolated string) over local
    /// arrays, no package. The control separates what compiling the consumer's own code costs from what referencing
    /// the packages costs. Returns the two ratios of wall clock and of CPU time.
    /// </summary>
    private static (double Empty, double Control, double EmptyCpu, double ControlCpu) Consumer(string root, string cache, string feed, List<(string Id, string Dir)> three, int runs)
    {
        foreach (var (_, dir) in three)
        {
            ConsumerMode.Dotnet(dir, cache, "pack", "-c", "Release", "--no-restore", "--no-build", "-o", feed);
        }

        string Program(Func<string, string> sum, string declarations = "") => $"""
            using System;
            using System.Linq;

            {declarations}
            Console.WriteLine($"{three.Count} packages, {"{"}{string.Join(" + ", three.Select(p => sum(p.Id)))}{"}"} indicator rows");
            """;
        var control = Program(_ => "documents.Sum(d => d.Count())", "var documents = new[] { new[] { 1, 2 }, new[] { 3 } };");
        var results = ConsumerMode.Compare(root, cache, new[]
        {
            new ConsumerMode.App("empty console", Array.Empty<(string, string)>(), "System.Console.WriteLine(\"hello\");"),
            new ConsumerMode.App("console + 3 corpus packages", three.Select(p => (p.Id, "1.0.0")).ToArray(), Program(id => $"{id}.Plans.All.Sum(d => d.Indicators.Count())")),
            new ConsumerMode.App("console, same program without packages", Array.Empty<(string, string)>(), control),
        }, runs);
        return (results[1].Build / results[0].Build, results[1].Build / results[2].Build, results[1].BuildCpu / results[0].BuildCpu, results[1].BuildCpu / results[2].BuildCpu);
    }

    /// <summary>The tasks that hold most of a corpus build, from MSBuild's task performance summary.</summary>
    private static string Tasks(string output)
    {
        var found = new List<string>();
        foreach (var task in new[] { "Csc", "ValidatePlans", "WritePlanData" })
        {
            // A task registered by its full name (the Toolkit's in-process ValidatePlans) is listed under that name.
            var m = Regex.Match(output, @"^\s*(\d+) ms\s+(?:PlanModel\.Build\.)?" + task + @"\s+\d+ calls", RegexOptions.Multiline);
            found.Add(task + " " + (m.Success ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0).ToString("F1", CultureInfo.InvariantCulture) + " s" : "not run"));
        }

        return string.Join(", ", found);
    }

    private static void Report(int count, int documents, List<(string Id, double Seconds, double PeakGb, long Dll, long Xml, string Tasks)> builds, (double Empty, double Control, double EmptyCpu, double ControlCpu) consumer, double editMs, int runs)
    {
        string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
        string Goal(bool met) => met ? "met" : "**not met**";
        Console.WriteLine();
        Console.WriteLine($"| package | documents | dotnet build | peak memory (process tree) | assembly | XML docs | of the build: tasks |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var b in builds)
        {
            Console.WriteLine($"| {b.Id} | {documents} | {F(b.Seconds, "F1")} s | {F(b.PeakGb, "F2")} GB | {F(b.Dll / 1048576.0, "F1")} MB | {F(b.Xml / 1048576.0, "F1")} MB | {b.Tasks} |");
        }

        var total = builds.Sum(b => b.Seconds);
        var slowest = builds.Max(b => b.Seconds);
        var peak = builds.Max(b => b.PeakGb);
        Console.WriteLine();
        Console.WriteLine("| measure | value | goal | |");
        Console.WriteLine("|---|---:|---:|---|");
        Console.WriteLine($"| slowest package build | {F(slowest, "F1")} s | ≤ {PackageSecondsGoal} s | {Goal(slowest <= PackageSecondsGoal)} |");
        Console.WriteLine($"| largest peak memory of a package build | {F(peak, "F2")} GB | ≤ {PackageGbGoal} GB | {Goal(peak <= PackageGbGoal)} |");
        Console.WriteLine($"| all {count} packages, one after another | {F(total / 60, "F1")} min | ≤ {SetMinutesGoal} min{(count == 32 ? string.Empty : " (for 32)")} | {(count == 32 ? Goal(total / 60 <= SetMinutesGoal) : "extrapolated to 32: " + F(total / count * 32 / 60, "F1") + " min")} |");
        Console.WriteLine($"| console + 3 packages / empty console, full build (mean of {runs}) | {F(consumer.Empty, "F2")}× (CPU time {F(consumer.EmptyCpu, "F2")}×) | ≤ {ConsumerGoal}× | {Goal(consumer.Empty <= ConsumerGoal)} |");
        Console.WriteLine($"| console + 3 packages / the same program without packages, full build (mean of {runs}) | {F(consumer.Control, "F2")}× (CPU time {F(consumer.ControlCpu, "F2")}×) | | |");
        // In a package an edit costs the package's bookkeeping, not the whole national corpus's: the edited document's
        // regeneration plus O(documents of the package). Divided by the documents it is an upper bound per document.
        Console.WriteLine($"| generator run after a one-file edit, in a package of {documents} documents (best of 5) | {F(editMs, "F0")} ms = {F(editMs * 1000 / documents, "F0")} µs per document (upper bound) | | |");
    }
}

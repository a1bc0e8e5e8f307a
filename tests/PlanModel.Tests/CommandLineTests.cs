using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PlanModel.Cli;
using PlanModel.Cli.CommandLine;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Validation;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The <c>plan</c> command line (System.CommandLine): help per command, usage errors, version, completion.</summary>
public class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>Help prints the executable's name, which under a test runner is the test host's; wrapped lines end
    /// in a space, which editors strip from a snapshot.</summary>
    private static string AsInstalled(string help) =>
        Regex.Replace(Regex.Replace(help, "^  " + Regex.Escape(RootCommand.ExecutableName) + @"\b", "  plan", RegexOptions.Multiline), " +$", "", RegexOptions.Multiline);

    [Theory]
    [InlineData("init")]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("report")]
    [InlineData("diff")]
    [InlineData("changelog")]
    public void Each_command_has_its_own_help(string command)
    {
        var (code, stdout, err) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Snapshot.Verify(AsInstalled(stdout), command, "txt");

        // `-h` and `plan help <command>` print the same.
        Assert.Equal(stdout, Run(command, "-h").Out);
        Assert.Equal(stdout, Run("help", command).Out);
    }

    [Fact]
    public void The_tool_help_lists_the_commands_and_no_arguments_is_a_usage_error()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        Snapshot.Verify(AsInstalled(stdout), "plan", "txt");

        // Bare `plan` shows the same overview but exits 2, as before: it did nothing.
        var bare = Run();
        Assert.Equal(2, bare.Code);
        Assert.Equal(stdout, bare.Out);
        Assert.Equal(stdout, Run("help").Out);
    }

    [Fact]
    public void Help_lists_only_each_commands_own_options()
    {
        var validate = Run("validate", "--help").Out;
        var export = Run("export", "--help").Out;
        var report = Run("report", "--help").Out;
        Assert.DoesNotContain("--output", validate);
        Assert.DoesNotContain("--format", validate);
        Assert.Contains("--format <json|csv|sqlite>", export);
        Assert.Contains("-o, --output <file>", export);
        Assert.DoesNotContain("--format", report);
        Assert.Contains("--baseline <rev>", report);
        Assert.Contains("-o, --output <dir> (REQUIRED)", report);
        var diff = Run("diff", "--help").Out;
        Assert.Contains("--check-version", diff);
        Assert.DoesNotContain("--severity", diff);
        Assert.All(new[] { validate, export, report }, h => Assert.Contains("--severity <PLANnnn=level;…>", h));
    }

    [Theory]
    [InlineData("plan validate: unknown option '--output' (see plan validate --help)", "validate", "MINI", "--output", "x.json")]
    [InlineData("plan validate: unknown option '--output' (see plan validate --help)", "validate", "--output", "x.json")]
    [InlineData("plan validate: unknown option '--format' (see plan validate --help)", "validate", "MINI", "--format", "csv")]
    [InlineData("plan report: unknown option '--format' (see plan report --help)", "report", "MINI", "--format", "json", "-o", "OUT")]
    [InlineData("plan export: unknown option '--bogus' (see plan export --help)", "export", "MINI", "--bogus")]
    [InlineData("plan validate: unknown option '--version' (see plan validate --help)", "validate", "--version")]
    [InlineData("plan diff: unknown option '--severity' (see plan diff --help)", "diff", "--severity", "PLAN402=error", "MINI")]
    [InlineData("plan diff: unknown option '--bogus' (see plan diff --help)", "diff", "--bogus")]
    [InlineData("plan diff: unknown format 'xml'; use markdown or json (see plan diff --help)", "diff", "MINI", "MINI", "-f", "xml")]
    [InlineData("plan diff: unexpected argument 'third' (see plan diff --help)", "diff", "MINI", "MINI", "third")]
    [InlineData("plan changelog: unknown option '--format' (see plan changelog --help)", "changelog", "MINI", "--format", "json")]
    [InlineData("plan changelog: required argument missing for option: '--version' (see plan changelog --help)", "changelog", "MINI", "--version")]
    [InlineData("plan init: unexpected argument 'two' (see plan init --help)", "init", "OUT", "two")]
    [InlineData("plan init: 'my-plans' is not a C# namespace; pass --name", "init", "OUT", "--name", "my-plans")]
    [InlineData("plan: unknown command 'frobnicate' (see plan --help)", "frobnicate")]
    [InlineData("plan: unknown option '--severity' (see plan --help)", "--severity", "PLAN402=error")]
    [InlineData("plan validate: unexpected argument 'two' (see plan validate --help)", "validate", "MINI", "two")]
    [InlineData("plan export: unknown format 'xml'; use json, csv or sqlite (see plan export --help)", "export", "MINI", "--format", "xml")]
    [InlineData("plan report: option '--output' is required (see plan report --help)", "report", "MINI")]
    [InlineData("plan export: option '-o' expects a single argument but 2 were provided (see plan export --help)", "export", "MINI", "-o", "a", "-o", "b")]
    [InlineData("plan validate: --severity: 'PLAN402=fatal' is not PLANnnn=level (level: error, warning, info or none) (see plan validate --help)", "validate", "MINI", "--severity", "PLAN402=fatal")]
    [InlineData("plan validate: --severity: 'PLAN42O=error' is not PLANnnn=level (level: error, warning, info or none) (see plan validate --help)", "validate", "MINI", "--severity", "PLAN402=none;PLAN42O=error")]
    [InlineData("plan validate: --version option cannot be combined with other arguments (see plan validate --help)", "--version", "validate")]
    public void A_usage_error_exits_2_with_one_line_on_stderr_and_runs_nothing(string expected, params string[] args)
    {
        var output = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"));
        args = args.Select(a => a switch { "MINI" => Repo.Fixture("mini"), "OUT" => output, _ => a }).ToArray();
        var (code, stdout, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal(expected + Environment.NewLine, err);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_usage_error_found_while_running_is_one_line_too()
    {
        var missing = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"));
        var (code, stdout, err) = Run("validate", missing);
        Assert.Equal(2, code);
        Assert.Equal($"plan validate: no YAML files under '{missing}'" + Environment.NewLine, err);
        Assert.Equal("", stdout);

        var sqlite = Run("export", Repo.Fixture("mini"), "--format", "sqlite");
        Assert.Equal(2, sqlite.Code);
        Assert.Equal("plan export: --format sqlite needs --output file.db" + Environment.NewLine, sqlite.Err);
    }

    [Fact]
    public void Options_bind_to_the_command_in_any_order()
    {
        // A flag before the path must not swallow it (--warnaserror takes an optional true/false).
        Assert.Equal(0, Run("validate", "--warnaserror", Repo.Fixture("mini")).Code);

        // Severity overrides still reach the validator: the mini corpus is clean, so make a rule that fires an error
        // silent and check the exit code moves from 1 to 0.
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "targets.yaml"), "raw: 6%左右", "raw: 7%左右");
        Assert.Equal(1, Run("validate", dir).Code);
        var (code, stdout, _) = Run("validate", "--severity", "PLAN305=none", dir);
        Assert.True(code == 0, stdout);
        Assert.DoesNotContain("PLAN305", stdout);

        // Formats are read case-insensitively, as before.
        var json = Path.Combine(dir, "out.json");
        Assert.Equal(0, Run("export", Repo.Fixture("mini"), "-f", "JSON", "-o", json).Code);
        Assert.StartsWith("{", File.ReadAllText(json).TrimStart());
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var (code, stdout, err) = Run("--version");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(VersionAction.Version + Environment.NewLine, stdout);
        Assert.StartsWith("0.1.0", VersionAction.Version);
    }

    [Fact]
    public void The_suggest_directive_completes_commands_options_values_and_paths()
    {
        // dotnet-suggest calls `plan [suggest:<cursor>] "<line without plan>"`.
        static string[] Suggest(string line) => Run($"[suggest:{line.Length}]", line).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(new[] { "changelog", "diff", "export", "init", "names", "pack-data", "report", "validate" }, Suggest("").Where(s => char.IsLetter(s[0])).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "report" }, Suggest("rep"));
        var validate = Suggest("validate --");
        Assert.Contains("--severity", validate);
        Assert.Contains("--warnaserror", validate);
        Assert.DoesNotContain("--output", validate);
        Assert.Contains("--output", Suggest("report --"));
        Assert.Equal(new[] { "csv", "json", "sqlite" }, Suggest("export --format "));
        Assert.Equal(new[] { "json", "markdown" }, Suggest("diff x --format "));
        Assert.Contains("--check-version", Suggest("diff x --"));

        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Directory.CreateDirectory(Path.Combine(dir, ".hidden"));
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "");
        File.WriteAllText(Path.Combine(dir, "one.yaml"), "");
        var root = dir + "/";
        var entries = Suggest("validate " + root);
        Assert.Contains(root + "demo-plan/", entries);
        Assert.Contains(root + "one.yaml", entries);
        Assert.DoesNotContain(root + "notes.txt", entries);
        Assert.DoesNotContain(root + ".hidden/", entries);
        Assert.Equal(new[] { root + "demo-plan/" }, Suggest("report " + root + "demo-p"));
    }

    [Fact]
    public void Severity_lists_report_what_the_lenient_build_property_ignores()
    {
        Assert.Empty(ValidationOptions.InvalidSeverityEntries("PLAN402=error; plan407 = None,PLAN601=info;"));
        Assert.Equal(new[] { "PLAN402", "PLAN407", "PLAN601" }, ValidationOptions.ParseSeverities("PLAN402=error; plan407 = None,PLAN601=info;").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "PLAN402=fatal", "PLAN407", "CS0168=none", "PLAN=error" }, ValidationOptions.InvalidSeverityEntries("PLAN402=fatal;PLAN407;CS0168=none;PLAN=error"));
    }
}

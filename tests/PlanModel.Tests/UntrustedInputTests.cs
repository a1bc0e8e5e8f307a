using System;
using System.IO;
using System.Linq;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Validation;
using PlanModel.Yaml.Yaml;
using Xunit;

namespace PlanModel.Tests;

/// <summary>A pull request is untrusted input: every finding of the probe in issue 13 as a regression test.</summary>
public class UntrustedInputTests
{
    private const string DocumentYaml = "demo-plan/document.yaml";

    private static string Mini() => Repo.CopyToTemp(Repo.Fixture("mini"));

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string ReportText(string corpus)
    {
        var output = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"), "report");
        Cli("report", corpus, "--output", output);
        return string.Concat(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
    }

    /// <summary>A file outside the corpus whose content must never reach any output.</summary>
    private static string Secret(string marker)
    {
        var path = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N") + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Shaped like the fixture source, so only the confinement (not a failing citation) keeps it out.
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Repo.Fixture("mini"), "sources", "demo.txt")).Replace("示范市", marker, StringComparison.Ordinal));
        return path;
    }

    private static void PinTo(string dir, string file, string sourceBytesPath)
    {
        var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(sourceBytesPath))).ToLowerInvariant();
        var doc = Path.Combine(dir, DocumentYaml);
        var text = File.ReadAllText(doc);
        text = System.Text.RegularExpressions.Regex.Replace(text, "file: .*", "file: " + file);
        text = System.Text.RegularExpressions.Regex.Replace(text, "sha256: [0-9a-f]+", "sha256: " + sha);
        File.WriteAllText(doc, text);
    }

    [Theory]
    [InlineData("/etc/passwd", "an absolute path")]
    [InlineData("C:/Windows/win.ini", "an absolute path")]
    [InlineData("../../mini/sources/demo.txt", "leaves the corpus")]
    [InlineData("../demo-district/table-01.yaml", "outside the corpus's 'sources' folder")]
    [InlineData("../sources/../demo-plan/document.yaml", "outside the corpus's 'sources' folder")]
    [InlineData("../sources/..", "outside the corpus's 'sources' folder")]
    public void A_source_path_outside_the_sources_folder_is_PLAN308_at_the_file_key(string file, string why)
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, DocumentYaml), "file: ../sources/demo.txt", "file: \"" + file + "\"");
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN308");
        Assert.EndsWith(DocumentYaml, d.File.Replace('\\', '/'));
        Assert.Equal((11, 9), (d.Line, d.Column));
        Assert.Contains(why, d.Message);
    }

    [Fact]
    public void The_generator_rules_report_the_path_without_touching_the_disk()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, DocumentYaml), "file: ../sources/demo.txt", "file: /dev/zero");
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(dir));
        var assembled = AssembledCorpus.Of(files);
        var doc = assembled.Documents.Single(x => x.Id == "demo-14fyp");
        var d = Assert.Single(CorpusValidator.CheckDocument(doc, RuleContext.Of(assembled.Documents, assembled.Catalogue)), x => x.Code == "PLAN308");
        Assert.Contains("absolute", d.Message);

        // The runtime model never carries a refused path.
        Assert.All(CorpusSession.Open(dir).Corpus.Documents.Single(x => x.Id == "demo-14fyp").Indicators.SelectMany(r => r.Values),
            v => Assert.Equal(string.Empty, v.Citation!.SourceFile));
    }

    [Fact]
    public void A_path_that_leaves_and_reenters_the_corpus_is_refused_so_no_reader_can_see_a_decoy()
    {
        // Validation used to resolve it against the document's folder, the report against the corpus root.
        var dir = Mini();
        Directory.CreateDirectory(Path.Combine(dir, "mini", "sources"));
        File.WriteAllText(Path.Combine(dir, "mini", "sources", "demo.txt"), "DECOY");
        var copy = Path.GetFileName(dir);
        Validation.Replace(Path.Combine(dir, DocumentYaml), "file: ../sources/demo.txt", "file: ../../" + copy + "/sources/demo.txt");
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN308");
        Assert.DoesNotContain("DECOY", ReportText(dir));
    }

    [Fact]
    public void A_symbolic_link_in_sources_is_never_read_nor_published()
    {
        var dir = Mini();
        var secret = Secret("RUNNER_SECRET_TOKEN");
        File.CreateSymbolicLink(Path.Combine(dir, "sources", "env.txt"), secret);
        PinTo(dir, "../sources/env.txt", secret); // the attacker pins the hash of what the link points at

        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN308");
        Assert.Contains("symbolic link", d.Message);
        var (code, stdout, err) = Cli("validate", dir);
        Assert.Equal(1, code);
        Assert.DoesNotContain("RUNNER_SECRET_TOKEN", stdout + err);
        Assert.DoesNotContain("RUNNER_SECRET_TOKEN", ReportText(dir));
        var (_, json, _) = Cli("export", dir, "--format", "json");
        Assert.DoesNotContain("RUNNER_SECRET_TOKEN", json);
    }

    [Fact]
    public void A_linked_sources_folder_is_refused_too()
    {
        var dir = Mini();
        var elsewhere = Repo.CopyToTemp(Path.Combine(dir, "sources"));
        Directory.Delete(Path.Combine(dir, "sources"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(dir, "sources"), elsewhere);
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN308" && x.Message.Contains("'sources' is a symbolic link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_file_that_is_a_link_is_refused_unread()
    {
        var dir = Mini();
        var secret = Secret("LINKED_YAML_SECRET");
        File.CreateSymbolicLink(Path.Combine(dir, "demo-plan", "stolen.yaml"), secret);
        var all = Validation.Run(dir);
        var d = Assert.Single(all, x => x.File.EndsWith("stolen.yaml", StringComparison.Ordinal));
        Assert.Equal("PLAN308", d.Code);
        Assert.DoesNotContain(all, x => x.Message.Contains("LINKED_YAML_SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_over_the_size_limit_is_PLAN003_and_is_not_read()
    {
        var dir = Mini();
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(dir));
        var limits = new ReaderLimits { MaxSourceBytes = 64 };
        var found = CorpusValidator.Validate(files, new ValidationOptions { Sources = new SourceResolver(limits: limits), Limits = limits });
        Assert.Contains(found, x => x.Code == "PLAN003" && x.Message.Contains("larger than the limit of 64 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_device_or_endless_file_is_read_only_up_to_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix machine: nothing to probe
        }

        // Called directly: the path rules already refuse /dev/zero, this is the second line of defence.
        Assert.Null(FileSystemLinks.ReadBounded("/dev/zero", 1 << 20));
    }

    [Fact]
    public void Joining_one_long_line_hundreds_of_times_is_a_located_PLAN003_in_bounded_memory()
    {
        var dir = Mini();
        // A 4-million-character line in a source the attacker pins, cited 300 times by one cell.
        Validation.ReplaceInSource(dir, "demo.txt", "demo-plan", "\t3.9\n", "\t3.9" + new string('x', 4_000_000) + "\n");
        var lines = string.Join(", ", Enumerable.Repeat("15", 300));
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var at = Validation.Replace(file, "y2020: {raw: \"3.9\", line: 15}", "y2020: {raw: \"3.9\", lines: [" + lines + "]}");
        var found = Validation.Run(dir);
        var d = Assert.Single(found, x => x.Code == "PLAN003");
        Assert.Equal(at, d.Line);
        Assert.Contains("300 lines joined in one citation; the limit is 64", d.Message);
        // The rules that read around a value (PLAN504/505) read only what the citation check read: no second,
        // unbounded join that would end in an internal error (PLAN005).
        Assert.DoesNotContain(found, x => x.Code == "PLAN005");

        var fewer = string.Join(", ", Enumerable.Repeat("15", 40));
        Validation.Replace(file, "lines: [" + lines + "]", "lines: [" + fewer + "]");
        found = Validation.Run(dir);
        Assert.Contains(found, x => x.Code == "PLAN003" && x.Line == at && x.Message.Contains("the limit for one citation is", StringComparison.Ordinal));
        Assert.DoesNotContain(found, x => x.Code == "PLAN005");
    }

    [Fact]
    public void Citing_a_long_line_many_times_exhausts_the_files_budget_once()
    {
        var dir = Mini();
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(dir));
        var limits = new ReaderLimits { MaxCitedCharsPerFile = 20 };
        var found = CorpusValidator.Validate(files, new ValidationOptions { Sources = new SourceResolver(limits: limits), Limits = limits });
        var budget = found.Where(x => x.Code == "PLAN003").ToList();
        Assert.True(budget.Count > 0, string.Join("\n", found.Select(x => x.ToCanonicalString())));
        Assert.Equal(budget.Count, budget.Select(x => x.File).Distinct().Count()); // one finding per file, then silence
        Assert.All(budget, x => Assert.Contains("the limit per file is 20", x.Message));
    }

    [Fact]
    public void A_source_that_fails_its_hash_is_never_rendered_in_the_report()
    {
        var dir = Mini();
        // The cited line now prints something else; the pin is left as it was.
        var src = Path.Combine(dir, "sources", "demo.txt");
        File.WriteAllText(src, File.ReadAllText(src).Replace("地区生产总值增长（%）", "UNVERIFIED_TEXT地区生产总值增长（%）", StringComparison.Ordinal));
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN302");
        var html = ReportText(dir);
        Assert.DoesNotContain("UNVERIFIED_TEXT", html);
        Assert.Contains("source not verified", html);
    }

    [Theory]
    [InlineData("\u2028", "U+2028")]
    [InlineData("\u2029", "U+2029")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\r", "U+000D")]
    public void A_line_break_only_the_yaml_parser_sees_is_PLAN004(string breaker, string code)
    {
        // What git and grep show as one comment line hides a key for the parser.
        var text = "kind: units\n# a harmless comment" + breaker + "units: []\n";
        var r = PlanFileReader.Read("hidden.yaml", text);
        var d = Assert.Single(r.Diagnostics, x => x.Code == "PLAN004");
        Assert.Contains(code, d.Message);
        Assert.Equal((2, 21), (d.Line, d.Column));
    }

    [Fact]
    public void Crlf_line_ends_stay_allowed()
    {
        var r = PlanFileReader.Read("crlf.yaml", "kind: units\r\nunits: []\r\n");
        Assert.DoesNotContain(r.Diagnostics, x => x.Code == "PLAN004");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-2.4", "-2.4")]
    [InlineData("+5", "+5")]
    [InlineData("6左右*", "6左右*")]
    [InlineData("", "")]
    public void Csv_cells_that_a_spreadsheet_would_run_are_neutralised(string cell, string written)
    {
        Assert.Equal(written, CsvExporter.Neutralise(cell));
    }

    [Fact]
    public void The_csv_export_neutralises_a_formula_and_the_json_keeps_it_exact()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "note: \"a cumulative bound:", "note: \"=cmd|' /C calc'!A0 a cumulative bound:");
        var (code, csv, err) = Cli("export", dir, "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Contains("\"'=cmd|' /C calc'!A0 a cumulative bound:", csv);
        Assert.DoesNotContain(",\"=cmd", csv);
        var (_, json, _) = Cli("export", dir, "--format", "json");
        Assert.Contains("\"=cmd|' /C calc'!A0 a cumulative bound:", json);
    }

    [Fact]
    public void Cancellation_stops_validation_with_a_located_finding_not_an_exception()
    {
        var dir = Mini();
        using var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(dir));
        var found = CorpusValidator.Validate(files, new ValidationOptions { Sources = new SourceResolver(), Cancellation = cts.Token });
        var d = Assert.Single(found, x => x.Code == "PLAN005");
        Assert.Contains("cancelled", d.Message);
    }

    [Fact]
    public void Each_source_is_read_once_per_session_and_streams_through_the_hash()
    {
        var dir = Mini();
        var resolver = new SourceResolver();
        var a = resolver.Load(Path.Combine(dir, DocumentYaml), "../sources/demo.txt");
        var b = resolver.Load(Path.Combine(dir, "demo-district", "document.yaml"), "../sources/../sources/demo.txt");
        Assert.Same(a, b);
        Assert.Equal("sources/demo.txt", a.CorpusPath);
        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, "sources", "demo.txt")))).ToLowerInvariant();
        Assert.Equal(expected, a.Text!.Sha256);
    }
}

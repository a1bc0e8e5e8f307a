using System.IO;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Diagnostics;
using Xunit;

namespace PlanModel.Tests;

public class ValidatorTests
{
    private static string Mini() => Repo.CopyToTemp(Repo.Fixture("mini"));

    [Fact]
    public void The_fixture_corpus_is_clean()
    {
        var diagnostics = Validation.Run(Mini());
        Assert.DoesNotContain(diagnostics, d => d.Severity >= PlanSeverity.Warning);
    }

    [Fact]
    public void A_number_the_source_does_not_print_fails_on_that_yaml_line()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "{raw: \"52.5\"", "{raw: \"52.6\"");
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN304");
        Assert.Equal(file, d.File);
        Assert.Equal(line, d.Line);
        Assert.Contains("52.6", d.Message);
        Assert.Equal(PlanSeverity.Error, d.Severity);
    }

    [Fact]
    public void A_tampered_source_fails_the_hash_check()
    {
        var dir = Mini();
        File.AppendAllText(Path.Combine(dir, "sources", "demo.txt"), "tampered");
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN302");
        Assert.EndsWith("document.yaml", d.File);
        Assert.Equal(12, d.Line);
    }

    [Fact]
    public void A_missing_source_is_PLAN301()
    {
        var dir = Mini();
        File.Delete(Path.Combine(dir, "sources", "district.txt"));
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN301");
    }

    [Fact]
    public void A_deleted_box_fails_completeness()
    {
        var dir = Mini();
        File.Delete(Path.Combine(dir, "demo-plan", "box-02.yaml"));
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN401");
        Assert.Contains("专栏2", d.Message);
    }

    [Fact]
    public void A_wrong_offset_is_PLAN306()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-plan", "targets.yaml"), "offset: 7", "offset: 9");
        Assert.Single(Validation.Run(dir), x => x.Code == "PLAN306");
    }

    [Fact]
    public void A_quote_that_does_not_contain_the_value_is_PLAN305()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-plan", "targets.yaml"), "raw: 6%左右", "raw: 6%以上");
        Assert.Single(Validation.Run(dir), x => x.Code == "PLAN305");
    }

    [Fact]
    public void A_line_outside_the_document_is_PLAN303()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "line: 21}", "line: 210}");
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN303");
    }

    [Fact]
    public void Sequence_gaps_are_PLAN404()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "seq: {raw: \"2\", line: 19}", "seq: {raw: \"3\", line: 19}");
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN404");
    }

    [Fact]
    public void Unknown_catalogue_ids_and_parents_are_reported()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "indicator: grp-growth", "indicator: gdp-growth");
        Validation.Replace(Path.Combine(dir, "demo-district", "document.yaml"), "parent: demo-14fyp", "parent: nowhere");
        var all = Validation.Run(dir);
        Assert.Contains(all, x => x.Code == "PLAN201");
        Assert.Contains(all, x => x.Code == "PLAN203");
    }

    [Fact]
    public void A_share_above_100_percent_is_PLAN503_on_its_line()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-district", "table-01.yaml");
        var line = Validation.Replace(file, "y2020: {raw: \"50\", line: 15}", "y2020: {raw: \"150\", line: 15}");
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN503");
        Assert.Equal(line, d.Line);
        Assert.Contains("forest-coverage", d.Message);
    }

    [Fact]
    public void A_growth_rate_above_100_percent_is_not_a_share_finding()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "y2020: {raw: \"4.0\", line: 7}", "y2020: {raw: \"140\", line: 7}");
        var all = Validation.Run(dir);
        Assert.Contains(all, x => x.Code == "PLAN304");
        Assert.DoesNotContain(all, x => x.Code == "PLAN503");
    }

    [Fact]
    public void A_row_deleted_from_a_table_leaves_its_lines_unaccounted_PLAN409()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Substring(0, text.IndexOf("  - parent: \"2\"", System.StringComparison.Ordinal)));
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN409");
        Assert.Equal(file, d.File);
        Assert.Contains("4 source line(s) inside this table (lines 5–31)", d.Message);
        Assert.Contains("26 \"#城市森林覆盖率（%）\"", d.Message);
    }

    [Fact]
    public void Lines_listed_as_uncited_with_a_reason_are_accounted_for()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Substring(0, text.IndexOf("  - parent: \"2\"", System.StringComparison.Ordinal)));
        Validation.Replace(file, "lines: [7, 8, 11]", "lines: [7, 8, 11, 26, 27, 28, 29]");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
    }

    [Fact]
    public void An_uncited_entry_needs_a_reason_and_lines()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "  - {lines: [7, 8, 11], reason: \"Header cells 序号, 指标名称, 属性; the year headers are cited under columns.\"}", "  - {lines: [7, 8, 11]}\n  - {reason: \"no line\"}");
        var all = Validation.Run(dir).Where(x => x.File == file && x.Code == "PLAN101").ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal(new[] { line, line + 1 }, all.Select(x => x.Line).OrderBy(x => x).ToArray());
    }

    [Fact]
    public void A_heading_left_out_of_the_outline_is_PLAN410_at_the_outline_file()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "outline.yaml");
        Validation.Replace(file, "  - {id: c2, level: chapter, number: 第二章, title: {zh: 重大项目, en: Major Projects}, line: 33}\n", string.Empty);
        Validation.Replace(Path.Combine(dir, "demo-plan", "box-02.yaml"), "section: c2\n", string.Empty);
        var targets = Path.Combine(dir, "demo-plan", "targets.yaml");
        File.WriteAllText(targets, File.ReadAllText(targets).Replace("    section: c2\n", string.Empty, System.StringComparison.Ordinal));
        var d = Assert.Single(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Assert.Equal("PLAN410", d.Code);
        Assert.Equal(file, d.File);
        Assert.Contains("33 \"第二章  重大项目\"", d.Message);
    }

    [Fact]
    public void A_table_of_contents_range_is_accounted_for()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "outline.yaml");
        Validation.Replace(file, "  - {id: c2, level: chapter, number: 第二章, title: {zh: 重大项目, en: Major Projects}, line: 33}\n", string.Empty);
        Validation.Replace(Path.Combine(dir, "demo-plan", "box-02.yaml"), "section: c2\n", string.Empty);
        var targets = Path.Combine(dir, "demo-plan", "targets.yaml");
        File.WriteAllText(targets, File.ReadAllText(targets).Replace("    section: c2\n", string.Empty, System.StringComparison.Ordinal));
        File.AppendAllText(file, "uncited:\n  - {from: 30, to: 34, reason: \"Stands in for a table of contents.\"}\n");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
    }

    [Fact]
    public void An_item_deleted_from_a_reports_target_list_is_PLAN411()
    {
        // The real Yubei report: its 2021 main expected targets are one printed list on line 3.
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var file = Path.Combine(dir, "yubei-gwr-2021", "targets.yaml");
        var text = Validation.RemoveEntry(file, "  - id: \"industrial-output-growth-2021\"");
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN411");
        Assert.Equal(file, d.File);
        // Reported on the list's first item (the file's header comments move it; no fixed number).
        Assert.Equal(text.Substring(0, text.IndexOf("  - id: \"grp-growth-2021\"", System.StringComparison.Ordinal)).Split('\n').Length, d.Line);
        Assert.Contains("'main-expected' on line 3", d.Message);
        Assert.Contains("规上工业总产值增长7%", d.Message);
    }

    [Fact]
    public void A_list_title_is_cited_or_inferred_with_evidence()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "box-02.yaml");
        var line = Validation.Replace(file, "line: 35\n", "inferred: true\n");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Assert.Equal("PLAN406", d.Code);
        Validation.Replace(file, "inferred: true\n", "inferred: true\nevidence: \"Stands in for a lost title.\"\n");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Validation.Replace(file, "inferred: true\n", string.Empty);
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN307" && x.File == file);
        Assert.True(line > 0);
    }

    [Theory]
    [InlineData("增长", true)]
    [InlineData("下降", false)]
    public void A_negated_reading_is_allowed_only_with_a_decrease_relation(string relation, bool expectPlan501)
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "targets.yaml");
        Validation.Replace(file, "relation: 增长", "relation: " + relation);
        Validation.Replace(file, "    section: c2", "    section: c2\n    interpret: {value: -6}");
        Assert.Equal(expectPlan501, Validation.Run(dir).Any(x => x.Code == "PLAN501"));
    }

    [Fact]
    public void A_missing_cell_must_be_recorded()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "      y2025: {raw: \"7以上\", line: 8}\n", string.Empty);
        Assert.Contains(Validation.Run(dir), x => x.Code == "PLAN403");
    }

    [Fact]
    public void Severities_can_be_raised_or_silenced()
    {
        var dir = Mini();
        Validation.Replace(Path.Combine(dir, "demo-plan", "document.yaml"), "boxes: []", "boxes:\n  - {box: 9, status: pending, title: {zh: 不存在, en: Missing}, reason: later}");
        var files = PlanModel.Yaml.Corpus.CorpusLoader.ReadAll(PlanModel.Yaml.Corpus.CorpusLoader.FindFiles(dir));
        var raised = PlanModel.Yaml.Validation.CorpusValidator.Validate(files, new PlanModel.Yaml.Validation.ValidationOptions
        {
            Sources = new PlanModel.Yaml.Sources.SourceResolver(),
            Severities = PlanModel.Yaml.Validation.ValidationOptions.ParseSeverities("PLAN402=error;PLAN408=none"),
        });
        Assert.Contains(raised, x => x.Code == "PLAN402" && x.Severity == PlanSeverity.Error);
        Assert.DoesNotContain(raised, x => x.Code == "PLAN408");
    }

    [Fact]
    public void Output_is_in_the_canonical_msbuild_form()
    {
        var d = new PlanDiagnostic("PLAN304", PlanSeverity.Error, "msg", "a/b.yaml", 12, 7);
        Assert.Equal("a/b.yaml(12,7): error PLAN304: msg", d.ToCanonicalString());
        Assert.Matches(@"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)$", d.ToCanonicalString());
    }

    [Fact]
    public void A_pin_that_differs_only_in_its_last_digit_fails_the_hash_check()
    {
        // The whole sha256 is compared, not a prefix.
        var dir = Mini();
        var doc = Path.Combine(dir, "demo-plan", "document.yaml");
        var text = File.ReadAllText(doc);
        var pin = System.Text.RegularExpressions.Regex.Match(text, "sha256: ([0-9a-f]{64})").Groups[1].Value;
        var last = pin[63] == '0' ? '1' : '0';
        Validation.Replace(doc, pin, pin.Substring(0, 63) + last);
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN302");
        Assert.Equal(12, d.Line);
    }
}

using System.IO;
using System.Linq;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using Xunit;

namespace PlanModel.Tests;

/// <summary>PLAN504 (relation words), PLAN505 (strictly as printed) and PLAN506 (status table) on the fixture and the real corpus.</summary>
public class ReadingRuleTests
{
    private static string Mini() => Repo.CopyToTemp(Repo.Fixture("mini"));

    private static string Real() => Repo.CopyToTemp(Repo.Corpus);

    [Fact]
    public void The_real_corpus_has_no_reading_findings()
    {
        var findings = Validation.Run(Repo.Corpus).Where(d => d.Code is "PLAN504" or "PLAN505" or "PLAN506").Select(d => d.ToCanonicalString()).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(20)));
    }

    // The three editor cases: each validated with 0 errors before PLAN505 while its reading changed.
    [Fact]
    public void A_cumulative_cell_written_without_its_brackets_is_PLAN505()
    {
        var dir = Real();
        var file = Path.Combine(dir, "cq-14fyp", "table-01-review.yaml");
        var line = Validation.Replace(file, "target2020: {raw: \"【500】\", line: 257}", "target2020: {raw: \"500\", line: 257}");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN505", d.Code);
        Assert.Equal(line, d.Line);
        Assert.Contains("\"【500】\"", d.Message);
    }

    [Theory]
    [InlineData("6左右")]
    [InlineData("6")]
    public void A_cell_written_without_its_qualifier_or_marker_is_PLAN505(string written)
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "{raw: \"6左右*\", line: 16}", "{raw: \"" + written + "\", line: 16}");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN505", d.Code);
        Assert.Equal(line, d.Line);
        Assert.Contains("\"6左右*\"", d.Message);
    }

    [Fact]
    public void A_target_written_without_its_qualifier_is_PLAN505()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "targets.yaml");
        Validation.Replace(file, "raw: 6%左右", "raw: 6%");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN505", d.Code);
        Assert.Contains("drops '左右'", d.Message);
    }

    [Fact]
    public void A_real_target_written_without_its_qualifier_is_PLAN505()
    {
        var dir = Real();
        var file = Path.Combine(dir, "fengdu-gwr-2021", "targets.yaml");
        Validation.Replace(file, "raw: \"7%左右\"\n  unit: percent\n  relation: \"保持在\"", "raw: \"7%\"\n  unit: percent\n  relation: \"保持在\"");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN505", d.Code);
        Assert.Contains("fyp-grp-growth", d.Message);
    }

    [Fact]
    public void A_relation_word_left_outside_raw_is_PLAN504_with_the_printed_fix()
    {
        var dir = Real();
        var file = Path.Combine(dir, "dianjiang-gwr-2021", "targets.yaml");
        Validation.Replace(file, "raw: \"突破9000美元\"", "raw: \"9000美元\"");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN504", d.Code);
        Assert.Contains("'突破' before it", d.Message);
        Assert.Contains("reads more-than, but the value reads exact", d.Message);
        Assert.Contains("raw: \"突破9000美元\"", d.Message);
    }

    [Fact]
    public void An_explicit_reading_that_agrees_with_the_word_is_accepted()
    {
        var dir = Real();
        var file = Path.Combine(dir, "dianjiang-gwr-2021", "targets.yaml");
        Validation.Replace(file, "raw: \"突破9000美元\"", "raw: \"9000美元\"\n    interpret: {qualifier: more-than}");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
    }

    [Fact]
    public void Striving_for_a_figure_is_part_of_its_reading()
    {
        var dir = Real();
        var file = Path.Combine(dir, "jiulongpo-14fyp", "targets.yaml");
        Validation.Replace(file, "raw: \"力争达到35万户\"", "raw: \"35万户\"");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN504", d.Code);
        Assert.Contains("aspiration", d.Message);
    }

    [Fact]
    public void A_qualifier_printed_once_after_a_list_applies_to_every_value_of_it()
    {
        var dir = Real();
        var file = Path.Combine(dir, "hechuan-gwr-2021", "targets.yaml");
        Validation.Replace(file, "    interpret: {qualifier: \"approximately\"}\n", string.Empty);
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN504", d.Code);
        Assert.Contains("'左右' once after its list", d.Message);
        Assert.Contains("interpret.qualifier: approximately", d.Message);
    }

    [Fact]
    public void A_word_printed_before_the_number_in_the_fixture_must_be_read()
    {
        var dir = Mini();
        // The fixture's forest-coverage target reads 达到57%; the source is changed to print 超过 instead.
        Validation.ReplaceInSource(dir, "demo.txt", "demo-plan", "森林覆盖率达到57%", "森林覆盖率超过57%");
        Validation.Replace(Path.Combine(dir, "demo-plan", "targets.yaml"), "quote: 森林覆盖率达到57%", "quote: 森林覆盖率超过57%");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN504", d.Code);

        Validation.Replace(Path.Combine(dir, "demo-plan", "targets.yaml"), "    raw: 57%", "    raw: 超过57%");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
    }

    [Fact]
    public void A_doubling_without_growth_or_base_year_is_PLAN504()
    {
        var dir = Real();
        var file = Path.Combine(dir, "yunyang-gwr-2021", "targets.yaml");
        Validation.Replace(file, "    relation: \"翻两番\"\n    measure: \"growth\"\n    horizon: {year: 2035}\n    baseYear: 2020\n", "    relation: \"翻两番\"\n    measure: \"level\"\n    horizon: {year: 2035}\n");
        var findings = Validation.Run(dir).Where(x => x.Severity == PlanSeverity.Error).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, x => Assert.Equal("PLAN504", x.Code));
        Assert.Contains(findings, x => x.Message.Contains("write measure: growth"));
        Assert.Contains(findings, x => x.Message.Contains("write baseYear"));
    }

    [Fact]
    public void Doubling_reads_as_growth_by_a_factor_over_a_base_year_everywhere()
    {
        var corpus = CorpusBuild.Of(CorpusSession.Open(Repo.Corpus)).Corpus;
        var doublings = corpus.Documents.SelectMany(d => d.Targets).Where(t => t.Value.Raw is string r && RelationWords.Multiples.Any(m => r.StartsWith(m.Text, System.StringComparison.Ordinal))).ToList();
        Assert.True(doublings.Count >= 10, "doubling targets: " + doublings.Count);
        Assert.All(doublings, t =>
        {
            Assert.Equal(ValueMeasure.Growth, t.Measure);
            Assert.Equal("times", t.Value.UnitId);
            Assert.NotNull(t.BaseYear);
            Assert.True(t.Value.Value is 2m or 4m, t.Id);
        });
    }

    [Fact]
    public void A_status_code_that_disagrees_with_the_table_is_PLAN506_and_a_left_out_code_is_derived()
    {
        var dir = Mini();
        var file = Path.Combine(dir, "demo-plan", "box-02.yaml");
        var line = Validation.Replace(file, "{raw: 新开工, code: new}", "{raw: 新开工, code: under-construction}");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        Assert.Equal("PLAN506", d.Code);
        Assert.Equal(line, d.Line);
        Assert.Contains("reads new by the status table (row '新开工')", d.Message);

        Validation.Replace(file, "{raw: 新开工, code: under-construction}", "{raw: 新开工}");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity == PlanSeverity.Error);
        var corpus = CorpusBuild.Of(CorpusSession.Open(dir)).Corpus;
        var item = corpus.Documents.SelectMany(x => x.ProjectLists).SelectMany(l => l.AllItems).Single(i => i.StatusRaw == "新开工");
        Assert.Equal(ProjectStatusCode.New, item.Status);
    }

    [Fact]
    public void The_same_status_verb_has_one_code_across_the_corpus()
    {
        var corpus = CorpusBuild.Of(CorpusSession.Open(Repo.Corpus)).Corpus;
        var items = corpus.Documents.SelectMany(x => x.ProjectLists).SelectMany(l => l.AllItems).Where(i => i.StatusRaw is not null).ToList();
        var split = items.GroupBy(i => i.StatusRaw!).Where(g => g.Select(i => i.Status).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(split.Count == 0, string.Join(", ", split));
        Assert.Contains(items, i => i.StatusRaw == "建设");
    }
}

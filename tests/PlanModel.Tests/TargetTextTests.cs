using System.IO;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Diagnostics;
using Xunit;

namespace PlanModel.Tests;

/// <summary>PLAN412/413: every number of the declared target-setting prose is a target's or listed as not one.</summary>
public class TargetTextTests
{
    private const string ForestTarget = "  - id: forest-coverage-2025\n";
    private const string Declaration = "  - {line: 39, quote: \"到2025年，\", offset: 0, note: \"The 2025 goals of chapter 2: every number after the lead-in is a target.\"}\n";

    private static string Mini() => Repo.CopyToTemp(Repo.Fixture("mini"));

    private static string Targets(string dir) => Path.Combine(dir, "demo-plan", "targets.yaml");

    /// <summary>Deletes the fixture's forest-coverage target (the second number of the sentence on line 39).</summary>
    private static void DeleteForestTarget(string file)
    {
        var text = File.ReadAllText(file);
        var start = text.IndexOf(ForestTarget, System.StringComparison.Ordinal);
        var end = text.IndexOf("targetText:", start, System.StringComparison.Ordinal);
        File.WriteAllText(file, text.Remove(start, end - start));
    }

    private static void RemoveAll(string file, string what) => File.WriteAllText(file, File.ReadAllText(file).Replace(what, string.Empty, System.StringComparison.Ordinal));

    [Fact]
    public void A_target_deleted_from_a_declared_sentence_is_PLAN412_at_the_declaration()
    {
        var dir = Mini();
        var file = Targets(dir);
        DeleteForestTarget(file);
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.StartsWith("  - {line: 39, quote:", System.StringComparison.Ordinal)) + 1;
        var d = Assert.Single(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Assert.Equal("PLAN412", d.Code);
        Assert.Equal(PlanSeverity.Error, d.Severity);
        Assert.Equal(file, d.File);
        Assert.Equal(line, d.Line);
        Assert.Contains("the sentence after \"到2025年，\" on line 39", d.Message);
        Assert.Contains("39 \"左右，森林覆盖率达到57%。\" (offset 29)", d.Message);
    }

    [Fact]
    public void Without_a_declaration_the_prose_is_not_checked()
    {
        var dir = Mini();
        var file = Targets(dir);
        DeleteForestTarget(file);
        RemoveAll(file, Declaration);
        Assert.DoesNotContain(Validation.Run(dir), x => x.Code == "PLAN412");
    }

    [Fact]
    public void A_number_listed_as_untargeted_with_its_reason_is_accounted_for()
    {
        var dir = Mini();
        var file = Targets(dir);
        DeleteForestTarget(file);
        File.AppendAllText(file, "untargeted:\n  - {line: 39, printed: \"57\", offset: 29, reason: \"Test: listed as not a target.\"}\n");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
    }

    [Fact]
    public void An_untargeted_entry_that_excuses_nothing_is_PLAN413()
    {
        var dir = Mini();
        var file = Targets(dir);
        var line = File.ReadAllLines(file).Length + 2;
        File.AppendAllText(file, "untargeted:\n  - {line: 39, printed: \"6\", offset: 17, reason: \"Inside the GRP target's quote.\"}\n  - {line: 39, printed: \"2025\", offset: 1, reason: \"In the lead-in, outside the sentence.\"}\n");
        var all = Validation.Run(dir).Where(x => x.Severity >= PlanSeverity.Warning).ToList();
        Assert.All(all, x => Assert.Equal("PLAN413", x.Code));
        Assert.Equal(new[] { line, line + 1 }, all.Select(x => x.Line).ToArray());
        Assert.Contains("a target's quote", all[0].Message);
        Assert.Contains("outside every declared 'targetText'", all[1].Message);
    }

    [Fact]
    public void An_untargeted_entry_is_checked_at_its_offset()
    {
        var dir = Mini();
        var file = Targets(dir);
        DeleteForestTarget(file);
        File.AppendAllText(file, "untargeted:\n  - {line: 39, printed: \"57\", offset: 30, reason: \"Wrong offset.\"}\n");
        var all = Validation.Run(dir);
        Assert.Contains(all, x => x.Code == "PLAN306");
        Assert.Contains(all, x => x.Code == "PLAN412");
    }

    [Fact]
    public void A_sentence_ends_at_its_full_stop_and_a_whole_line_does_not()
    {
        var dir = Mini();
        Validation.ReplaceInSource(dir, "demo.txt", "demo-plan", "森林覆盖率达到57%。", "森林覆盖率达到57%。另建成8个公园。");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);

        Validation.Replace(Targets(dir), Declaration, "  - {line: 39}\n");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Assert.Equal("PLAN412", d.Code);
        Assert.Contains("(line 39): 2 number(s)", d.Message);
        Assert.Contains("(offset 1)", d.Message);  // the lead-in's year: a whole line has no lead-in
        Assert.Contains("(offset 36)", d.Message); // 8个公园, after the sentence's 。
    }

    [Fact]
    public void A_section_declaration_covers_the_body_but_not_its_box_or_heading()
    {
        // Chapter c2 (lines 33–39) holds box 2 (专栏2 on line 35, cited by box-02.yaml) and the sentence on line 39;
        // a whole-body declaration takes in the lead-in's year, which is listed as not a target.
        var dir = Mini();
        var file = Targets(dir);
        Validation.Replace(file, Declaration, "  - {section: c2}\n");
        File.AppendAllText(file, "untargeted:\n  - {line: 39, printed: \"2025\", offset: 1, reason: \"The horizon year of the goals that follow.\"}\n");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);

        DeleteForestTarget(file);
        var d = Assert.Single(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Assert.Equal("PLAN412", d.Code);
        Assert.Contains("(section 'c2'): 1 number(s)", d.Message);
        Assert.Contains("(offset 29)", d.Message);
    }

    [Fact]
    public void A_section_whose_heading_sits_inside_a_line_is_cut_at_the_headings()
    {
        // A work report is printed as one line with its headings at offsets: chapter c3 starts inside line 39 (offset 33), so
        // c2's body stops at c3's heading and c3's body starts there.
        var dir = Mini();
        var file = Targets(dir);
        Validation.ReplaceInSource(dir, "demo.txt", "demo-plan", "森林覆盖率达到57%。", "森林覆盖率达到57%。第三章 保障 另建成8个公园。");
        var outline = Path.Combine(dir, "demo-plan", "outline.yaml");
        File.AppendAllText(outline, "  - {id: c3, level: chapter, number: 第三章, title: {zh: 保障, en: Safeguards}, line: 39, quote: \"第三章 保障\", offset: 33}\n");
        Validation.Replace(file, Declaration, "  - {section: c2}\n");
        File.AppendAllText(file, "untargeted:\n  - {line: 39, printed: \"2025\", offset: 1, reason: \"The horizon year of the goals that follow.\"}\n");
        Assert.DoesNotContain(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);

        Validation.Replace(file, "  - {section: c2}\n", "  - {section: c2}\n  - {section: c3}\n");
        var d = Assert.Single(Validation.Run(dir), x => x.Severity >= PlanSeverity.Warning);
        Assert.Equal("PLAN412", d.Code);
        Assert.Contains("(section 'c3'): 1 number(s)", d.Message);
        Assert.Contains("(offset 43)", d.Message);
    }

    [Fact]
    public void Malformed_declarations_are_reported_where_they_are()
    {
        var dir = Mini();
        var file = Targets(dir);
        var line = Validation.Replace(file, Declaration, "  - {section: c9}\n  - {section: c2, line: 39}\n  - {line: 39, quote: \"到2026年，\"}\n  - {note: \"nothing\"}\n");
        File.AppendAllText(file, "untargeted:\n  - {line: 39, printed: \"57\", offset: 29}\n");
        var all = Validation.Run(dir).Where(x => x.File == file && x.Severity >= PlanSeverity.Warning).ToList();
        Assert.Contains(all, x => x.Code == "PLAN204" && x.Line == line && x.Message.Contains("'c9'"));
        Assert.Contains(all, x => x.Code == "PLAN104" && x.Line == line + 1);
        Assert.Contains(all, x => x.Code == "PLAN304" && x.Line == line + 2);
        Assert.Contains(all, x => x.Code == "PLAN101" && x.Line == line + 3);
        Assert.Contains(all, x => x.Code == "PLAN101" && x.Message.Contains("'reason'"));
    }

    [Fact]
    public void A_target_deleted_from_the_real_main_objectives_is_PLAN412_located()
    {
        // The real Chongqing outline: its main objectives (第三节, p1-c2-s3) are declared target text.
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var file = Path.Combine(dir, "cq-14fyp", "targets.yaml");
        Validation.RemoveEntry(file, "  - id: grp-growth-2021-2025\n");
        var declaration = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("{section: p1-c2-s3", System.StringComparison.Ordinal)) + 1;
        var d = Assert.Single(Validation.Run(dir), x => x.Code == "PLAN412");
        Assert.Equal(file, d.File);
        Assert.Equal(declaration, d.Line);
        Assert.Contains("section 'p1-c2-s3'", d.Message);
        Assert.Contains("355 \"", d.Message);
        Assert.Contains("年均增长6%左右", d.Message);
    }
}

using System.IO;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Validation;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// Messages that teach (docs/rules.md): each names the element it is about, says what the source prints, suggests
/// the key meant and names the first use. Each test breaks a copy of the mini corpus and asserts the one located
/// message an editor reads.
/// </summary>
public class MessageTests
{
    private static string Mini() => Repo.CopyToTemp(Repo.Fixture("mini"));

    /// <summary>A copy of the mini corpus with the first <paramref name="from"/> of demo-plan/<paramref name="file"/>
    /// replaced: the folder, the file's path and the line of the edit.</summary>
    private static (string Dir, string File, int Line) Break(string file, string from, string to)
    {
        var dir = Mini();
        var path = Path.Combine(dir, "demo-plan", file);
        return (dir, path, Validation.Replace(path, from, to));
    }

    private static int LineOf(string file, string text) => File.ReadAllLines(file).ToList().IndexOf(text) + 1;

    private static string Only(string dir, string code)
    {
        var all = Validation.Run(dir);
        return Assert.Single(all, d => d.Code == code).ToCanonicalString();
    }

    [Fact]
    public void PLAN304_shows_what_the_cited_line_prints()
    {
        var (dir, file, line) = Break("table-01.yaml", "{raw: \"52.5\", line: 21}", "{raw: \"52.6\", line: 21}");
        Assert.Equal(
            $"{file}({line},14): error PLAN304: value 'y2020' of row '森林覆盖率（%）': \"52.6\" is not printed on line 21, which prints \"52.5\"",
            Only(dir, "PLAN304"));
    }

    [Fact]
    public void PLAN304_names_the_line_that_does_print_the_text()
    {
        var (dir, file, line) = Break("table-01.yaml", "{raw: \"52.5\", line: 21}", "{raw: \"52.5\", line: 22}");
        Assert.Equal(
            $"{file}({line},14): error PLAN304: value 'y2020' of row '森林覆盖率（%）': \"52.5\" is not printed on line 22, which prints \"≥57\"; it is found on line 21",
            Only(dir, "PLAN304"));
    }

    [Fact]
    public void PLAN304_on_a_quote_shows_the_cited_line()
    {
        var (dir, file, _) = Break("targets.yaml", "quote: 森林覆盖率达到57%", "quote: 森林覆盖率达到75%");
        var target = LineOf(file, "  - id: forest-coverage-2025");
        Assert.Equal(
            $"{file}({target},5): error PLAN304: target 'forest-coverage-2025': quote \"森林覆盖率达到75%\" is not on line 39, which prints \"到2025年，地区生产总值年均增长6%左右，森林覆盖率达到57%。\"",
            Only(dir, "PLAN304"));
    }

    [Fact]
    public void A_misspelt_key_is_the_one_error_and_suggests_the_key_meant()
    {
        var (dir, file, line) = Break("table-01.yaml", "    attribute: {raw: 预期性", "    atribute: {raw: 预期性");
        var all = Validation.Run(dir);
        var d = Assert.Single(all);
        Assert.Equal(
            $"{file}({line},5): error PLAN103: unknown key 'atribute' in row '地区生产总值增长（%）'; did you mean 'attribute'?",
            d.ToCanonicalString());
    }

    [Fact]
    public void A_misspelt_required_key_is_not_also_reported_missing()
    {
        var (dir, file, line) = Break("targets.yaml", "    horizon: {year: 2025}", "    horizn: {year: 2025}");
        var all = Validation.Run(dir);
        Assert.DoesNotContain(all, d => d.Code == "PLAN101");
        Assert.Equal(
            $"{file}({line},5): error PLAN103: unknown key 'horizn' in target 'forest-coverage-2025'; did you mean 'horizon'?",
            Assert.Single(all).ToCanonicalString());
    }

    [Fact]
    public void An_unknown_key_far_from_every_key_gets_no_suggestion()
    {
        var (dir, file, line) = Break("targets.yaml", "    horizon: {year: 2025}", "    horizon: {year: 2025}\n    colour: green");
        Assert.Equal(
            $"{file}({line + 1},5): error PLAN103: unknown key 'colour' in target 'forest-coverage-2025'",
            Only(dir, "PLAN103"));
    }

    [Fact]
    public void PLAN101_names_the_target()
    {
        var (dir, file, _) = Break("targets.yaml", "    horizon: {year: 2025}\n", string.Empty);
        var target = LineOf(file, "  - id: forest-coverage-2025");
        Assert.Equal(
            $"{file}({target},5): error PLAN101: missing required key 'horizon' in target 'forest-coverage-2025'",
            Only(dir, "PLAN101"));
    }

    [Fact]
    public void PLAN205_points_at_the_id_and_names_the_first_use()
    {
        var (dir, file, line) = Break("targets.yaml", "  - id: forest-coverage-2025", "  - id: grp-growth-2025");
        Assert.Equal(
            $"{file}({line},9): error PLAN205: target id 'grp-growth-2025' is used twice; first at {file}:4",
            Only(dir, "PLAN205"));
    }

    [Fact]
    public void PLAN205_on_a_part_file_points_at_its_id_not_its_kind()
    {
        var dir = Mini();
        var box = Path.Combine(dir, "demo-plan", "box-02.yaml");
        var table = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(box, "id: box-02", "id: main-indicators");
        Assert.Equal(
            $"{box}({line},5): error PLAN205: id 'main-indicators' is already used at {table}:3",
            Only(dir, "PLAN205"));
    }

    [Fact]
    public void A_long_line_is_shown_around_the_closest_match()
    {
        var line = new string('甲', 50) + "森林覆盖率达到57%" + new string('乙', 50);
        // 40 characters centred on the longest shared piece, "森林覆盖率达到".
        Assert.Equal("…" + new string('甲', 17) + "森林覆盖率达到57%" + new string('乙', 13) + "…", QuoteLocator.Excerpt(line, "森林覆盖率达到75%"));
        Assert.Equal(new[] { 2 }, QuoteLocator.LinesWith(SourceOf("一\n森林\n三"), "森林"));
    }

    private static SourceText SourceOf(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}

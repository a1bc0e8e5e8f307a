using System.Linq;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Diagnostics;
using Xunit;

namespace PlanModel.Tests;

public class YamlReaderTests
{
    private static PlanDiagnostic Single(string yaml, string code)
    {
        var result = PlanFileReader.Read("x.yaml", yaml);
        var hits = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(hits.Count > 0, $"expected {code}, got: {string.Join("; ", result.Diagnostics)}");
        return hits[0];
    }

    [Fact]
    public void Syntax_errors_are_located()
    {
        var d = Single("kind: units\nunits:\n  - {id: a, symbol: b\n", "PLAN001");
        Assert.Equal("x.yaml", d.File);
        Assert.True(d.Line >= 3);
    }

    [Fact]
    public void Aliases_and_anchors_are_rejected_so_alias_bombs_cannot_expand()
    {
        var bomb = "kind: units\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        var d = Single(bomb, "PLAN002");
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Duplicate_keys_are_rejected_at_the_second_key()
    {
        var d = Single("kind: units\nunits: []\nunits: []\n", "PLAN002");
        Assert.Equal(3, d.Line);
        Assert.Equal(1, d.Column);
        Assert.Contains("duplicate key 'units'", d.Message);
    }

    [Fact]
    public void Tags_are_rejected()
    {
        Single("kind: !!python/object units\n", "PLAN002");
    }

    [Theory]
    [InlineData('\u202E', "202E")]
    [InlineData('\u2066', "2066")]
    [InlineData('\u200B', "200B")]
    [InlineData('\uFFFD', "FFFD")]
    public void Invisible_and_bidi_characters_are_rejected_naming_the_code_point(char c, string hex)
    {
        var d = Single("kind: units\nunits:\n  - {id: a" + c + "b, symbol: x, name: {zh: 元, en: yuan}}\n", "PLAN004");
        Assert.Equal(3, d.Line);
        Assert.Equal(11, d.Column);
        Assert.Contains("U+" + hex, d.Message);
    }

    [Fact]
    public void Chinese_fullwidth_and_nbsp_pass()
    {
        var r = PlanFileReader.Read("x.yaml", "kind: units\nunits:\n  - {id: a, symbol: \"＜　\u00A0∶【】\", name: {zh: 重庆市, en: x}}\n");
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Deep_nesting_hits_the_depth_limit()
    {
        var deep = "kind: units\nunits: " + new string('[', 200) + new string(']', 200) + "\n";
        Single(deep, "PLAN003");
    }

    [Fact]
    public void Huge_scalars_hit_the_scalar_limit()
    {
        Single("kind: units\nx: \"" + new string('a', 70_000) + "\"\n", "PLAN003");
    }

    [Fact]
    public void Unknown_keys_are_reported_at_the_key()
    {
        var d = Single("kind: units\nunits:\n  - {id: a, symbl: x, symbol: y, name: {zh: 元, en: yuan}}\n", "PLAN103");
        Assert.Equal(3, d.Line);
        Assert.Equal(13, d.Column);
    }

    [Fact]
    public void Missing_english_is_PLAN405()
    {
        Single("kind: units\nunits:\n  - {id: a, symbol: y, name: {zh: 元}}\n", "PLAN405");
    }

    [Fact]
    public void A_value_without_a_line_is_uncited()
    {
        var yaml = "kind: targets\ndocument: d\ntargets:\n  - id: t\n    subject: {zh: 甲, en: A}\n    raw: \"5\"\n    horizon: {year: 2025}\n    role: target\n";
        Single(yaml, "PLAN307");
    }

    [Fact]
    public void Unknown_kind_is_reported()
    {
        Single("kind: tabel\n", "PLAN106");
    }

    [Fact]
    public void Reading_never_throws_on_garbage()
    {
        var random = new System.Random(42);
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(1, 0x3000);
            }

            var result = PlanFileReader.Read("g.yaml", new string(chars));
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
        }
    }

    [Fact]
    public void Escaped_invisible_characters_are_rejected_too()
    {
        var d = Single("kind: units\nunits:\n  - {id: a, symbol: x, name: {zh: 元, en: \"Main\\u202eIndicators\"}}\n", "PLAN004");
        Assert.Equal(3, d.Line);
        Assert.Contains("U+202E", d.Message);
    }

    [Fact]
    public void An_empty_value_cell_is_an_error_not_a_silent_loss()
    {
        var yaml = "kind: table\ndocument: d\nid: t\ntitle: {zh: 表, en: T}\ncolumns:\n  - {key: y, header: {zh: y, en: y}, role: target}\nrows:\n  - seq: {raw: \"1\", line: 1}\n    printed: 甲\n    line: 1\n    name: {zh: 甲, en: A}\n    values:\n      y:\n";
        var d = Single(yaml, "PLAN101");
        Assert.Contains("is empty", d.Message);
    }

    [Fact]
    public void An_empty_source_file_cannot_switch_provenance_off()
    {
        var yaml = "kind: document\nid: d\ntype: five-year-plan\ntitle: {zh: 甲, en: A}\nregion: {code: \"500000\", level: municipality, name: {zh: 市, en: City}}\nperiod: {start: 2021, end: 2025}\nsource: {file: \"\", sha256: \"\", line: 1, endLine: 2}\n";
        var result = PlanFileReader.Read("x.yaml", yaml);
        Assert.Equal(2, result.Diagnostics.Count(x => x.Code == "PLAN101" && x.Message.Contains("must not be empty")));
    }
}

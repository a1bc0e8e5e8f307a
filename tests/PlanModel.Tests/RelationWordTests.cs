using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The one table of relation words (and of status verbs): every word reads as its row, and the docs print the same table.</summary>
public class RelationWordTests
{
    /// <summary>One printed example per word of <see cref="RelationWords.All"/>: word, raw, qualifier, number, aspiration.</summary>
    public static readonly TheoryData<string, string, ValueQualifier, string, bool> Examples = new()
    {
        { "不低于", "不低于55%", ValueQualifier.AtLeast, "55", false },
        { "不少于", "不少于10家", ValueQualifier.AtLeast, "10", false },
        { "不超过", "不超过3%", ValueQualifier.AtMost, "3", false },
        { "不高于", "不高于 35ug/m3", ValueQualifier.AtMost, "35", false },
        { "控制在", "控制在4.5%", ValueQualifier.AtMost, "4.5", false },
        { "超过", "超过 60%", ValueQualifier.MoreThan, "60", false },
        { "突破", "突破9000美元", ValueQualifier.MoreThan, "9000", false },
        { "高于", "高于7%", ValueQualifier.MoreThan, "7", false },
        { "大于", "大于1", ValueQualifier.MoreThan, "1", false },
        { "低于", "低于5.5%", ValueQualifier.LessThan, "5.5", false },
        { "少于", "少于3天", ValueQualifier.LessThan, "3", false },
        { "小于", "小于0.5", ValueQualifier.LessThan, "0.5", false },
        { "接近", "接近8.5万人", ValueQualifier.Approximately, "8.5", false },
        { "达到", "达到35%", ValueQualifier.Exact, "35", false },
        { "逾", "逾200亿元", ValueQualifier.MoreThan, "200", false },
        { "超", "超80%", ValueQualifier.MoreThan, "80", false },
        { "约", "约3万人", ValueQualifier.Approximately, "3", false },
        { "近", "近3500亿元", ValueQualifier.Approximately, "3500", false },
        { ">=", ">=90", ValueQualifier.AtLeast, "90", false },
        { "<=", "<=10", ValueQualifier.AtMost, "10", false },
        { "≥", "≥88", ValueQualifier.AtLeast, "88", false },
        { "≤", "≤35", ValueQualifier.AtMost, "35", false },
        { "＞", "＞【500】", ValueQualifier.MoreThan, "500", false },
        { ">", ">6.5", ValueQualifier.MoreThan, "6.5", false },
        { "＜", "＜5.5", ValueQualifier.LessThan, "5.5", false },
        { "<", "<5.5", ValueQualifier.LessThan, "5.5", false },
        { "力争", "力争达到35万户", ValueQualifier.Exact, "35", true },
        { "及以上", "3级及以上", ValueQualifier.AtLeast, "3", false },
        { "以上", "6%以上", ValueQualifier.AtLeast, "6", false },
        { "左右", "7%左右", ValueQualifier.Approximately, "7", false },
        { "以内", "3.2%以内", ValueQualifier.AtMost, "3.2", false },
        { "以下", "10%以下", ValueQualifier.AtMost, "10", false },
        { "内", "5.5%内", ValueQualifier.AtMost, "5.5", false },
        { "余", "200余公里", ValueQualifier.MoreThan, "200", false },
        { "多", "300多个", ValueQualifier.MoreThan, "300", false },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_relation_word_reads_as_its_row(string word, string raw, ValueQualifier qualifier, string number, bool aspiration)
    {
        var row = Assert.Single(RelationWords.All, w => w.Text == word);
        var p = PlanValueParser.Parse(raw);
        Assert.Equal(qualifier, p.Qualifier);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), p.Value);
        Assert.Equal(aspiration, p.Aspiration);
        if (row.Qualifier is ValueQualifier q)
        {
            Assert.Equal(q, p.Qualifier);
        }
    }

    [Fact]
    public void Every_word_of_the_table_has_an_example()
    {
        var covered = Examples.Select(e => (string)e[0]).ToHashSet();
        Assert.Equal(RelationWords.All.Select(w => w.Text).OrderBy(w => w, System.StringComparer.Ordinal), covered.OrderBy(w => w, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("力争超过5%", ValueQualifier.MoreThan, "5")]
    [InlineData("力争5%以上", ValueQualifier.AtLeast, "5")]
    public void Aspiration_lets_the_next_word_read(string raw, ValueQualifier qualifier, string number)
    {
        var p = PlanValueParser.Parse(raw);
        Assert.True(p.Aspiration);
        Assert.Equal(qualifier, p.Qualifier);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), p.Value);
    }

    [Fact]
    public void A_longer_word_wins_over_the_word_it_ends_with()
    {
        Assert.Equal(ValueQualifier.AtLeast, PlanValueParser.Parse("不低于55%").Qualifier);
        Assert.Equal(ValueQualifier.LessThan, PlanValueParser.Parse("低于55%").Qualifier);
        Assert.Equal("不低于", RelationWords.EndingAt("比例不低于", 5)!.Text);
    }

    [Theory]
    [InlineData("翻番", ValueQualifier.Exact, 2)]
    [InlineData("翻一番", ValueQualifier.Exact, 2)]
    [InlineData("翻一番以上", ValueQualifier.AtLeast, 2)]
    [InlineData("翻了一番", ValueQualifier.Exact, 2)]
    [InlineData("翻两番", ValueQualifier.Exact, 4)]
    [InlineData("翻了两番", ValueQualifier.Exact, 4)]
    [InlineData("增长一倍", ValueQualifier.Exact, 2)]
    [InlineData("新增一倍", ValueQualifier.Exact, 2)]
    public void A_doubling_word_reads_as_the_factor_of_the_base(string raw, ValueQualifier qualifier, int factor)
    {
        var p = PlanValueParser.Parse(raw);
        Assert.Equal(qualifier, p.Qualifier);
        Assert.Equal(factor, p.Value);
        Assert.NotNull(p.Multiple);
        Assert.Contains(RelationWords.Multiples, m => raw.StartsWith(m.Text, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("达到上级要求")]
    [InlineData("达到国家约束性要求")]
    [InlineData("达到市上控制要求")]
    [InlineData("达到市上要求")]
    [InlineData("控制在市下达指标范围内")]
    [InlineData("完成市上下达任务")]
    public void Every_form_of_meeting_the_higher_levels_requirement_is_assigned(string raw)
    {
        Assert.Equal(ValueQualifier.AssignedByHigherLevel, PlanValueParser.Parse(raw).Qualifier);
    }

    [Theory]
    [InlineData("满足水域功能要求")]
    [InlineData("达到相应功能区要求")]
    public void A_standard_that_is_not_a_higher_levels_requirement_stays_qualitative(string raw)
    {
        Assert.Equal(ValueQualifier.Qualitative, PlanValueParser.Parse(raw).Qualifier);
    }

    [Fact]
    public void The_relation_word_table_in_format_md_is_the_code_table()
    {
        var rows = DocTable("relation-words");
        var code = RelationWords.All.Select(w => (w.Text, w.Position == RelationPosition.Before ? "before" : "after", w.Qualifier is ValueQualifier q ? Kebab(q) : "aspiration")).ToList();
        Assert.Equal(code, rows.Select(r => (r[0], r[1], r[2])).ToList());
    }

    [Fact]
    public void The_status_table_in_format_md_is_the_code_table()
    {
        var rows = DocTable("status-verbs");
        var code = StatusVerbs.All.Select((v, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v.Verb, StatusVerbs.Word(v.Code), v.Whole ? "whole phrase" : "contains")).ToList();
        Assert.Equal(code, rows.Select(r => (r[0], r[1], r[2], r[3])).ToList());
    }

    [Theory]
    [InlineData("建设", ProjectStatusCode.UnderConstruction)]
    [InlineData("加快推进…建设", ProjectStatusCode.UnderConstruction)]
    [InlineData("加快推 进", ProjectStatusCode.UnderConstruction)]
    [InlineData("开工建设", ProjectStatusCode.New)]
    [InlineData("规划建设", ProjectStatusCode.New)]
    [InlineData("加快推进…前期工作并及时开工", ProjectStatusCode.Preparatory)]
    [InlineData("开展…研究论证", ProjectStatusCode.Research)]
    [InlineData("研究", ProjectStatusCode.Research)]
    [InlineData("建设…等研究机构", ProjectStatusCode.UnderConstruction)]
    [InlineData("完成…改扩建", ProjectStatusCode.Completed)]
    [InlineData("完成总工程量的15%", ProjectStatusCode.UnderConstruction)]
    [InlineData("完成…工程量的50%", ProjectStatusCode.UnderConstruction)]
    [InlineData("限时完成…征地拆迁", ProjectStatusCode.Preparatory)]
    [InlineData("策划推出", ProjectStatusCode.New)]
    [InlineData("策划包装", ProjectStatusCode.Preparatory)]
    [InlineData("统筹建设", ProjectStatusCode.UnderConstruction)]
    [InlineData("筹建", ProjectStatusCode.Preparatory)]
    [InlineData("完成市级下达目标", ProjectStatusCode.Other)]
    [InlineData("续建或建成", ProjectStatusCode.UnderConstruction)]
    [InlineData("新建或改造", ProjectStatusCode.New)]
    [InlineData("改造提升", ProjectStatusCode.Upgrade)]
    [InlineData("实施", ProjectStatusCode.Other)]
    [InlineData("建设取得显著成效", ProjectStatusCode.Other)]
    [InlineData("", ProjectStatusCode.Other)]
    public void A_status_verb_reads_through_the_first_matching_row(string printed, ProjectStatusCode code)
    {
        Assert.Equal(code, StatusVerbs.CodeOf(printed));
    }

    private static List<string[]> DocTable(string name)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "format.md"));
        var m = Regex.Match(text, "<!-- " + name + ": begin -->\\n(.*?)<!-- " + name + ": end -->", RegexOptions.Singleline);
        Assert.True(m.Success, "format.md has no " + name + " table");
        return m.Groups[1].Value.Split('\n')
            .Where(l => l.StartsWith("| ", System.StringComparison.Ordinal))
            .Skip(1) // the header row; the |---| rule is not a "| " row
            .Select(l => l.Trim('|', ' ').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToList();
    }

    private static string Kebab(ValueQualifier q) => Regex.Replace(q.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();
}

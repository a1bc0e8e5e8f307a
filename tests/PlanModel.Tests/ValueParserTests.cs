using System.Linq;
using Xunit;

namespace PlanModel.Tests;

public class ValueParserTests
{
    [Theory]
    [InlineData("3.9", ValueQualifier.Exact, "3.9", null, "")]
    [InlineData("6左右*", ValueQualifier.Approximately, "6", null, "*")]
    [InlineData("＜5.5", ValueQualifier.LessThan, "5.5", null, "")]
    [InlineData("≥88", ValueQualifier.AtLeast, "88", null, "")]
    [InlineData("＞【500】", ValueQualifier.MoreThan, "500", null, "【】")]
    [InlineData("【70.6】", ValueQualifier.Exact, "70.6", null, "【】")]
    [InlineData("6%以上", ValueQualifier.AtLeast, "6", null, "")]
    [InlineData("5.5%以内", ValueQualifier.AtMost, "5.5", null, "")]
    [InlineData("近3500亿元", ValueQualifier.Approximately, "3500", null, "")]
    [InlineData("接近8.5万人", ValueQualifier.Approximately, "8.5", null, "")]
    [InlineData("7%左右", ValueQualifier.Approximately, "7", null, "")]
    [InlineData("5-6", ValueQualifier.Range, "5", "6", "")]
    [InlineData("【523. 8】", ValueQualifier.Exact, "523.8", null, "【】")]
    [InlineData("9*", ValueQualifier.Exact, "9", null, "*")]
    [InlineData("突破500亿元", ValueQualifier.MoreThan, "500", null, "")]
    [InlineData("１２", ValueQualifier.Exact, "12", null, "")]
    [InlineData("1000余家", ValueQualifier.MoreThan, "1000", null, "")]
    [InlineData("300多", ValueQualifier.MoreThan, "300", null, "")]
    public void Reads_numbers_with_their_qualifier(string raw, ValueQualifier qualifier, string value, string? max, string marker)
    {
        var p = PlanValueParser.Parse(raw);
        Assert.Equal(qualifier, p.Qualifier);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), p.Value);
        Assert.Equal(max is null ? null : decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), p.MaxValue);
        if (marker.Length > 0)
        {
            Assert.Contains(marker, p.Markers);
        }
        else
        {
            Assert.Empty(p.Markers);
        }
    }

    [Theory]
    [InlineData("1.84∶1", new[] { "1.84", "1" })]
    [InlineData("9.9:27.6:62.5", new[] { "9.9", "27.6", "62.5" })]
    [InlineData("2.5：1", new[] { "2.5", "1" })]
    public void Reads_ratios(string raw, string[] terms)
    {
        var p = PlanValueParser.Parse(raw);
        Assert.Equal(ValueQualifier.Ratio, p.Qualifier);
        Assert.Equal(terms, p.RatioTerms.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("", ValueQualifier.Blank)]
    [InlineData("\t", ValueQualifier.Blank)]
    [InlineData("—", ValueQualifier.NotApplicable)]
    [InlineData("国家下达", ValueQualifier.AssignedByHigherLevel)]
    [InlineData("以市下达为准", ValueQualifier.AssignedByHigherLevel)]
    [InlineData("与经济增长同步", ValueQualifier.Relative)]
    [InlineData("与上年持平", ValueQualifier.Relative)]
    [InlineData("稳步提升", ValueQualifier.Qualitative)]
    public void Reads_values_without_a_number(string raw, ValueQualifier qualifier)
    {
        var p = PlanValueParser.Parse(raw);
        Assert.Equal(qualifier, p.Qualifier);
        Assert.Null(p.Value);
    }

    [Fact]
    public void A_lost_cell_is_missing_not_blank()
    {
        Assert.Equal(ValueQualifier.Missing, PlanValueParser.Parse(null).Qualifier);
    }

    [Fact]
    public void Approximately_and_at_least_are_different_readings()
    {
        Assert.NotEqual(PlanValueParser.Parse("6%以上").Qualifier, PlanValueParser.Parse("6%左右").Qualifier);
    }

    [Theory]
    [InlineData("200余公里", "公里")]
    [InlineData("300多个", "个")]
    public void A_word_between_the_number_and_its_unit_is_no_part_of_the_unit(string raw, string unit)
    {
        Assert.Equal(unit, PlanValueParser.Parse(raw).UnitText);
    }
}

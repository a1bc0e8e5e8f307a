using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PlanModel.Yaml.Naming;
using Xunit;

namespace PlanModel.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("grp-growth", "GrpGrowth")]
    [InlineData("box-07", "Box07")]
    [InlineData("main-indicators", "MainIndicators")]
    [InlineData("5g-base-stations", "_5gBaseStations")]
    [InlineData("cq-14fyp", "Cq14fyp")]
    [InlineData("list-01", "List01")]
    public void An_id_makes_a_pascal_case_name(string id, string expected)
    {
        Assert.Equal(expected, Identifiers.FromId(id));
    }

    [Theory]
    [InlineData("MainIndicators", null)]
    [InlineData("_2025", null)]
    [InlineData("class", "is a C# keyword")]
    [InlineData("int", "is a C# keyword")]
    [InlineData("var", "is a C# keyword")]
    [InlineData("2Main", "is not a valid C# identifier")]
    [InlineData("Main-Indicators", "is not a valid C# identifier")]
    [InlineData("地区生产总值", "is not a valid C# identifier")]
    [InlineData("", "is not a valid C# identifier")]
    public void Symbols_are_checked_by_one_rule_set(string symbol, string? problem)
    {
        var found = Identifiers.Problem(symbol);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }

    [Fact]
    public void Every_keyword_roslyn_knows_is_refused()
    {
        var roslyn = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
            .Select(SyntaxFacts.GetText)
            .Where(t => t.Length > 0 && t.All(c => char.IsLetter(c) || c == '_'))
            .ToList();
        Assert.NotEmpty(roslyn);
        var missing = roslyn.Where(k => !Identifiers.IsKeyword(k)).ToList();
        Assert.True(missing.Count == 0, "not refused: " + string.Join(", ", missing));
    }

    [Fact]
    public void Reserved_names_are_read_from_the_runtime_base_types()
    {
        Assert.Contains("Tables", ReservedNames.DocumentMembers);
        Assert.Contains("FindTable", ReservedNames.DocumentMembers);
        Assert.Contains("ToString", ReservedNames.DocumentMembers);
        Assert.Contains(ReservedNames.DataMember, ReservedNames.DocumentMembers);
        Assert.Contains("Rows", ReservedNames.TableMembers);
        Assert.Contains("FormerIds", ReservedNames.TableMembers);
        Assert.Contains("AllItems", ReservedNames.ListMembers);
        var top = ReservedNames.TopLevel("Plans");
        Assert.Contains("Plans", top);
        Assert.Contains("PlanDocument", top);
        Assert.Contains("IndicatorIds", top);
        Assert.Contains("BindingIndicators", top);
        Assert.DoesNotContain("Chongqing14thFyp", top);
    }
}

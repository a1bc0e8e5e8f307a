using PlanModel.Generator.Emit;
using Xunit;

namespace PlanModel.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("GRP Growth", "GRPGrowth")]
    [InlineData("2025 target", "_2025Target")]
    [InlineData("class", "Class")]
    [InlineData("event", "Event")]
    [InlineData("地区生产总值", "Fallback")]
    [InlineData("R&D intensity (%)", "RDIntensity")]
    [InlineData("#error */ </summary>", "ErrorSummary")]
    public void Makes_valid_identifiers(string text, string expected)
    {
        Assert.Equal(expected, Naming.Pascal(text, "Fallback"));
    }

    [Fact]
    public void Names_that_collide_after_normalisation_get_unique_suffixes()
    {
        var scope = new Naming.Scope("Id", "Title");
        Assert.Equal("GRPGrowth", scope.Unique(Naming.Pascal("GRP growth", "X")));
        Assert.Equal("GRPGrowth2", scope.Unique(Naming.Pascal("GRP-growth", "X")));
        Assert.Equal("GRPGrowth3", scope.Unique(Naming.Pascal("GRP  growth!", "X")));
        Assert.Equal("Id2", scope.Unique("Id"));
        Assert.Equal("Title2", scope.Unique(Naming.Pascal("title", "X")));
    }
}

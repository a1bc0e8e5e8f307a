using System.IO;
using System.Linq;
using PlanModel.Yaml.Sources;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Validation;
using Xunit;

namespace PlanModel.Tests;

public class ComparisonTests
{
    private static PlanValue V(string raw, string? unit = "percent")
    {
        var p = PlanValueParser.Parse(raw);
        return new PlanValue { Raw = raw, Qualifier = p.Qualifier, Value = p.Value, MaxValue = p.MaxValue, UnitId = unit };
    }

    private static readonly IndicatorCatalogue Units = new(
        System.Array.Empty<CatalogueIndicator>(),
        new[]
        {
            new UnitDefinition { Id = "10k-yuan", Symbol = "万元", BaseId = "yuan", Multiplier = 4 },
            new UnitDefinition { Id = "100m-yuan", Symbol = "亿元", BaseId = "yuan", Multiplier = 8 },
            new UnitDefinition { Id = "yuan", Symbol = "元" },
            new UnitDefinition { Id = "percent", Symbol = "%" },
        });

    [Theory]
    [InlineData("5", "6", ComparisonOutcome.Lower)]
    [InlineData("7以上", "6左右", ComparisonOutcome.Higher)]
    [InlineData("6左右", "≥6.5", ComparisonOutcome.Lower)]
    [InlineData("6左右", "6", ComparisonOutcome.Indeterminate)]
    [InlineData("≥6", "6.5", ComparisonOutcome.Indeterminate)]
    [InlineData("＜5.5", "5.5", ComparisonOutcome.Lower)]
    [InlineData("≤5.5", "5.5", ComparisonOutcome.Indeterminate)]
    [InlineData("6", "6", ComparisonOutcome.Equal)]
    [InlineData("以市下达为准", "6", ComparisonOutcome.NotComparable)]
    [InlineData("1.84∶1", "1.8∶1", ComparisonOutcome.NotComparable)]
    public void Compares_what_the_values_state(string a, string b, ComparisonOutcome expected)
    {
        var result = ValueComparer.Compare(V(a), V(b), Units);
        Assert.Equal(expected, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Explanation));
    }

    [Fact]
    public void Converts_units_through_their_multipliers()
    {
        Assert.Equal(10000m, UnitConverter.Factor(Units, "100m-yuan", "10k-yuan"));
        Assert.Equal(0.0001m, UnitConverter.Factor(Units, "10k-yuan", "100m-yuan"));
        Assert.Null(UnitConverter.Factor(Units, "percent", "yuan"));
        Assert.Equal(ComparisonOutcome.Equal, ValueComparer.Compare(V("15000", "10k-yuan"), V("1.5", "100m-yuan"), Units).Outcome);
        Assert.Equal(ComparisonOutcome.IncompatibleUnits, ValueComparer.Compare(V("1", "percent"), V("1", "yuan"), Units).Outcome);
    }

    [Fact]
    public void Answers_the_consumer_questions_on_the_real_corpus()
    {
        var corpus = CorpusBuild.Of(CorpusSession.Open(Repo.Corpus)).Corpus;

        // 1. R&D intensity 2020 and 2025 for Chongqing and every district that sets it.
        var rd = corpus.Documents.Select(d => (d.Id, Row: d.MainRow("rd-intensity"))).Where(x => x.Row is not null).ToList();
        Assert.Contains(rd, x => x.Id == "cq-14fyp" && x.Row!.PeriodTarget()!.Raw == "2.5");
        Assert.True(rd.Count >= 2);

        // 2. Binding indicators whose district target is looser than the municipality's (decided comparisons only).
        var looser = corpus.ChildrenOf("cq-14fyp").SelectMany(corpus.AlignWithParent).Where(a => a.IsLooser == true && a.Child.IsBinding).ToList();
        Assert.All(looser, a => Assert.True(a.TargetComparison!.IsDecided));

        // 3. All 2021 GDP growth targets.
        var growth = corpus.Observations("grp-growth").Where(o => o.Target?.Role == ValueRole.Expected && o.Value.Year == 2021).ToList();
        Assert.True(growth.Count >= 8);
        Assert.All(growth, o => Assert.Equal(DocumentKind.WorkReport, o.Document.Kind));
    }

    [Fact]
    public void Alignment_rules_surface_source_disagreements_as_warnings()
    {
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Corpus));
        var findings = CorpusValidator.Validate(files, new ValidationOptions { Sources = new SourceResolver() })
            .Where(d => d.Code.StartsWith("PLAN6", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(PlanSeverity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Code == "PLAN604" && f.Message.Contains("77.39", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_looser_binding_target_in_a_district_is_PLAN602()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.ReplaceInSource(dir, "district.txt", "demo-district", "\t≥55\n", "\t50\n");
        var line = Validation.Replace(System.IO.Path.Combine(dir, "demo-district", "table-01.yaml"), "{raw: \"≥55\"", "{raw: \"50\"");
        var all = Validation.Run(dir);
        Assert.DoesNotContain(all, d => d.Severity == PlanSeverity.Error);
        var finding = Assert.Single(all, d => d.Code == "PLAN602");
        Assert.Contains("'50' is below '≥57'", finding.Message);
        Assert.Equal(PlanSeverity.Warning, finding.Severity);
        Assert.True(finding.Line < line);
    }

    [Theory]
    [InlineData("increase", true)]
    [InlineData("decrease", false)]
    public void Looser_than_the_parent_follows_the_indicators_direction(string direction, bool looser)
    {
        // District forest cover 55 against the parent's 57 (bounds dropped so the comparison is decided): looser
        // when more is better, not when less is.
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "y2025: {raw: \"≥55\"", "y2025: {raw: \"55\"");
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "y2025: {raw: \"≥57\"", "y2025: {raw: \"57\"");
        Validation.Replace(Path.Combine(dir, "catalogue", "indicators.yaml"), "measure: share, direction: increase", "measure: share, direction: " + direction);
        var corpus = CorpusSession.Open(dir).Corpus;
        var child = corpus.ChildrenOf("demo-14fyp").Single();
        var forest = corpus.AlignWithParent(child).Single(a => a.Child.CatalogueId == "forest-coverage");
        Assert.Equal(ComparisonOutcome.Lower, forest.TargetComparison!.Outcome);
        Assert.Equal(looser, forest.IsLooser);
    }

    [Fact]
    public void A_series_runs_from_the_review_to_the_targets_in_time_order_with_citations()
    {
        var corpus = CorpusSession.Open(Repo.Corpus).Corpus;
        var series = corpus.Series("grp-growth", "500000");
        Assert.Equal("percent", series.UnitId);
        Assert.True(series.Count >= 3, string.Join("\n", series));
        Assert.All(series, p => Assert.Equal("500000", p.Document.Region.Code));
        Assert.All(series, p => Assert.NotNull(p.Citation));
        var years = series.Select(p => p.Year ?? int.MaxValue).ToList();
        Assert.Equal(years.OrderBy(y => y), years);
        Assert.Contains(series, p => p.Role == ValueRole.Target && p.Year == 2025 && p.Value.Raw == "6左右*" && p.Qualifier == ValueQualifier.Approximately && p.Number == 6m);
        Assert.Contains(series, p => p.Year < 2021);
        Assert.DoesNotContain(series, p => p.UnitMismatch);
    }

    [Fact]
    public void A_series_converts_units_that_convert_and_flags_those_that_do_not()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        // The district prints forest cover in a unit that is not a percentage: its number is left out, flagged.
        Validation.Replace(Path.Combine(dir, "catalogue", "units.yaml"), "units:", "units:\n  - {id: hectare, symbol: 公顷, name: {zh: 公顷, en: hectare}}");
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "unit: {raw: \"%\", id: percent}\n    attribute: {raw: 约束性", "unit: {raw: \"%\", id: hectare}\n    attribute: {raw: 约束性");
        var corpus = CorpusSession.Open(dir).Corpus;
        var district = corpus.Documents.Single(d => d.Id != "demo-14fyp").Region.Code;
        var series = corpus.Series("forest-coverage", district);
        Assert.NotEmpty(series);
        Assert.All(series, p => Assert.True(p.UnitMismatch && p.Number is null && p.Value.Raw is not null));
    }
}

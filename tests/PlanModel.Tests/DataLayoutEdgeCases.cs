using System;
using System.Linq;

namespace PlanModel.Tests;

/// <summary>Runtime documents built by hand for the layout tests: nulls wherever a field may be null, empty lists,
/// surrogate pairs (CJK Extension B, emoji) and more than 10^4 distinct strings, so back-references need five digits.</summary>
internal static class EdgeCases
{
    private const string Wide = "𠀀𪚥 😀";

    public static PlanDocument Document() => Small(rows: 12_000);

    /// <summary>One of every record, each field set once and null once where it can be.</summary>
    public static PlanDocument Small(int rows = 2)
    {
        var full = new PlanValue
        {
            Raw = "1.50∶1" + Wide, Qualifier = (ValueQualifier)1, Value = 1.50m, MaxValue = 2.000m, RatioTerms = new[] { 1.50m, 0.001m },
            Markers = new[] { "*", Wide }, Aspiration = true, Measure = (ValueMeasure)1, Column = "c2025", Year = 2025, Role = (ValueRole)1,
            UnitId = "percent", IsOverridden = true, Citation = Cite(), Note = "note " + Wide,
        };
        var empty = new PlanValue { Column = "c2020" };
        var rowList = Enumerable.Range(0, rows).Select(i => new Indicator
        {
            Key = "t/" + i, DocumentId = "edge", TableId = "t", Sequence = i % 2 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, ParentSequence = i % 3 == 0 ? "0" : null,
            Category = i % 2 == 0 ? "cat" : null, Printed = "printed row " + i, Name = new BilingualText("行" + i + Wide, "row " + i),
            CatalogueId = i == 0 ? "gdp" : null, Unit = new IndicatorUnit { Raw = i == 0 ? "%" : string.Empty, Id = i == 0 ? "percent" : null, PriceBasis = i == 0 ? "可比价" : null },
            Attribute = (IndicatorAttribute)(i % 2), AttributeRaw = i == 0 ? "约束性" : null,
            Values = i == 0 ? new[] { full, empty } : Array.Empty<PlanValue>(),
            Citation = i == 0 ? Cite() : null,
            Note = i == rows - 1 ? "printed row " + (rows / 2) : null, // a string seen long before: a back-reference
        }).ToArray();
        var table = new IndicatorTable
        {
            Id = "t", FormerIds = new[] { "old-t" }, DocumentId = "edge", Box = 1, Title = new BilingualText("表" + Wide, "Table"), Section = "s1", Citation = Cite(),
            Note = null, Columns = new[] { new TableColumn { Key = "c2025", Header = new BilingualText("2025年", "2025"), Year = 2025, Role = (ValueRole)1 }, new TableColumn { Key = "x", Header = new BilingualText("x", "x") } },
            Categories = new[] { new TableCategory { Key = "cat", Printed = "经济", Label = new BilingualText("经济", "Economy"), Citation = null } },
            Legend = new TableLegend { Raw = "注：*为预期", Markers = new[] { new LegendMarker { Marker = "*", Measure = (ValueMeasure)2, Text = "预期" } }, Citation = Cite() },
            Rows = rowList,
        };
        var bare = new IndicatorTable { Id = "t2", DocumentId = "edge", Title = new BilingualText(string.Empty, string.Empty) };
        var p1 = new Project { Name = new BilingualText("项目" + Wide, "Project"), StatusRaw = "新建", Status = (ProjectStatusCode)1, Quantities = new[] { new Quantity { Raw = "100公里", Value = 100m, Unit = "公里" }, new Quantity { Raw = "若干" } }, Citation = Cite(), Note = "n" };
        var p2 = new Project { Name = new BilingualText("二", "two") };
        var list = new ProjectList
        {
            Id = "l", FormerIds = Array.Empty<string>(), DocumentId = "edge", Box = 2, Title = new BilingualText("专栏2", "Box 2"), TitleInferred = true, TitleEvidence = "heading lost",
            Groups = new[]
            {
                new ProjectGroup { Heading = new BilingualText("一、", "1"), Items = new[] { p1, p2 }, Citation = Cite(), Note = "g" },
                new ProjectGroup { Heading = new BilingualText(string.Empty, string.Empty), Items = Array.Empty<Project>() },
            },
            Section = null, Citation = null, Note = null,
        };
        var target = new PlanTarget
        {
            Id = "tg", FormerIds = new[] { "a", "b" }, DocumentId = "edge", Subject = new BilingualText("目标" + Wide, "Target"), CatalogueId = "gdp", Value = full,
            Relation = "达到", Measure = (ValueMeasure)1, Horizon = new Horizon { From = 2021, To = 2025 }, BaseYear = 2020, Role = (ValueRole)2, List = "l", Section = "s1",
            Citation = Cite(), Note = null,
        };
        return new PlanDocument
        {
            Id = "edge", FormerIds = new[] { "edge-old" }, Kind = (DocumentKind)1, Title = new BilingualText("边缘" + Wide, "Edge"),
            Region = new Region { Code = "500000", Level = (RegionLevel)1, Name = new BilingualText("重庆", "Chongqing") }, ParentId = "parent",
            PeriodStart = 2021, PeriodEnd = 2025, VisionYear = 2035, Delivered = new DeliveryInfo { Date = null, Session = null, Speaker = new BilingualText("某", "X") },
            Source = new SourceReference { File = "sources/x.txt", Sha256 = new string('f', 64), Line = 1, EndLine = 900 },
            Tables = new[] { table, bare }, ProjectLists = new[] { list }, Targets = new[] { target, new PlanTarget { Id = "tg2", DocumentId = "edge", Value = empty } },
            Outline = new[]
            {
                new OutlineNode
                {
                    Id = "s1", Level = (OutlineLevel)1, Number = "第一篇", Title = new BilingualText("篇" + Wide, "Part"), Citation = Cite(),
                    Children = new[] { new OutlineNode { Id = "s1.1", Number = "第一章", Title = new BilingualText("章", "Chapter"), Inferred = true, Evidence = "lost",
                        Children = new[] { new OutlineNode { Id = "s1.1.1", Title = new BilingualText("节", "Section") } } } },
                },
            },
            RegisteredBoxes = new[] { new BoxRegistration { Box = 3, Status = "skipped", Title = new BilingualText("专栏3", "Box 3"), Reason = "no table", Citation = null } },
        };
    }

    /// <summary>A document with every list empty and every nullable field null.</summary>
    public static PlanDocument Empty() => new()
    {
        Id = "empty", Title = new BilingualText(string.Empty, string.Empty), Region = new Region { Code = "0", Name = new BilingualText(string.Empty, string.Empty) },
        Source = new SourceReference { File = "f", Sha256 = string.Empty },
    };

    public static IndicatorCatalogue Catalogue() => new(
        new[]
        {
            new CatalogueIndicator { Id = "gdp", Name = new BilingualText("地区生产总值" + Wide, "GDP"), Aliases = new[] { "GDP", "生产总值" }, FormerIds = new[] { "grp" }, UnitId = "percent", Measure = "growth", Direction = (IndicatorDirection)1 },
            new CatalogueIndicator { Id = "x", Name = new BilingualText("x", "x") },
        },
        new[]
        {
            new UnitDefinition { Id = "percent", Symbol = "%", Name = new BilingualText("百分比", "percent"), BaseId = null, Multiplier = 1 },
            new UnitDefinition { Id = "wan", Symbol = "万", Name = new BilingualText("万", "ten thousand"), BaseId = "one", Multiplier = 10000 },
        });

    private static Citation Cite() => new() { SourceFile = "sources/x.txt", Line = 3, Lines = new[] { 3, 4 }, Quote = "引文" + Wide, Offset = 0 };
}

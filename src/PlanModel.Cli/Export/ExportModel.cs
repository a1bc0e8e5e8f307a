namespace PlanModel.Cli.Export;

/// <summary>Reads a corpus into the export's records (<see cref="ExportFile"/>): the one place that decides what the
/// JSON, CSV and SQLite exports say, including each citation's offset in its verified source.</summary>
public static class ExportModel
{
    /// <summary>The export format version: 2.0 names every enumeration by its vocabulary word (kebab-case).</summary>
    public const string FormatVersion = "2.0";

    /// <summary>The export of a corpus.</summary>
    public static ExportFile Of(CorpusBuild build) => new(
        "planmodel-export",
        FormatVersion,
        build!.Corpus.Documents.Select(d => new Mapper(build, shallow: false).Document(d)).ToList(),
        Catalogue(build.Corpus.Catalogue));

    /// <summary>The export record of one element of the read model alone: its own fields, with the lists of its child
    /// elements (tables, rows, values, groups, items …) left empty. <c>plan diff</c> renders only changed elements.</summary>
    internal static object Element(CorpusBuild build, object element)
    {
        var m = new Mapper(build, shallow: true);
        return element switch
        {
            PlanDocument d => m.Document(d),
            IndicatorTable t => m.Table(t),
            TableColumn c => Column(c),
            TableCategory c => m.Category(c),
            Indicator r => m.Row(r),
            PlanValue v => m.Value(v),
            ProjectList l => m.List(l),
            ProjectGroup g => m.Group(g),
            Project p => m.Item(p),
            OutlineNode n => m.Outline(n),
            PlanTarget t => m.Target(t),
            BoxRegistration b => m.Box(b),
            CatalogueIndicator i => Indicator(i),
            UnitDefinition u => Unit(u),
            _ => throw new ArgumentException("not an element of the read model: " + element?.GetType().Name, nameof(element)),
        };
    }

    private static ExportCatalogue Catalogue(IndicatorCatalogue c) => new(c.Indicators.Select(Indicator).ToList(), c.Units.Select(Unit).ToList());

    private static ExportIndicator Indicator(CatalogueIndicator i) => new(i.Id, Ids(i.FormerIds), Text(i.Name), i.Aliases.ToList(), i.UnitId, i.Measure, i.Direction);

    private static ExportUnitEntry Unit(UnitDefinition u) => new(u.Id, u.Symbol, Text(u.Name), u.BaseId, u.Multiplier);

    private static ExportColumn Column(TableColumn c) => new(c.Key, Text(c.Header), c.Year, c.Role);

    private static ExportText Text(BilingualText t) => new(t.Zh, t.En);

    // Optional parts are left out of the JSON: an empty list or a false flag is written as nothing.
    private static IReadOnlyList<T>? NonEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items.ToList();

    private static IReadOnlyList<string>? Ids(IReadOnlyList<string> ids) => NonEmpty(ids);

    private static bool? Flag(bool value) => value ? true : null;

    // Maps the runtime model to records; a shallow mapper leaves every list of child elements empty.
    private sealed class Mapper
    {
        private readonly CorpusBuild _build;
        private readonly bool _shallow;

        public Mapper(CorpusBuild build, bool shallow) => (_build, _shallow) = (build, shallow);

        public ExportDocument Document(PlanDocument d) => new(
            d.Id, Ids(d.FormerIds), d.Kind, Text(d.Title),
            new ExportRegion(d.Region.Code, d.Region.Level, Text(d.Region.Name)),
            d.ParentId,
            new ExportPeriod(d.PeriodStart, d.PeriodEnd),
            d.VisionYear,
            d.Delivered is { } del ? new ExportDelivery(del.Date, del.Session is null ? null : Text(del.Session), del.Speaker is null ? null : Text(del.Speaker)) : null,
            new ExportSource(d.Source.File, d.Source.Sha256, d.Source.Line, d.Source.EndLine),
            Children(d.Tables, Table),
            Children(d.ProjectLists, List),
            Children(d.Outline, Outline),
            Children(d.Targets, Target),
            Children(d.RegisteredBoxes, Box));

        public ExportTable Table(IndicatorTable t) => new(
            t.Id, Ids(t.FormerIds), t.Box, Text(t.Title), t.Section, Cite(t.Citation, t.Title.Zh), t.Note,
            Children(t.Columns, Column),
            Children(t.Categories, Category),
            t.Legend is { } l
                ? new ExportLegend(l.Raw, l.Markers.Select(m => new ExportLegendMarker(m.Marker, m.Measure, m.Text)).ToList(), Cite(l.Citation, l.Raw))
                : null,
            Children(t.Rows, Row));

        public ExportCategory Category(TableCategory c) => new(c.Key, c.Printed, Text(c.Label), Cite(c.Citation, c.Printed));

        public ExportRow Row(Indicator r) => new(
            r.Key, r.Sequence, r.ParentSequence, r.Category, r.Printed, Text(r.Name), r.CatalogueId,
            new ExportUnit(r.Unit.Raw, r.Unit.Id, r.Unit.PriceBasis), r.Attribute, r.AttributeRaw, Cite(r.Citation, r.Printed), r.Note,
            Children(r.Values, Value));

        public ExportProjectList List(ProjectList l) => new(
            l.Id, Ids(l.FormerIds), l.Box, Text(l.Title), Flag(l.TitleInferred), l.TitleInferred ? l.TitleEvidence : null, l.Section,
            Cite(l.Citation, l.Title.Zh), l.Note,
            Children(l.Groups, Group));

        public ExportProjectGroup Group(ProjectGroup g) => new(Text(g.Heading), Cite(g.Citation, g.Heading.Zh), g.Note, Children(g.Items, Item));

        public ExportProject Item(Project p) => new(
            Text(p.Name), p.StatusRaw, p.Status,
            NonEmpty(p.Quantities.Select(q => new ExportQuantity(q.Raw, q.Value, q.Unit)).ToList()),
            Cite(p.Citation, p.Name.Zh), p.Note);

        // An outline node's children are part of its own record (the export nests them), never left out.
        public ExportOutlineNode Outline(OutlineNode n) => new(
            n.Id, n.Level, n.Number, Text(n.Title), Flag(n.Inferred), n.Inferred ? n.Evidence : null, Cite(n.Citation, n.Title.Zh),
            NonEmpty(n.Children.Select(Outline).ToList()));

        public ExportTarget Target(PlanTarget t) => new(
            t.Id, Ids(t.FormerIds), Text(t.Subject), t.CatalogueId, t.Relation, t.Measure, new ExportHorizon(t.Horizon.From, t.Horizon.To),
            t.BaseYear, t.Role, t.List, t.Section, Value(t.Value), t.Note);

        public ExportRegisteredBox Box(BoxRegistration r) => new(r.Box, r.Status, Text(r.Title), r.Reason, Cite(r.Citation, r.Title.Zh));

        public ExportValue Value(PlanValue v) => new(
            v.Column, v.Year, v.Role, v.Raw, v.Qualifier, v.Value, v.MaxValue, NonEmpty(v.RatioTerms), NonEmpty(v.Markers), Flag(v.Aspiration),
            v.Measure, v.UnitId, Flag(v.IsOverridden), Cite(v.Citation, v.Raw), v.Note);

        private IReadOnlyList<TOut> Children<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map) =>
            _shallow ? Array.Empty<TOut>() : items.Select(map).ToList();

        private ExportCitation? Cite(Citation? c, string? raw) => c is null
            ? null
            : new ExportCitation(c.SourceFile, c.Line, c.Lines.Count > 1 ? c.Lines.ToList() : null, c.Quote, _build.OffsetOf(c, raw));
    }
}

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
        build!.Corpus.Documents.Select(d => new Mapper(build).Document(d)).ToList(),
        Catalogue(build.Corpus.Catalogue));

    private static ExportCatalogue Catalogue(IndicatorCatalogue c) => new(
        c.Indicators.Select(i => new ExportIndicator(i.Id, Ids(i.FormerIds), Text(i.Name), i.Aliases.ToList(), i.UnitId, i.Measure, i.Direction)).ToList(),
        c.Units.Select(u => new ExportUnitEntry(u.Id, u.Symbol, Text(u.Name), u.BaseId, u.Multiplier)).ToList());

    private static ExportText Text(BilingualText t) => new(t.Zh, t.En);

    // Optional parts are left out of the JSON: an empty list or a false flag is written as nothing.
    private static IReadOnlyList<T>? NonEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items.ToList();

    private static IReadOnlyList<string>? Ids(IReadOnlyList<string> ids) => NonEmpty(ids);

    private static bool? Flag(bool value) => value ? true : null;

    private sealed class Mapper
    {
        private readonly CorpusBuild _build;

        public Mapper(CorpusBuild build) => _build = build;

        public ExportDocument Document(PlanDocument d) => new(
            d.Id, Ids(d.FormerIds), d.Kind, Text(d.Title),
            new ExportRegion(d.Region.Code, d.Region.Level, Text(d.Region.Name)),
            d.ParentId,
            new ExportPeriod(d.PeriodStart, d.PeriodEnd),
            d.VisionYear,
            d.Delivered is { } del ? new ExportDelivery(del.Date, del.Session is null ? null : Text(del.Session), del.Speaker is null ? null : Text(del.Speaker)) : null,
            new ExportSource(d.Source.File, d.Source.Sha256, d.Source.Line, d.Source.EndLine),
            d.Tables.Select(Table).ToList(),
            d.ProjectLists.Select(List).ToList(),
            d.Outline.Select(Outline).ToList(),
            d.Targets.Select(Target).ToList(),
            d.RegisteredBoxes.Select(r => new ExportRegisteredBox(r.Box, r.Status, Text(r.Title), r.Reason, Cite(r.Citation, r.Title.Zh))).ToList());

        private ExportTable Table(IndicatorTable t) => new(
            t.Id, Ids(t.FormerIds), t.Box, Text(t.Title), t.Section, Cite(t.Citation, t.Title.Zh), t.Note,
            t.Columns.Select(c => new ExportColumn(c.Key, Text(c.Header), c.Year, c.Role)).ToList(),
            t.Categories.Select(c => new ExportCategory(c.Key, c.Printed, Text(c.Label), Cite(c.Citation, c.Printed))).ToList(),
            t.Legend is { } l
                ? new ExportLegend(l.Raw, l.Markers.Select(m => new ExportLegendMarker(m.Marker, m.Measure, m.Text)).ToList(), Cite(l.Citation, l.Raw))
                : null,
            t.Rows.Select(r => new ExportRow(
                r.Key, r.Sequence, r.ParentSequence, r.Category, r.Printed, Text(r.Name), r.CatalogueId,
                new ExportUnit(r.Unit.Raw, r.Unit.Id, r.Unit.PriceBasis), r.Attribute, r.AttributeRaw, Cite(r.Citation, r.Printed), r.Note,
                r.Values.Select(Value).ToList())).ToList());

        private ExportProjectList List(ProjectList l) => new(
            l.Id, Ids(l.FormerIds), l.Box, Text(l.Title), Flag(l.TitleInferred), l.TitleInferred ? l.TitleEvidence : null, l.Section,
            Cite(l.Citation, l.Title.Zh), l.Note,
            l.Groups.Select(g => new ExportProjectGroup(Text(g.Heading), Cite(g.Citation, g.Heading.Zh), g.Note, g.Items.Select(p => new ExportProject(
                Text(p.Name), p.StatusRaw, p.Status,
                NonEmpty(p.Quantities.Select(q => new ExportQuantity(q.Raw, q.Value, q.Unit)).ToList()),
                Cite(p.Citation, p.Name.Zh), p.Note)).ToList())).ToList());

        private ExportOutlineNode Outline(OutlineNode n) => new(
            n.Id, n.Level, n.Number, Text(n.Title), Flag(n.Inferred), n.Inferred ? n.Evidence : null, Cite(n.Citation, n.Title.Zh),
            NonEmpty(n.Children.Select(Outline).ToList()));

        private ExportTarget Target(PlanTarget t) => new(
            t.Id, Ids(t.FormerIds), Text(t.Subject), t.CatalogueId, t.Relation, t.Measure, new ExportHorizon(t.Horizon.From, t.Horizon.To),
            t.BaseYear, t.Role, t.List, t.Section, Value(t.Value), t.Note);

        private ExportValue Value(PlanValue v) => new(
            v.Column, v.Year, v.Role, v.Raw, v.Qualifier, v.Value, v.MaxValue, NonEmpty(v.RatioTerms), NonEmpty(v.Markers), Flag(v.Aspiration),
            v.Measure, v.UnitId, Flag(v.IsOverridden), Cite(v.Citation, v.Raw), v.Note);

        private ExportCitation? Cite(Citation? c, string? raw) => c is null
            ? null
            : new ExportCitation(c.SourceFile, c.Line, c.Lines.Count > 1 ? c.Lines.ToList() : null, c.Quote, _build.OffsetOf(c, raw));
    }
}

using PlanModel.Yaml.Sources;

namespace PlanModel.Cli.Diff;

/// <summary>
/// Whether two runtime elements of the same kind would export the same own fields (<see cref="Entity.Fields"/>),
/// decided on the runtime objects so that only elements that differ are ever exported. Every field the export writes
/// for an element is compared here (a field left out would hide a change); comparing more only costs an export of an
/// element that then shows no change. A citation's offset is not stored but located in its source: it is the same on
/// both sides when the citation, the text it locates and the source's pin all are.
/// </summary>
internal sealed class ModelEquality
{
    private readonly VerifiedSources _old;
    private readonly VerifiedSources _new;

    public ModelEquality(VerifiedSources oldSources, VerifiedSources newSources) => (_old, _new) = (oldSources, newSources);

    /// <summary>True when <paramref name="o"/> and <paramref name="n"/> (the same kind of element) export the same own fields.</summary>
    public bool Same(object o, object n) => (o, n) switch
    {
        (PlanValue a, PlanValue b) => Value(a, b),
        (Indicator a, Indicator b) => Row(a, b),
        (Project a, Project b) => Item(a, b),
        (OutlineNode a, OutlineNode b) => Outline(a, b),
        (PlanTarget a, PlanTarget b) => Target(a, b),
        (ProjectGroup a, ProjectGroup b) => Text(a.Heading, b.Heading) && Cite(a.Citation, b.Citation) && Eq(a.Note, b.Note),
        (TableColumn a, TableColumn b) => Eq(a.Key, b.Key) && Text(a.Header, b.Header) && a.Year == b.Year && a.Role == b.Role,
        (TableCategory a, TableCategory b) => Eq(a.Key, b.Key) && Eq(a.Printed, b.Printed) && Text(a.Label, b.Label) && Cite(a.Citation, b.Citation),
        (IndicatorTable a, IndicatorTable b) => Table(a, b),
        (ProjectList a, ProjectList b) => List(a, b),
        (BoxRegistration a, BoxRegistration b) =>
            a.Box == b.Box && Eq(a.Status, b.Status) && Text(a.Title, b.Title) && Eq(a.Reason, b.Reason) && Cite(a.Citation, b.Citation),
        (PlanDocument a, PlanDocument b) => Document(a, b),
        (CatalogueIndicator a, CatalogueIndicator b) =>
            Eq(a.Id, b.Id) && Seq(a.FormerIds, b.FormerIds) && Text(a.Name, b.Name) && Seq(a.Aliases, b.Aliases) && Eq(a.UnitId, b.UnitId)
            && Eq(a.Measure, b.Measure) && a.Direction == b.Direction,
        (UnitDefinition a, UnitDefinition b) =>
            Eq(a.Id, b.Id) && Eq(a.Symbol, b.Symbol) && Text(a.Name, b.Name) && Eq(a.BaseId, b.BaseId) && a.Multiplier == b.Multiplier,
        _ => false,
    };

    private bool Value(PlanValue a, PlanValue b) =>
        Eq(a.Column, b.Column) && a.Year == b.Year && a.Role == b.Role && Eq(a.Raw, b.Raw) && a.Qualifier == b.Qualifier
        && Dec(a.Value, b.Value) && Dec(a.MaxValue, b.MaxValue) && Seq(a.RatioTerms, b.RatioTerms, Dec) && Seq(a.Markers, b.Markers)
        && a.Aspiration == b.Aspiration && a.Measure == b.Measure && Eq(a.UnitId, b.UnitId) && a.IsOverridden == b.IsOverridden
        && Cite(a.Citation, b.Citation) && Eq(a.Note, b.Note);

    private bool Row(Indicator a, Indicator b) =>
        Eq(a.Key, b.Key) && Eq(a.Sequence, b.Sequence) && Eq(a.ParentSequence, b.ParentSequence) && Eq(a.Category, b.Category)
        && Eq(a.Printed, b.Printed) && Text(a.Name, b.Name) && Eq(a.CatalogueId, b.CatalogueId)
        && Eq(a.Unit.Raw, b.Unit.Raw) && Eq(a.Unit.Id, b.Unit.Id) && Eq(a.Unit.PriceBasis, b.Unit.PriceBasis)
        && a.Attribute == b.Attribute && Eq(a.AttributeRaw, b.AttributeRaw) && Cite(a.Citation, b.Citation) && Eq(a.Note, b.Note);

    private bool Item(Project a, Project b) =>
        Text(a.Name, b.Name) && Eq(a.StatusRaw, b.StatusRaw) && a.Status == b.Status
        && Seq(a.Quantities, b.Quantities, (x, y) => Eq(x.Raw, y.Raw) && Dec(x.Value, y.Value) && Eq(x.Unit, y.Unit))
        && Cite(a.Citation, b.Citation) && Eq(a.Note, b.Note);

    // The export nests an outline node's children in its own record, so they are compared whole.
    private bool Outline(OutlineNode a, OutlineNode b) =>
        Eq(a.Id, b.Id) && a.Level == b.Level && Eq(a.Number, b.Number) && Text(a.Title, b.Title) && a.Inferred == b.Inferred
        && Eq(a.Evidence, b.Evidence) && Cite(a.Citation, b.Citation) && Seq(a.Children, b.Children, Outline);

    private bool Target(PlanTarget a, PlanTarget b) =>
        Eq(a.Id, b.Id) && Seq(a.FormerIds, b.FormerIds) && Text(a.Subject, b.Subject) && Eq(a.CatalogueId, b.CatalogueId)
        && Eq(a.Relation, b.Relation) && a.Measure == b.Measure && a.Horizon.From == b.Horizon.From && a.Horizon.To == b.Horizon.To
        && a.BaseYear == b.BaseYear && a.Role == b.Role && Eq(a.List, b.List) && Eq(a.Section, b.Section) && Value(a.Value, b.Value)
        && Eq(a.Note, b.Note);

    private bool Table(IndicatorTable a, IndicatorTable b) =>
        Eq(a.Id, b.Id) && Seq(a.FormerIds, b.FormerIds) && a.Box == b.Box && Text(a.Title, b.Title) && Eq(a.Section, b.Section)
        && Cite(a.Citation, b.Citation) && Eq(a.Note, b.Note)
        && (a.Legend, b.Legend) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Eq(x.Raw, y.Raw) && Cite(x.Citation, y.Citation)
                && Seq(x.Markers, y.Markers, (m, k) => Eq(m.Marker, k.Marker) && m.Measure == k.Measure && Eq(m.Text, k.Text)),
            _ => false,
        };

    private bool List(ProjectList a, ProjectList b) =>
        Eq(a.Id, b.Id) && Seq(a.FormerIds, b.FormerIds) && a.Box == b.Box && Text(a.Title, b.Title) && a.TitleInferred == b.TitleInferred
        && Eq(a.TitleEvidence, b.TitleEvidence) && Eq(a.Section, b.Section) && Cite(a.Citation, b.Citation) && Eq(a.Note, b.Note);

    private static bool Document(PlanDocument a, PlanDocument b) =>
        Eq(a.Id, b.Id) && Seq(a.FormerIds, b.FormerIds) && a.Kind == b.Kind && Text(a.Title, b.Title)
        && Eq(a.Region.Code, b.Region.Code) && a.Region.Level == b.Region.Level && Text(a.Region.Name, b.Region.Name)
        && Eq(a.ParentId, b.ParentId) && a.PeriodStart == b.PeriodStart && a.PeriodEnd == b.PeriodEnd && a.VisionYear == b.VisionYear
        && (a.Delivered, b.Delivered) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Eq(x.Date, y.Date) && Text(x.Session, y.Session) && Text(x.Speaker, y.Speaker),
            _ => false,
        }
        && Eq(a.Source.File, b.Source.File) && Eq(a.Source.Sha256, b.Source.Sha256) && a.Source.Line == b.Source.Line
        && a.Source.EndLine == b.Source.EndLine;

    /// <summary>Equal citations whose source is pinned alike on both sides (so the located offset agrees too).</summary>
    private bool Cite(Citation? a, Citation? b) => (a, b) switch
    {
        (null, null) => true,
        ({ } x, { } y) => Eq(x.SourceFile, y.SourceFile) && x.Line == y.Line && Seq(x.Lines, y.Lines, (p, q) => p == q) && Eq(x.Quote, y.Quote)
            && x.Offset == y.Offset && Eq(_old.Pin(x.SourceFile), _new.Pin(y.SourceFile)),
        _ => false,
    };

    private static bool Eq(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static bool Text(BilingualText? a, BilingualText? b) => a is null ? b is null : a.Equals(b);

    // The same bits print the same text (6.0 and 6 are equal numbers but print differently).
    private static bool Dec(decimal? a, decimal? b) => a is null ? b is null : b is not null && Dec(a.Value, b.Value);

    private static bool Dec(decimal a, decimal b)
    {
        Span<int> x = stackalloc int[4];
        Span<int> y = stackalloc int[4];
        decimal.GetBits(a, x);
        decimal.GetBits(b, y);
        return x.SequenceEqual(y);
    }

    private static bool Seq(IReadOnlyList<string> a, IReadOnlyList<string> b) => Seq(a, b, Eq);

    private static bool Seq<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> same)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Linq;

namespace PlanModel.Serialization;

/// <summary>
/// The one description of the compact data layout: each record's fields in the order they are written and read,
/// with their token kind. The writer, the reader and the documentation (<see cref="PlanDataLayoutTable"/>,
/// docs/data-file.md) all run these methods with their own <see cref="IPlanDataCodec{TSelf}"/>; the generator emits
/// the members of a document, table and project list in the order <see cref="PlanDataLayoutTable"/> lists them.
/// </summary>
/// <remarks>
/// Object initializers and argument lists are evaluated left to right (C# specification §12.6.2.2, §12.8.17.3),
/// so the order of a record's fields is the order of its lines. A change here changes the format: raise
/// <see cref="PlanDataReader.Magic"/>.
/// </remarks>
/// <typeparam name="C">The codec: reading, writing or describing.</typeparam>
internal static class PlanDataLayout<C>
    where C : struct, IPlanDataCodec<C>
{
    // ------------------------------------------------------------ small records

    public static BilingualText Text(C c, BilingualText? v) => new(c.String("Zh", v?.Zh), c.String("En", v?.En));

    public static Region Region(C c, Region? v) => new()
    {
        Code = c.String("Code", v?.Code),
        Level = (RegionLevel)c.Enum("Level", typeof(RegionLevel), (int?)v?.Level),
        Name = c.Record("Name", v?.Name, Text),
    };

    public static DeliveryInfo Delivery(C c, DeliveryInfo? v) => new()
    {
        Date = c.NullableString("Date", v?.Date),
        Session = c.NullableRecord("Session", v?.Session, Text),
        Speaker = c.NullableRecord("Speaker", v?.Speaker, Text),
    };

    public static SourceReference Source(C c, SourceReference? v) => new()
    {
        File = c.String("File", v?.File),
        Sha256 = c.String("Sha256", v?.Sha256),
        Line = c.Int32("Line", v?.Line),
        EndLine = c.Int32("EndLine", v?.EndLine),
    };

    public static Citation Citation(C c, Citation? v) => new()
    {
        SourceFile = c.String("SourceFile", v?.SourceFile),
        Line = c.Int32("Line", v?.Line),
        Lines = c.List("Lines", v?.Lines, static (c, l) => c.Int32("Line", l)),
        Quote = c.NullableString("Quote", v?.Quote),
        Offset = c.NullableInt32("Offset", v?.Offset),
    };

    public static IReadOnlyList<string> Strings(C c, string field, IReadOnlyList<string>? v) =>
        c.List(field, v, static (c, s) => c.String("Item", s));

    // ------------------------------------------------------------ values, rows, tables

    public static PlanValue Value(C c, PlanValue? v) => new()
    {
        Raw = c.NullableString("Raw", v?.Raw),
        Qualifier = (ValueQualifier)c.Enum("Qualifier", typeof(ValueQualifier), (int?)v?.Qualifier),
        Value = c.NullableDecimal("Value", v?.Value),
        MaxValue = c.NullableDecimal("MaxValue", v?.MaxValue),
        RatioTerms = c.List("RatioTerms", v?.RatioTerms, static (c, t) => c.Decimal("Term", t)),
        Markers = Strings(c, "Markers", v?.Markers),
        Aspiration = c.Boolean("Aspiration", v?.Aspiration),
        Measure = (ValueMeasure)c.Enum("Measure", typeof(ValueMeasure), (int?)v?.Measure),
        Column = c.String("Column", v?.Column),
        Year = c.NullableInt32("Year", v?.Year),
        Role = (ValueRole)c.Enum("Role", typeof(ValueRole), (int?)v?.Role),
        UnitId = c.NullableString("UnitId", v?.UnitId),
        IsOverridden = c.Boolean("IsOverridden", v?.IsOverridden),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
        Note = c.NullableString("Note", v?.Note),
    };

    public static TableColumn Column(C c, TableColumn? v) => new()
    {
        Key = c.String("Key", v?.Key),
        Header = c.Record("Header", v?.Header, Text),
        Year = c.NullableInt32("Year", v?.Year),
        Role = (ValueRole)c.Enum("Role", typeof(ValueRole), (int?)v?.Role),
    };

    public static TableCategory Category(C c, TableCategory? v) => new()
    {
        Key = c.String("Key", v?.Key),
        Printed = c.String("Printed", v?.Printed),
        Label = c.Record("Label", v?.Label, Text),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
    };

    public static TableLegend Legend(C c, TableLegend? v) => new()
    {
        Raw = c.String("Raw", v?.Raw),
        Markers = c.List("Markers", v?.Markers, static (c, m) => new LegendMarker
        {
            Marker = c.String("Marker", m?.Marker),
            Measure = (ValueMeasure)c.Enum("Measure", typeof(ValueMeasure), (int?)m?.Measure),
            Text = c.String("Text", m?.Text),
        }),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
    };

    public static IndicatorUnit Unit(C c, IndicatorUnit? v) => new()
    {
        Raw = c.String("Raw", v?.Raw),
        Id = c.NullableString("Id", v?.Id),
        PriceBasis = c.NullableString("PriceBasis", v?.PriceBasis),
    };

    public static Indicator Indicator(C c, Indicator? v) => new()
    {
        Key = c.String("Key", v?.Key),
        DocumentId = c.String("DocumentId", v?.DocumentId),
        TableId = c.String("TableId", v?.TableId),
        Sequence = c.NullableString("Sequence", v?.Sequence),
        ParentSequence = c.NullableString("ParentSequence", v?.ParentSequence),
        Category = c.NullableString("Category", v?.Category),
        Printed = c.String("Printed", v?.Printed),
        Name = c.Record("Name", v?.Name, Text),
        CatalogueId = c.NullableString("CatalogueId", v?.CatalogueId),
        Unit = c.Record("Unit", v?.Unit, Unit),
        Attribute = (IndicatorAttribute)c.Enum("Attribute", typeof(IndicatorAttribute), (int?)v?.Attribute),
        AttributeRaw = c.NullableString("AttributeRaw", v?.AttributeRaw),
        Values = c.List("Values", v?.Values, Value),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
        Note = c.NullableString("Note", v?.Note),
    };

    /// <summary>A table: its members, then its rows (as many as the shape says).</summary>
    public static IndicatorTable Table(C c, IndicatorTable? v, int rows) => new()
    {
        Id = c.String("Id", v?.Id),
        DocumentId = c.String("DocumentId", v?.DocumentId),
        Box = c.NullableInt32("Box", v?.Box),
        Title = c.Record("Title", v?.Title, Text),
        Section = c.NullableString("Section", v?.Section),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
        Note = c.NullableString("Note", v?.Note),
        FormerIds = Strings(c, "FormerIds", v?.FormerIds),
        Columns = c.List("Columns", v?.Columns, Column),
        Categories = c.List("Categories", v?.Categories, Category),
        Legend = c.NullableRecord("Legend", v?.Legend, Legend),
        Rows = c.Shaped("Rows", v?.Rows, rows, Indicator),
    };

    // ------------------------------------------------------------ projects

    public static Project Project(C c, Project? v) => new()
    {
        Name = c.Record("Name", v?.Name, Text),
        StatusRaw = c.NullableString("StatusRaw", v?.StatusRaw),
        Status = (ProjectStatusCode)c.Enum("Status", typeof(ProjectStatusCode), (int?)v?.Status),
        Quantities = c.List("Quantities", v?.Quantities, static (c, q) => new Quantity
        {
            Raw = c.String("Raw", q?.Raw),
            Value = c.NullableDecimal("Value", q?.Value),
            Unit = c.NullableString("Unit", q?.Unit),
        }),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
        Note = c.NullableString("Note", v?.Note),
    };

    /// <summary>A project list: its members, its items in printed order (as many as the shape says), then its
    /// groups, each taking the next <c>Items</c> items.</summary>
    public static ProjectList List(C c, ProjectList? v, int items)
    {
        var id = c.String("Id", v?.Id);
        var documentId = c.String("DocumentId", v?.DocumentId);
        var box = c.NullableInt32("Box", v?.Box);
        var title = c.Record("Title", v?.Title, Text);
        var section = c.NullableString("Section", v?.Section);
        var citation = c.NullableRecord("Citation", v?.Citation, Citation);
        var note = c.NullableString("Note", v?.Note);
        var formerIds = Strings(c, "FormerIds", v?.FormerIds);
        var titleInferred = c.Boolean("TitleInferred", v?.TitleInferred);
        var titleEvidence = c.NullableString("TitleEvidence", v?.TitleEvidence);
        var all = c.Shaped("Items", v?.AllItems.ToArray(), items, Project);
        return new ProjectList
        {
            Id = id, DocumentId = documentId, Box = box, Title = title, Section = section, Citation = citation, Note = note, FormerIds = formerIds,
            TitleInferred = titleInferred, TitleEvidence = titleEvidence, Groups = Groups(c, v?.Groups, all),
        };
    }

    /// <summary>The groups of a list, each its heading and how many of <paramref name="items"/> (in order) it holds.</summary>
    public static IReadOnlyList<ProjectGroup> Groups(C c, IReadOnlyList<ProjectGroup>? v, Project[] items)
    {
        var next = 0;
        return c.List("Groups", v, (c, g) =>
        {
            var heading = c.Record("Heading", g?.Heading, Text);
            var citation = c.NullableRecord("Citation", g?.Citation, Citation);
            var note = c.NullableString("Note", g?.Note);
            var count = c.Count("Items", g?.Items.Count);
            if (count > items.Length - next)
            {
                throw new FormatException("PlanModel data is corrupt: a project group holds more items than its list.");
            }

            var groupItems = new Project[count];
            Array.Copy(items, next, groupItems, 0, count);
            next += count;
            return new ProjectGroup { Heading = heading, Citation = citation, Note = note, Items = groupItems };
        });
    }

    // ------------------------------------------------------------ targets, outline, boxes

    public static PlanTarget Target(C c, PlanTarget? v) => new()
    {
        Id = c.String("Id", v?.Id),
        DocumentId = c.String("DocumentId", v?.DocumentId),
        Subject = c.Record("Subject", v?.Subject, Text),
        CatalogueId = c.NullableString("CatalogueId", v?.CatalogueId),
        Value = c.Record("Value", v?.Value, Value),
        Relation = c.NullableString("Relation", v?.Relation),
        Measure = (ValueMeasure)c.Enum("Measure", typeof(ValueMeasure), (int?)v?.Measure),
        Horizon = c.Record("Horizon", v?.Horizon, static (c, h) => new Horizon { From = c.Int32("From", h?.From), To = c.Int32("To", h?.To) }),
        BaseYear = c.NullableInt32("BaseYear", v?.BaseYear),
        Role = (ValueRole)c.Enum("Role", typeof(ValueRole), (int?)v?.Role),
        List = c.NullableString("List", v?.List),
        Section = c.NullableString("Section", v?.Section),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
        Note = c.NullableString("Note", v?.Note),
        FormerIds = Strings(c, "FormerIds", v?.FormerIds),
    };

    /// <summary>The outline: each node's members, then its children (a node's evidence is written only when its
    /// title is inferred).</summary>
    public static IReadOnlyList<OutlineNode> Outline(C c, string field, IReadOnlyList<OutlineNode>? v) => c.List(field, v, OutlineNode);

    public static OutlineNode OutlineNode(C c, OutlineNode? v) => new()
    {
        Id = c.String("Id", v?.Id),
        Level = (OutlineLevel)c.Enum("Level", typeof(OutlineLevel), (int?)v?.Level),
        Number = c.String("Number", v?.Number),
        Title = c.Record("Title", v?.Title, Text),
        Inferred = c.Boolean("Inferred", v?.Inferred),
        Evidence = c.NullableString("Evidence", v is { Inferred: true } ? v.Evidence : null),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
        Children = Outline(c, "Children", v?.Children),
    };

    public static BoxRegistration Box(C c, BoxRegistration? v) => new()
    {
        Box = c.Int32("Box", v?.Box),
        Status = c.String("Status", v?.Status),
        Title = c.Record("Title", v?.Title, Text),
        Reason = c.String("Reason", v?.Reason),
        Citation = c.NullableRecord("Citation", v?.Citation, Citation),
    };

    // ------------------------------------------------------------ documents and the catalogue

    /// <summary>
    /// A document as its generated class reads it: its members, each table, each project list, the targets (as
    /// many of each as <paramref name="shape"/> says), the outline and the box register.
    /// </summary>
    public static PlanDocument Document(C c, PlanDocument? v, DocumentShape shape) => new()
    {
        Id = c.String("Id", v?.Id),
        Kind = (DocumentKind)c.Enum("Kind", typeof(DocumentKind), (int?)v?.Kind),
        Title = c.Record("Title", v?.Title, Text),
        Region = c.Record("Region", v?.Region, Region),
        ParentId = c.NullableString("ParentId", v?.ParentId),
        PeriodStart = c.Int32("PeriodStart", v?.PeriodStart),
        PeriodEnd = c.Int32("PeriodEnd", v?.PeriodEnd),
        VisionYear = c.NullableInt32("VisionYear", v?.VisionYear),
        Delivered = c.MarkedRecord("Delivered", v?.Delivered, Delivery),
        Source = c.Record("Source", v?.Source, Source),
        FormerIds = Strings(c, "FormerIds", v?.FormerIds),
        Tables = c.Shaped("Tables", v?.Tables, shape.Rows.Count, (c, t) => Table(c, t, shape.RowsOf(shape.NextTable++))),
        ProjectLists = c.Shaped("ProjectLists", v?.ProjectLists, shape.Items.Count, (c, l) => List(c, l, shape.ItemsOf(shape.NextList++))),
        Targets = c.Shaped("Targets", v?.Targets, shape.Targets, Target),
        Outline = Outline(c, "Outline", v?.Outline),
        RegisteredBoxes = c.List("RegisteredBoxes", v?.RegisteredBoxes, Box),
    };

    /// <summary>A document in a data file: its shape (what a generated class knows from its members and a reader
    /// without one must be told), then <see cref="Document"/>.</summary>
    public static PlanDocument ShapedDocument(C c, PlanDocument? v)
    {
        var shape = Shape(c, v);
        return c.Record("Document", v, (c, d) => Document(c, d, shape));
    }

    /// <summary>A document's shape, the part of a data file's document section in front of the document (integers
    /// only, so the document after it numbers its strings from 0, as the data a generated class embeds).</summary>
    public static DocumentShape Shape(C c, PlanDocument? v) => new(
        c.List("TableRows", v?.Tables, static (c, t) => c.Count("Rows", t?.Rows.Count)),
        c.List("ListItems", v?.ProjectLists, static (c, l) => c.Count("Items", l?.AllItems.Count())),
        c.Count("Targets", v?.Targets.Count));

    /// <summary>The catalogue: its indicators, then its units.</summary>
    public static IndicatorCatalogue Catalogue(C c, IndicatorCatalogue? v) => new(
        c.List("Indicators", v?.Indicators, static (c, i) => new CatalogueIndicator
        {
            Id = c.String("Id", i?.Id),
            Name = c.Record("Name", i?.Name, Text),
            Aliases = Strings(c, "Aliases", i?.Aliases),
            FormerIds = Strings(c, "FormerIds", i?.FormerIds),
            UnitId = c.NullableString("UnitId", i?.UnitId),
            Measure = c.NullableString("Measure", i?.Measure),
            Direction = (IndicatorDirection)c.Enum("Direction", typeof(IndicatorDirection), (int?)i?.Direction),
        }),
        c.List("Units", v?.Units, static (c, u) => new UnitDefinition
        {
            Id = c.String("Id", u?.Id),
            Symbol = c.String("Symbol", u?.Symbol),
            Name = c.Record("Name", u?.Name, Text),
            BaseId = c.NullableString("BaseId", u?.BaseId),
            Multiplier = c.Int32("Multiplier", u?.Multiplier),
        }));
}

/// <summary>How many rows each table has, how many items each project list, and how many targets a document has:
/// what a generated class knows from its members.</summary>
internal sealed class DocumentShape
{
    public DocumentShape(IReadOnlyList<int> rows, IReadOnlyList<int> items, int targets)
    {
        Rows = rows;
        Items = items;
        Targets = targets;
    }

    public IReadOnlyList<int> Rows { get; }

    public IReadOnlyList<int> Items { get; }

    public int Targets { get; }

    /// <summary>The row count of table <paramref name="i"/> (0 past the end: the describing codec reads no shape).</summary>
    public int RowsOf(int i) => i < Rows.Count ? Rows[i] : 0;

    /// <summary>The item count of project list <paramref name="i"/>.</summary>
    public int ItemsOf(int i) => i < Items.Count ? Items[i] : 0;

    /// <summary>The table read next (the layout walks the tables in order).</summary>
    public int NextTable { get; set; }

    /// <summary>The project list read next.</summary>
    public int NextList { get; set; }
}

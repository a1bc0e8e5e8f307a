using System.ComponentModel;
using System.Text.Json.Serialization;

namespace PlanModel.Cli.Export;

// The export's read model (docs/export.md): one record per JSON object, declared in the order the JSON writes its
// properties. JSON, CSV and SQLite read these records; docs/export.schema.json is generated from them (ExportSchema).
// A parameter with a default is optional: absent from the JSON when null. Enumerations are written as their
// vocabulary word (PlanModel.Vocabularies), kebab-case.

/// <summary>The whole export.</summary>
public sealed record ExportFile(
    [property: Description("Always planmodel-export.")] string Format,
    [property: Description("The export format version; the major part changes when a name or meaning changes.")] string Version,
    IReadOnlyList<ExportDocument> Documents,
    ExportCatalogue Catalogue);

/// <summary>Chinese exactly as printed, with its English translation.</summary>
public sealed record ExportText(
    [property: Description("Chinese exactly as printed")] string Zh,
    [property: Description("English translation")] string En);

/// <summary>Where a text or value is printed in its archived source.</summary>
public sealed record ExportCitation(
    [property: Description("Corpus-relative archived source, e.g. sources/003_….txt")] string File,
    int Line,
    [property: Description("All lines when the text is split over several")] IReadOnlyList<int>? Lines = null,
    [property: Description("Exact excerpt of the line")] string? Quote = null,
    [property: Description("0-based UTF-16 offset of the quote (or the raw value) in the line")] int? Offset = null);

/// <summary>One document.</summary>
public sealed record ExportDocument(
    string Id,
    [property: Description(ExportDescriptions.FormerIds)] IReadOnlyList<string>? FormerIds,
    DocumentKind Kind,
    ExportText Title,
    ExportRegion Region,
    string? Parent,
    ExportPeriod Period,
    int? VisionYear,
    ExportDelivery? Delivered,
    ExportSource Source,
    IReadOnlyList<ExportTable> Tables,
    IReadOnlyList<ExportProjectList> ProjectLists,
    IReadOnlyList<ExportOutlineNode> Outline,
    IReadOnlyList<ExportTarget> Targets,
    IReadOnlyList<ExportRegisteredBox> RegisteredBoxes);

/// <summary>The region a document covers.</summary>
public sealed record ExportRegion([property: Description("Six-digit administrative division code")] string Code, RegionLevel Level, ExportText Name);

/// <summary>The years a document plans for.</summary>
public sealed record ExportPeriod(int Start, int End);

/// <summary>When and by whom a work report was delivered.</summary>
public sealed record ExportDelivery(string? Date = null, ExportText? Session = null, ExportText? Speaker = null);

/// <summary>The archived source of a document and the lines it spans.</summary>
public sealed record ExportSource(string File, [property: Description("Lower-case hex SHA-256 of the archived file")] string Sha256, int Line, int EndLine);

/// <summary>An indicator table.</summary>
public sealed record ExportTable(
    string Id,
    [property: Description(ExportDescriptions.FormerIds)] IReadOnlyList<string>? FormerIds,
    int? Box,
    ExportText Title,
    string? Section,
    ExportCitation? Citation,
    string? Note,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<ExportCategory> Categories,
    ExportLegend? Legend,
    IReadOnlyList<ExportRow> Rows);

/// <summary>A table column.</summary>
public sealed record ExportColumn(string Key, ExportText Header, int? Year, ValueRole Role);

/// <summary>A category heading of a table.</summary>
public sealed record ExportCategory(string Key, string Printed, ExportText Label, ExportCitation? Citation = null);

/// <summary>A table's legend of markers.</summary>
public sealed record ExportLegend(string Raw, IReadOnlyList<ExportLegendMarker> Markers, ExportCitation? Citation = null);

/// <summary>A legend marker and what it marks.</summary>
public sealed record ExportLegendMarker(string Marker, ValueMeasure Measure, string Text);

/// <summary>A table row: one indicator.</summary>
public sealed record ExportRow(
    [property: Description("table id / sequence (sub-rows: parent#position)")] string Key,
    string? Seq,
    string? Parent,
    string? Category,
    [property: Description("The name cell exactly as printed")] string Printed,
    ExportText Name,
    string? CatalogueId,
    ExportUnit Unit,
    IndicatorAttribute Attribute,
    string? AttributeRaw,
    ExportCitation? Citation,
    string? Note,
    IReadOnlyList<ExportValue> Values);

/// <summary>A row's unit as printed and as catalogued.</summary>
public sealed record ExportUnit(string Raw, string? Id = null, string? PriceBasis = null);

/// <summary>A value: raw text, reading and citation.</summary>
public sealed record ExportValue(
    string Column,
    int? Year,
    ValueRole Role,
    [property: Description("Exactly as printed; empty for a blank cell; null when the extraction lost the cell")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    string? Raw,
    ValueQualifier Qualifier,
    decimal? Value,
    decimal? Max,
    IReadOnlyList<decimal>? Ratio,
    IReadOnlyList<string>? Markers,
    [property: Description("力争 (strive for) is printed before the number: an aspiration")] bool? Aspiration,
    ValueMeasure Measure,
    string? UnitId,
    [property: Description("The transcriber overrode the parser's reading (see note)")] bool? Overridden,
    ExportCitation? Citation,
    string? Note);

/// <summary>A project list (box).</summary>
public sealed record ExportProjectList(
    string Id,
    [property: Description(ExportDescriptions.FormerIds)] IReadOnlyList<string>? FormerIds,
    int? Box,
    ExportText Title,
    [property: Description("Present when the source lost the title and it was reconstructed (see titleEvidence).")] bool? TitleInferred,
    string? TitleEvidence,
    string? Section,
    ExportCitation? Citation,
    string? Note,
    IReadOnlyList<ExportProjectGroup> Groups);

/// <summary>A group of projects under one heading.</summary>
public sealed record ExportProjectGroup(ExportText Heading, ExportCitation? Citation, string? Note, IReadOnlyList<ExportProject> Items);

/// <summary>A project.</summary>
public sealed record ExportProject(
    ExportText Name,
    [property: Description("The status verb as printed")] string? StatusRaw,
    ProjectStatusCode Status,
    IReadOnlyList<ExportQuantity>? Quantities,
    ExportCitation? Citation,
    string? Note);

/// <summary>A quantity printed with a project.</summary>
public sealed record ExportQuantity(string Raw, decimal? Value = null, string? Unit = null);

/// <summary>A heading of the outline.</summary>
public sealed record ExportOutlineNode(
    string Id,
    OutlineLevel Level,
    string Number,
    ExportText Title,
    bool? Inferred,
    string? Evidence,
    ExportCitation? Citation,
    IReadOnlyList<ExportOutlineNode>? Children);

/// <summary>A prose target or figure.</summary>
public sealed record ExportTarget(
    string Id,
    [property: Description(ExportDescriptions.FormerIds)] IReadOnlyList<string>? FormerIds,
    ExportText Subject,
    string? CatalogueId,
    string? Relation,
    ValueMeasure Measure,
    ExportHorizon Horizon,
    [property: Description("The base year a multiple (翻一番, 增长N倍) refers to")] int? BaseYear,
    ValueRole Role,
    string? List,
    string? Section,
    ExportValue Value,
    string? Note);

/// <summary>The years a target spans.</summary>
public sealed record ExportHorizon(int From, int To);

/// <summary>A box the register records as pending or waived.</summary>
public sealed record ExportRegisteredBox(int Box, string Status, ExportText Title, string Reason, ExportCitation? Citation = null);

/// <summary>The indicator catalogue.</summary>
public sealed record ExportCatalogue(IReadOnlyList<ExportIndicator> Indicators, IReadOnlyList<ExportUnitEntry> Units);

/// <summary>A catalogue indicator.</summary>
public sealed record ExportIndicator(
    string Id,
    [property: Description(ExportDescriptions.FormerIds)] IReadOnlyList<string>? FormerIds,
    ExportText Name,
    IReadOnlyList<string> Aliases,
    string? Unit,
    string? Measure,
    IndicatorDirection Direction);

/// <summary>A catalogue unit.</summary>
public sealed record ExportUnitEntry(string Id, string Symbol, ExportText Name, string? Base, int Multiplier);

/// <summary>Descriptions said of several properties.</summary>
internal static class ExportDescriptions
{
    public const string FormerIds = "Ids it had before a rename (YAML formerIds); present only when recorded.";
}

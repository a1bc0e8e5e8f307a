namespace PlanModel.Yaml.Specs;

/// <summary>A value column.</summary>
public sealed record ColumnSpec(string Key, TextSpec Header, int? Year, string Role, Pos Pos);

/// <summary>A legend marker.</summary>
public sealed record MarkerSpec(string Marker, string Measure, string? Text, Pos Pos);

/// <summary>A table legend.</summary>
public sealed record LegendSpec(string Raw, CiteSpec? Cite, EquatableArray<MarkerSpec> Markers, EquatableArray<TextSpec> Notes, Pos Pos);

/// <summary>A category row.</summary>
public sealed record CategorySpec(string Key, string Printed, TextSpec Label, CiteSpec? Cite, string? Note, Pos Pos);

/// <summary>The unit of a row.</summary>
public sealed record UnitSpec(string Raw, string? Id, string? PriceBasis, string? Note, Pos Pos);

/// <summary>One value cell of a row.</summary>
public sealed record CellSpec(string Column, ValueSpec Value);

/// <summary>An indicator row.</summary>
public sealed record RowSpec(
    ValueSpec? Seq,
    string? Parent,
    string? Category,
    Pos CategoryPos,
    string Printed,
    CiteSpec? Cite,
    TextSpec Name,
    string? Indicator,
    Pos IndicatorPos,
    UnitSpec? Unit,
    ValueSpec? Attribute,
    EquatableArray<CellSpec> Values,
    string? Note,
    Pos Pos,
    NameSpec Names);

/// <summary>A <c>kind: table</c> file.</summary>
public sealed record TableSpec(
    BlockHeaderSpec Header,
    EquatableArray<ColumnSpec> Columns,
    bool AttributeColumn,
    LegendSpec? Legend,
    EquatableArray<CategorySpec> Categories,
    EquatableArray<RowSpec> Rows,
    Pos Pos,
    EquatableArray<UncitedSpec> Uncited) : BlockSpec(Header, Pos, Uncited);

namespace PlanModel.Yaml.Specs;

/// <summary>The region block.</summary>
public sealed record RegionSpec(string Code, string Level, TextSpec Name, Pos Pos);

/// <summary>The source block: archived file, hash and the lines the document spans.</summary>
public sealed record SourceSpec(string File, string Sha256, int Line, int EndLine, string? Quote, Pos Pos, Pos FilePos, Pos ShaPos);

/// <summary>Delivery of a work report.</summary>
public sealed record DeliveredSpec(string? Date, TextSpec? Session, TextSpec? Speaker, Pos Pos);

/// <summary>An entry of the box register (a box without a file of its own).</summary>
public sealed record BoxRegSpec(int Box, string Status, TextSpec Title, string Reason, CiteSpec? Cite, Pos Pos);

/// <summary>A <c>kind: document</c> file.</summary>
public sealed record DocumentSpec(
    string Id,
    string Type,
    NameSpec Names,
    TextSpec Title,
    RegionSpec Region,
    string? Parent,
    Pos ParentPos,
    int PeriodStart,
    int PeriodEnd,
    int? VisionYear,
    DeliveredSpec? Delivered,
    SourceSpec Source,
    EquatableArray<BoxRegSpec> Boxes,
    string? Note,
    Pos Pos);

namespace PlanModel.Yaml.Specs;

/// <summary>An outline heading.</summary>
public sealed record OutlineNodeSpec(string Id, string Level, string? Number, TextSpec Title, CiteSpec? Cite, bool Inferred, string? Evidence, string? Note, Pos Pos);

/// <summary>The horizon of a target.</summary>
public sealed record HorizonSpec(int From, int To, Pos Pos);

/// <summary>A figure stated in the prose.</summary>
public sealed record TargetSpec(
    string Id,
    TextSpec Subject,
    string? Indicator,
    Pos IndicatorPos,
    ValueSpec Value,
    string? Unit,
    Pos UnitPos,
    string? Relation,
    string? Measure,
    HorizonSpec Horizon,
    int? BaseYear,
    string Role,
    string? List,
    string? Section,
    Pos SectionPos,
    string? Note,
    Pos Pos,
    NameSpec Names);

/// <summary>A catalogue indicator.</summary>
public sealed record CatalogueIndicatorSpec(string Id, TextSpec Name, EquatableArray<string> Aliases, string? Unit, Pos UnitPos, string? Measure, string? Direction, string? Note, Pos Pos, NameSpec Names);

/// <summary>A unit definition.</summary>
public sealed record UnitDefSpec(string Id, string Symbol, TextSpec Name, string? Base, int Multiplier, Pos Pos);

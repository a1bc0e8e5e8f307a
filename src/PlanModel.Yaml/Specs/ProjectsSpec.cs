namespace PlanModel.Yaml.Specs;

/// <summary>A quantity of a project.</summary>
public sealed record QuantitySpec(string Raw, decimal? Value, string? Unit, Pos Pos);

/// <summary>A project's status.</summary>
public sealed record StatusSpec(string? Raw, string? Code, Pos Pos);

/// <summary>A project item.</summary>
public sealed record ItemSpec(TextSpec Name, StatusSpec? Status, EquatableArray<QuantitySpec> Quantities, CiteSpec? Cite, string? Note, Pos Pos, NameSpec Names);

/// <summary>A group inside a box.</summary>
public sealed record GroupSpec(TextSpec Heading, CiteSpec? Cite, EquatableArray<ItemSpec> Items, string? Note, Pos Pos);

/// <summary>A <c>kind: projects</c> file.</summary>
public sealed record ProjectsSpec(
    BlockHeaderSpec Header,
    EquatableArray<GroupSpec> Groups,
    bool TitleInferred,
    string? Evidence,
    Pos Pos,
    EquatableArray<UncitedSpec> Uncited) : BlockSpec(Header, Pos, Uncited);

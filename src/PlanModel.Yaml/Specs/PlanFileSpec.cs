namespace PlanModel.Yaml.Specs;

/// <summary>Kinds of YAML file.</summary>
public static class FileKinds
{
    /// <summary>document.yaml.</summary>
    public const string Document = "document";
    /// <summary>An indicator table.</summary>
    public const string Table = "table";
    /// <summary>A box or list of projects.</summary>
    public const string Projects = "projects";
    /// <summary>The outline.</summary>
    public const string Outline = "outline";
    /// <summary>Prose figures.</summary>
    public const string Targets = "targets";
    /// <summary>Catalogue indicators.</summary>
    public const string Indicators = "indicators";
    /// <summary>Catalogue units.</summary>
    public const string Units = "units";
    /// <summary>The published generated names (the lock of the public API's names).</summary>
    public const string Published = "published";
}

/// <summary>One YAML file, bound to its typed spec (exactly one of the parts is set, per <see cref="Kind"/>).</summary>
public sealed record PlanFileSpec(
    string Path,
    string Kind,
    string? DocumentId,
    Pos DocumentPos,
    DocumentSpec? Document,
    TableSpec? Table,
    ProjectsSpec? Projects,
    EquatableArray<OutlineNodeSpec> Outline,
    EquatableArray<TargetSpec> Targets,
    EquatableArray<CatalogueIndicatorSpec> Indicators,
    EquatableArray<UnitDefSpec> Units,
    EquatableArray<UncitedSpec> OutlineUncited,
    EquatableArray<TargetTextSpec> TargetText,
    EquatableArray<UntargetedSpec> Untargeted,
    EquatableArray<PublishedNameSpec> Published);

/// <summary>One entry of a <c>kind: published</c> file: a generated name consumers may compile against.</summary>
public sealed record PublishedNameSpec(string Name, Pos Pos);

/// <summary>The result of reading one file: its spec (null when unreadable), its diagnostics and the hash of its text
/// (<see cref="Corpus.CorpusHash.OfText"/>; null when the file was refused before it was read).</summary>
public sealed record FileParseResult(PlanFileSpec? File, EquatableArray<PlanDiagnostic> Diagnostics, string? ContentHash = null);

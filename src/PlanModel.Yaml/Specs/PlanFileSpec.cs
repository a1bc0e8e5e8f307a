using System;
using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Yaml.Specs;

/// <summary>
/// One YAML file, bound to its typed spec: one sealed record per file kind, holding exactly that kind's part. The
/// kind word of each record is in the binder table (<see cref="Binding.PlanFileReader"/>), the only place that maps
/// words to records. Closed: records can be declared only in this assembly, and <see cref="Match{T}"/> takes one case
/// per kind, so a new kind fails to compile at every consumer that must handle all of them.
/// </summary>
public abstract record PlanFileSpec
{
    private protected PlanFileSpec(string path)
    {
        Path = path;
    }

    /// <summary>The file's path, as given to the reader (shown in diagnostics).</summary>
    public string Path { get; }

    /// <summary>The id of the document the file belongs to (its own id for document.yaml); null for corpus-wide files
    /// and for a part whose <c>document</c> could not be read.</summary>
    public virtual string? DocumentId => null;

    /// <summary>The case of this file's kind: one function per kind, so a new kind (a new parameter) fails to compile
    /// at every caller until it says what to do with it.</summary>
    public T Match<T>(
        Func<DocumentFileSpec, T> document,
        Func<TableFileSpec, T> table,
        Func<ProjectsFileSpec, T> projects,
        Func<OutlineFileSpec, T> outline,
        Func<TargetsFileSpec, T> targets,
        Func<IndicatorsFileSpec, T> indicators,
        Func<UnitsFileSpec, T> units,
        Func<PublishedFileSpec, T> published) => this switch
    {
        DocumentFileSpec f => document(f),
        TableFileSpec f => table(f),
        ProjectsFileSpec f => projects(f),
        OutlineFileSpec f => outline(f),
        TargetsFileSpec f => targets(f),
        IndicatorsFileSpec f => indicators(f),
        UnitsFileSpec f => units(f),
        PublishedFileSpec f => published(f),

        // Unreachable while every record has its arm: FileModelTests matches a file of every kind.
        _ => throw new InvalidOperationException("no case for " + GetType().Name),
    };
}

/// <summary>A file that is part of one document (named by its <c>document</c> key).</summary>
public abstract record DocumentPartFileSpec : PlanFileSpec
{
    private protected DocumentPartFileSpec(string path, string? documentId, Pos documentPos)
        : base(path)
    {
        DocumentId = documentId;
        DocumentPos = documentPos;
    }

    /// <inheritdoc/>
    public override string? DocumentId { get; }

    /// <summary>Where the <c>document</c> key is (or the file's top when it is missing).</summary>
    public Pos DocumentPos { get; }
}

/// <summary>document.yaml: the document itself.</summary>
public sealed record DocumentFileSpec(string Path, DocumentSpec Document) : PlanFileSpec(Path)
{
    /// <inheritdoc/>
    public override string DocumentId => Document.Id;
}

/// <summary>An indicator table of a document.</summary>
public sealed record TableFileSpec(string Path, string? DocumentId, Pos DocumentPos, TableSpec Table) : DocumentPartFileSpec(Path, DocumentId, DocumentPos);

/// <summary>A box or list of projects of a document.</summary>
public sealed record ProjectsFileSpec(string Path, string? DocumentId, Pos DocumentPos, ProjectsSpec Projects) : DocumentPartFileSpec(Path, DocumentId, DocumentPos);

/// <summary>The outline of a document and its <c>uncited</c> entries (the table of contents).</summary>
public sealed record OutlineFileSpec(string Path, string? DocumentId, Pos DocumentPos, EquatableArray<OutlineNodeSpec> Nodes, EquatableArray<UncitedSpec> Uncited) : DocumentPartFileSpec(Path, DocumentId, DocumentPos);

/// <summary>The prose figures of a document, its declared target-setting text and the numbers in it that are not targets.</summary>
public sealed record TargetsFileSpec(string Path, string? DocumentId, Pos DocumentPos, EquatableArray<TargetSpec> Targets, EquatableArray<TargetTextSpec> TargetText, EquatableArray<UntargetedSpec> Untargeted) : DocumentPartFileSpec(Path, DocumentId, DocumentPos);

/// <summary>Catalogue indicators (corpus-wide).</summary>
public sealed record IndicatorsFileSpec(string Path, EquatableArray<CatalogueIndicatorSpec> Indicators) : PlanFileSpec(Path);

/// <summary>Catalogue units (corpus-wide).</summary>
public sealed record UnitsFileSpec(string Path, EquatableArray<UnitDefSpec> Units) : PlanFileSpec(Path);

/// <summary>The published generated names (the lock of the public API's names, published-names.yaml).</summary>
public sealed record PublishedFileSpec(string Path, EquatableArray<PublishedNameSpec> Names) : PlanFileSpec(Path);

/// <summary>One entry of a <c>kind: published</c> file: a generated name consumers may compile against.</summary>
public sealed record PublishedNameSpec(string Name, Pos Pos);

/// <summary>The result of reading one file: its spec (null when unreadable), its diagnostics and the hash of its text
/// (<see cref="Corpus.CorpusHash.OfText"/>; null when the file was refused before it was read).</summary>
public sealed record FileParseResult(PlanFileSpec? File, EquatableArray<PlanDiagnostic> Diagnostics, string? ContentHash = null);

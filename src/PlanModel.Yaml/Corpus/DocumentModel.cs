namespace PlanModel.Yaml.Corpus;

/// <summary>A document with all its files, equatable so the generator regenerates only what changed.</summary>
public sealed record DocumentModel(string Path, DocumentSpec Document, EquatableArray<DocumentPartFileSpec> Parts)
{
    /// <summary>The document id.</summary>
    public string Id => Document.Id;

    /// <summary>The table files in path order.</summary>
    public IEnumerable<(string Path, TableSpec Table)> Tables => Each<TableFileSpec, TableSpec>(f => new[] { f.Table });

    /// <summary>The project lists in path order.</summary>
    public IEnumerable<(string Path, ProjectsSpec Projects)> ProjectLists => Each<ProjectsFileSpec, ProjectsSpec>(f => new[] { f.Projects });

    /// <summary>The <c>uncited</c> entries of the outline files (the table of contents).</summary>
    public IEnumerable<UncitedSpec> OutlineUncited
    {
        get
        {
            foreach (var (_, u) in Each<OutlineFileSpec, UncitedSpec>(f => f.Uncited))
            {
                yield return u;
            }
        }
    }

    /// <summary>The first outline file and its top, where outline-wide findings are reported.</summary>
    public (string Path, Pos Pos)? OutlineFile
    {
        get
        {
            foreach (var p in Parts)
            {
                if (p is OutlineFileSpec)
                {
                    return (p.Path, p.DocumentPos);
                }
            }

            return null;
        }
    }

    /// <summary>The outline nodes of all outline files.</summary>
    public IEnumerable<(string Path, OutlineNodeSpec Node)> Outline => Each<OutlineFileSpec, OutlineNodeSpec>(f => f.Nodes);

    /// <summary>The declared target-setting text of all target files (PLAN412).</summary>
    public IEnumerable<(string Path, TargetTextSpec Entry)> TargetText => Each<TargetsFileSpec, TargetTextSpec>(f => f.TargetText);

    /// <summary>The numbers of target-setting text listed as not targets, of all target files (PLAN412).</summary>
    public IEnumerable<(string Path, UntargetedSpec Entry)> Untargeted => Each<TargetsFileSpec, UntargetedSpec>(f => f.Untargeted);

    /// <summary>The targets of all target files.</summary>
    public IEnumerable<(string Path, TargetSpec Target)> Targets => Each<TargetsFileSpec, TargetSpec>(f => f.Targets);

    /// <summary>The entries <paramref name="of"/> gives for each part of kind <typeparamref name="TFile"/>, with its path, in path order.</summary>
    private IEnumerable<(string Path, T Entry)> Each<TFile, T>(System.Func<TFile, IEnumerable<T>> of)
        where TFile : DocumentPartFileSpec
    {
        foreach (var p in Parts)
        {
            if (p is TFile f)
            {
                foreach (var e in of(f))
                {
                    yield return (p.Path, e);
                }
            }
        }
    }
}

/// <summary>The catalogue: indicator and unit definitions with the files they came from.</summary>
public sealed record CatalogueModel(EquatableArray<CatalogueIndicatorSpec> Indicators, EquatableArray<UnitDefSpec> Units);

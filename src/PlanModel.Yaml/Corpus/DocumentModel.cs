namespace PlanModel.Yaml.Corpus;

/// <summary>A document with all its files, equatable so the generator regenerates only what changed.</summary>
public sealed record DocumentModel(string Path, DocumentSpec Document, EquatableArray<PlanFileSpec> Parts)
{
    /// <summary>The document id.</summary>
    public string Id => Document.Id;

    /// <summary>The table files in path order.</summary>
    public IEnumerable<(string Path, TableSpec Table)> Tables
    {
        get
        {
            foreach (var p in Parts)
            {
                if (p.Table is not null)
                {
                    yield return (p.Path, p.Table);
                }
            }
        }
    }

    /// <summary>The project lists in path order.</summary>
    public IEnumerable<(string Path, ProjectsSpec Projects)> ProjectLists
    {
        get
        {
            foreach (var p in Parts)
            {
                if (p.Projects is not null)
                {
                    yield return (p.Path, p.Projects);
                }
            }
        }
    }

    /// <summary>The <c>uncited</c> entries of the outline files (the table of contents).</summary>
    public IEnumerable<UncitedSpec> OutlineUncited
    {
        get
        {
            foreach (var p in Parts)
            {
                foreach (var u in p.OutlineUncited)
                {
                    yield return u;
                }
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
                if (p.Kind == FileKinds.Outline)
                {
                    return (p.Path, p.DocumentPos);
                }
            }

            return null;
        }
    }

    /// <summary>The outline nodes of all outline files.</summary>
    public IEnumerable<(string Path, OutlineNodeSpec Node)> Outline
    {
        get
        {
            foreach (var p in Parts)
            {
                foreach (var n in p.Outline)
                {
                    yield return (p.Path, n);
                }
            }
        }
    }

    /// <summary>The declared target-setting text of all target files (PLAN412).</summary>
    public IEnumerable<(string Path, TargetTextSpec Entry)> TargetText
    {
        get
        {
            foreach (var p in Parts)
            {
                foreach (var e in p.TargetText)
                {
                    yield return (p.Path, e);
                }
            }
        }
    }

    /// <summary>The numbers of target-setting text listed as not targets, of all target files (PLAN412).</summary>
    public IEnumerable<(string Path, UntargetedSpec Entry)> Untargeted
    {
        get
        {
            foreach (var p in Parts)
            {
                foreach (var u in p.Untargeted)
                {
                    yield return (p.Path, u);
                }
            }
        }
    }

    /// <summary>The targets of all target files.</summary>
    public IEnumerable<(string Path, TargetSpec Target)> Targets
    {
        get
        {
            foreach (var p in Parts)
            {
                foreach (var t in p.Targets)
                {
                    yield return (p.Path, t);
                }
            }
        }
    }
}

/// <summary>The catalogue: indicator and unit definitions with the files they came from.</summary>
public sealed record CatalogueModel(EquatableArray<CatalogueIndicatorSpec> Indicators, EquatableArray<UnitDefSpec> Units);

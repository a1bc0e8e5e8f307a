namespace PlanModel.Yaml.Corpus;

/// <summary>Parsed files grouped into documents and a catalogue, once: what validation, the runtime corpus, export,
/// report and diff all start from.</summary>
public sealed class AssembledCorpus
{
    private AssembledCorpus(IReadOnlyList<FileParseResult> files, IReadOnlyList<PlanFileSpec> specs, IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue, IReadOnlyList<PlanDiagnostic> diagnostics)
    {
        Files = files;
        Specs = specs;
        Documents = documents;
        Catalogue = catalogue;
        Diagnostics = diagnostics;
    }

    /// <summary>Every file's parse result, in the order given.</summary>
    public IReadOnlyList<FileParseResult> Files { get; }

    /// <summary>The files that parsed.</summary>
    public IReadOnlyList<PlanFileSpec> Specs { get; }

    /// <summary>The documents with their parts.</summary>
    public IReadOnlyList<DocumentModel> Documents { get; }

    /// <summary>The catalogue of indicators and units.</summary>
    public CatalogueModel Catalogue { get; }

    /// <summary>The reader's findings of every file and the assembly's (duplicate ids, orphan files), unsorted.</summary>
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    /// <summary>Assembles parsed files.</summary>
    public static AssembledCorpus Of(IReadOnlyList<FileParseResult> files)
    {
        var d = new DiagnosticBag();
        var specs = new List<PlanFileSpec>();
        foreach (var f in files)
        {
            d.AddRange(f.Diagnostics);
            if (f.File is not null)
            {
                specs.Add(f.File);
            }
        }

        var (documents, catalogue) = CorpusAssembler.Assemble(specs, d);
        return new AssembledCorpus(files, specs, documents, catalogue, d.Items);
    }
}

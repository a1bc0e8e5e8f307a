using System.Text.RegularExpressions;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// Runs every rule of docs/rules.md over a parsed corpus: schema findings from the reader, references,
/// provenance against the archived sources, completeness and arithmetic. Never throws.
/// </summary>
public static class CorpusValidator
{
    private static readonly Regex BoxMention = new("专栏\\s*([0-9]+)", RegexOptions.CultureInvariant);

    /// <summary>Validates parsed files; returns every finding, severity-mapped and sorted.</summary>
    public static IReadOnlyList<PlanDiagnostic> Validate(IReadOnlyList<FileParseResult> files, ValidationOptions options) =>
        Validate(AssembledCorpus.Of(files), options);

    /// <summary>Validates an assembled corpus (assembled once by the caller, e.g. a <see cref="CorpusSession"/>);
    /// returns every finding, severity-mapped and sorted. Stops between documents when cancelled.</summary>
    public static IReadOnlyList<PlanDiagnostic> Validate(AssembledCorpus corpus, ValidationOptions options) =>
        Validate(corpus, options, new ValidationCache());

    /// <summary>Validates, reusing what <paramref name="cache"/> kept of the documents that did not change (a fresh
    /// cache checks everything: one code path for a first run and an update).</summary>
    internal static IReadOnlyList<PlanDiagnostic> Validate(AssembledCorpus corpus, ValidationOptions options, ValidationCache cache)
    {
        var d = new DiagnosticBag();
        d.AddRange(corpus.Diagnostics);
        var first = corpus.Files.Count > 0 ? corpus.Files[0].File?.Path ?? "plans" : "plans";
        cache.Begin(corpus.Files);
        try
        {
            var context = new CorpusContext(corpus.Documents, corpus.Catalogue);
            context.Reference(PlanReferences.Ids(options.References));
            ReferencedDuplicates(corpus.Documents, options.References, d);
            ReferencedCatalogueRules.Check(corpus.Specs, options.References, d);
            CatalogueRules.Check(corpus.Specs, context, d);
            Naming.PublishedNames.Check(corpus.Specs, corpus.Documents, corpus.Catalogue, d, cache.Names);
            long spent = 0;
            foreach (var doc in corpus.Documents)
            {
                if (options.Cancellation.IsCancellationRequested)
                {
                    d.Add(PlanRules.ValidationCancelled, doc.Path, 1, 1);
                    return Finish(d.Items, options);
                }

                cache.Rules(doc, context, d);
                if (options.Sources is not null)
                {
                    spent += cache.Provenance(doc, options.Sources, options.Limits, BoxMention, spent, d);
                }
            }

            if (options.Alignment && !options.Cancellation.IsCancellationRequested)
            {
                AlignmentRules.Check(context, options.References, d, cache);
            }

            cache.End();
        }
        catch (Exception ex)
        {
            // Out of memory included: the budgets should make it unreachable, but if it happens the build gets a
            // located PLAN005 rather than an unlocated MSB4018.
            d.Add(PlanRules.ValidationFailed, first, 1, 1, ex.Message);
        }

        return Finish(d.Items, options);
    }

    /// <summary>
    /// The corpus-level part of <see cref="Validate(AssembledCorpus, ValidationOptions)"/> without sources or alignment (what the generator reports once
    /// per corpus): duplicate and orphan findings of the assembly and the catalogue rules. Unsorted, no overrides.
    /// </summary>
    public static EquatableArray<PlanDiagnostic> CheckCorpus(IReadOnlyList<PlanFileSpec> specs, out IReadOnlyList<DocumentModel> documents, out CatalogueModel catalogue) =>
        CheckCorpus(specs, ReferencedIds.Empty, out documents, out catalogue);

    /// <summary>As <see cref="CheckCorpus(IReadOnlyList{PlanFileSpec}, out IReadOnlyList{DocumentModel}, out CatalogueModel)"/>, knowing the
    /// catalogue ids of referenced packages.</summary>
    public static EquatableArray<PlanDiagnostic> CheckCorpus(IReadOnlyList<PlanFileSpec> specs, ReferencedIds references, out IReadOnlyList<DocumentModel> documents, out CatalogueModel catalogue)
    {
        var d = new DiagnosticBag();
        documents = Array.Empty<DocumentModel>();
        catalogue = new CatalogueModel(EquatableArray<CatalogueIndicatorSpec>.Empty, EquatableArray<UnitDefSpec>.Empty);
        try
        {
            (documents, catalogue) = CorpusAssembler.Assemble(specs, d);
            var context = new CorpusContext(documents, catalogue);
            context.Reference(references);
            CatalogueRules.Check(specs, context, d);
            Naming.PublishedNames.Check(specs, documents, catalogue, d);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            d.Add(PlanRules.ValidationFailed, specs.Count > 0 ? specs[0].Path : "plans", 1, 1, ex.Message);
        }

        return d.Items.ToEquatable();
    }

    /// <summary>
    /// The per-document part of <see cref="Validate(AssembledCorpus, ValidationOptions)"/> without sources or alignment: references, sequences,
    /// cells, catalogue links, arithmetic of one document. Unsorted, no overrides. It depends on the rest of the
    /// corpus only through <paramref name="context"/>, so an incremental host re-checks only what changed.
    /// </summary>
    public static EquatableArray<PlanDiagnostic> CheckDocument(DocumentModel document, RuleContext context)
    {
        var d = new DiagnosticBag();
        try
        {
            DocumentRules.Check(document, context.Lookups, d);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            d.Add(PlanRules.ValidationFailed, document.Path, 1, 1, ex.Message);
        }

        return d.Items.ToEquatable();
    }

    /// <summary>A document whose id a referenced package has already taken (PLAN205).</summary>
    private static void ReferencedDuplicates(IReadOnlyList<DocumentModel> documents, IReadOnlyList<PlanCorpus> references, DiagnosticBag d)
    {
        foreach (var r in references)
        {
            foreach (var doc in documents)
            {
                if (r.Find(doc.Id) is PlanDocument other && other.Id == doc.Id)
                {
                    var at = doc.Document.Names.IdPos;
                    d.Add(PlanRules.DocumentIdInPackage, doc.Path, at.Line, at.Column, (doc.Id, r.PackageId));
                }
            }
        }
    }

    /// <summary>Applies severity overrides and sorts by file, line, column and code.</summary>
    public static IReadOnlyList<PlanDiagnostic> Finish(IReadOnlyList<PlanDiagnostic> items, ValidationOptions options)
    {
        var result = new List<PlanDiagnostic>();
        var seen = new HashSet<PlanDiagnostic>();
        foreach (var item in items)
        {
            var sev = item.Severity;
            if (options.Severities.TryGetValue(item.Code, out var over))
            {
                sev = over;
            }

            if (sev == PlanSeverity.Warning && options.WarningsAsErrors)
            {
                sev = PlanSeverity.Error;
            }

            if (sev == PlanSeverity.None)
            {
                continue;
            }

            var mapped = item with { Severity = sev };
            if (seen.Add(mapped))
            {
                result.Add(mapped);
            }
        }

        result.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.File, b.File);
            if (c == 0)
            {
                c = a.Line.CompareTo(b.Line);
            }

            if (c == 0)
            {
                c = a.Column.CompareTo(b.Column);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Code, b.Code);
            }

            return c == 0 ? string.CompareOrdinal(a.Message, b.Message) : c;
        });
        return result;
    }

    internal static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// What the per-document rules need from the rest of the corpus: the document ids (parents must exist) and the
/// catalogue (indicator and unit ids). Equatable, so an incremental host re-checks documents only when it changes.
/// </summary>
public sealed class RuleContext : IEquatable<RuleContext>
{
    private CorpusContext? _lookups;

    /// <summary>Creates the context.</summary>
    public RuleContext(EquatableArray<string> documentIds, CatalogueModel catalogue)
    {
        DocumentIds = documentIds;
        Catalogue = catalogue;
    }

    /// <summary>The ids of the corpus's documents.</summary>
    public EquatableArray<string> DocumentIds { get; }

    /// <summary>The catalogue.</summary>
    public CatalogueModel Catalogue { get; }

    internal CorpusContext Lookups => _lookups ??= new CorpusContext(DocumentIds, Catalogue);

    /// <summary>The context of assembled documents and their catalogue.</summary>
    public static RuleContext Of(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue) => Of(documents, catalogue, ReferencedIds.Empty);

    /// <summary>The context of assembled documents, their catalogue and what referenced packages define (listed first,
    /// so a local definition wins).</summary>
    public static RuleContext Of(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue, ReferencedIds references)
    {
        var ids = new List<string>(references.DocumentIds);
        foreach (var d in documents)
        {
            ids.Add(d.Id);
        }

        var merged = references.DocumentIds.Count == 0 && references.Catalogue.Indicators.Count == 0 && references.Catalogue.Units.Count == 0
            ? catalogue
            : new CatalogueModel(Concat(references.Catalogue.Indicators, catalogue.Indicators), Concat(references.Catalogue.Units, catalogue.Units));
        return new RuleContext(ids.ToEquatable(), merged);
    }

    private static EquatableArray<T> Concat<T>(EquatableArray<T> first, EquatableArray<T> second)
    {
        var list = new List<T>(first);
        list.AddRange(second);
        return list.ToEquatable();
    }

    /// <inheritdoc />
    public bool Equals(RuleContext? other) => other is not null && DocumentIds.Equals(other.DocumentIds) && Catalogue.Equals(other.Catalogue);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleContext);

    /// <inheritdoc />
    public override int GetHashCode() => (DocumentIds.GetHashCode() * 397) ^ Catalogue.GetHashCode();
}

/// <summary>Lookups shared by the rules.</summary>
internal sealed class CorpusContext
{
    public CorpusContext(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue)
        : this(catalogue)
    {
        Documents = documents;
        foreach (var d in documents)
        {
            DocumentsById[d.Id] = d;
            DocumentIds[d.Id] = d.Id;
        }
    }

    /// <summary>Lookups for the per-document rules only (no document models: no alignment).</summary>
    public CorpusContext(IEnumerable<string> documentIds, CatalogueModel catalogue)
        : this(catalogue)
    {
        foreach (var id in documentIds)
        {
            DocumentIds[id] = id;
        }
    }

    private CorpusContext(CatalogueModel catalogue)
    {
        Documents = Array.Empty<DocumentModel>();
        Catalogue = catalogue;

        foreach (var i in catalogue.Indicators)
        {
            Indicators[i.Id] = i;
            NameToIndicator[i.Name.Zh] = i.Id;
            foreach (var a in i.Aliases)
            {
                NameToIndicator[a] = i.Id;
            }
        }

        foreach (var u in catalogue.Units)
        {
            Units[u.Id] = u;
        }
    }

    /// <summary>Makes what referenced packages define known; a local definition of the same id stays.</summary>
    public void Reference(ReferencedIds references)
    {
        foreach (var id in references.DocumentIds)
        {
            DocumentIds[id] = id;
        }

        foreach (var i in references.Catalogue.Indicators)
        {
            if (!Indicators.ContainsKey(i.Id))
            {
                Indicators[i.Id] = i;
                foreach (var name in Names(i))
                {
                    if (!NameToIndicator.ContainsKey(name))
                    {
                        NameToIndicator[name] = i.Id;
                    }
                }
            }
        }

        foreach (var u in references.Catalogue.Units)
        {
            if (!Units.ContainsKey(u.Id))
            {
                Units[u.Id] = u;
            }
        }
    }

    private static IEnumerable<string> Names(CatalogueIndicatorSpec i)
    {
        if (i.Name.Zh.Length > 0)
        {
            yield return i.Name.Zh;
        }

        foreach (var a in i.Aliases)
        {
            yield return a;
        }
    }

    public IReadOnlyList<DocumentModel> Documents { get; }

    public CatalogueModel Catalogue { get; }

    public Dictionary<string, DocumentModel> DocumentsById { get; } = new(StringComparer.Ordinal);

    public ContextTable<string> DocumentIds { get; } = new("documents");

    public ContextTable<CatalogueIndicatorSpec> Indicators { get; } = new("indicators");

    public ContextTable<string> NameToIndicator { get; } = new("names");

    public ContextTable<UnitDefSpec> Units { get; } = new("units");

    /// <summary>The table called <paramref name="name"/> (see <see cref="ContextReads"/>).</summary>
    public IContextTable? Table(string name) => name switch
    {
        "documents" => DocumentIds,
        "indicators" => Indicators,
        "names" => NameToIndicator,
        "units" => Units,
        _ => null,
    };

    /// <summary>Records every lookup into <paramref name="reads"/> until called again with <see langword="null"/>.</summary>
    public void Record(ContextReads? reads)
    {
        DocumentIds.Reads = reads;
        Indicators.Reads = reads;
        NameToIndicator.Reads = reads;
        Units.Reads = reads;
    }
}

using System.Text.RegularExpressions;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// What one validation keeps per document for the next (a <see cref="CorpusSession"/> updated after an edit): the
/// document rules' findings with the context lookups they made, the provenance findings with the source they read,
/// and the runtime document the alignment rules compare. An entry is reused only for the same parsed files (same
/// objects: the session reuses a file's parse while its text hash is unchanged), the same lookup answers and the
/// same source content; anything else is checked again. A fresh cache reuses nothing, so a first run is a full one.
/// </summary>
internal sealed class ValidationCache
{
    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private Dictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);

    /// <summary>The documents whose rules or provenance ran in the last round (not served from the cache).</summary>
    public int DocumentsChecked => _checked.Count;

    /// <summary>Starts a round: entries not used by its end are dropped.</summary>
    public void Begin()
    {
        _next = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _checked.Clear();
    }

    /// <summary>Ends a round that completed.</summary>
    public void End() => _entries = _next;

    /// <summary>Adds the document rules' findings to <paramref name="found"/>, checked again only when the document or a lookup's answer changed.</summary>
    public void Rules(DocumentModel doc, CorpusContext context, DiagnosticBag found)
    {
        var e = EntryOf(doc);
        if (e.Rules is null || e.Reads is null || !e.Reads.StillHold(context))
        {
            var reads = new ContextReads();
            var d = new DiagnosticBag();
            context.Record(reads);
            try
            {
                DocumentRules.Check(doc, context, d);
            }
            catch
            {
                // As in one run without a cache: what was found before the failure is reported with it.
                found.AddRange(d.Items);
                throw;
            }
            finally
            {
                context.Record(null);
            }

            e.Rules = d.Items;
            e.Reads = reads;
            _checked.Add(doc.Path);
        }

        found.AddRange(e.Rules);
    }

    /// <summary>Adds the provenance findings to <paramref name="found"/> and returns the source characters they charged, on a budget that continues the corpus
    /// count at <paramref name="corpusSpent"/> (what the documents before this one charged). Checked again when the
    /// document or its source's content (or refusal) changed, or when the corpus budget runs out at or before this
    /// document: while the count stays within it, the findings do not depend on the documents before.</summary>
    public long Provenance(DocumentModel doc, ISourceResolver sources, ReaderLimits limits, Regex boxMention, long corpusSpent, DiagnosticBag found)
    {
        var e = EntryOf(doc);
        var key = SourceKey(doc, sources);
        var withinBudget = e.Provenance is not null && e.SpentFrom + e.Spent <= limits.MaxCitedCharsPerCorpus && corpusSpent + e.Spent <= limits.MaxCitedCharsPerCorpus;
        if (e.Provenance is null || e.SourceKey != key || !withinBudget)
        {
            var budget = new CitationBudget(limits, corpusSpent);
            var d = new DiagnosticBag();
            try
            {
                ProvenanceRules.Check(doc, sources, budget, d, boxMention);
            }
            catch
            {
                found.AddRange(d.Items);
                throw;
            }

            e.Provenance = d.Items;
            e.Spent = budget.Spent - corpusSpent;
            e.SpentFrom = corpusSpent;
            e.SourceKey = key;
            _checked.Add(doc.Path);
        }

        found.AddRange(e.Provenance);
        return e.Spent;
    }

    /// <summary>The runtime document, built once per parsed document.</summary>
    public PlanDocument Runtime(DocumentModel doc)
    {
        var e = EntryOf(doc);
        return e.Runtime ??= RuntimeBuilder.Document(doc);
    }

    /// <summary>A child's alignment findings against <paramref name="parent"/>, computed by <paramref name="align"/>
    /// again only when the child, the parent's runtime document or the catalogue changed.</summary>
    public IReadOnlyList<PlanDiagnostic> Aligned(DocumentModel doc, PlanDocument parent, CatalogueModel catalogue, Func<IReadOnlyList<PlanDiagnostic>> align)
    {
        var e = EntryOf(doc);
        if (e.Aligned is null || !ReferenceEquals(e.AlignedParent, parent) || !catalogue.Equals(e.AlignedCatalogue))
        {
            e.Aligned = align();
            e.AlignedParent = parent;
            e.AlignedCatalogue = catalogue;
        }

        return e.Aligned;
    }

    /// <summary>The document's own generated names (no findings: those are the document rules'), named once per
    /// parsed document.</summary>
    public Naming.DocumentNames Names(DocumentModel doc)
    {
        var e = EntryOf(doc);
        return e.Names ??= Naming.NameBinder.Document(doc, null);
    }

    /// <summary>What provenance read: the source's corpus path and content hash, or why it was refused.</summary>
    private static string SourceKey(DocumentModel doc, ISourceResolver sources)
    {
        var file = doc.Document.Source.File;
        if (file.Length == 0)
        {
            return string.Empty;
        }

        var load = sources.Load(doc.Path, file);
        return load.CorpusPath + "\n" + (load.Text?.Sha256 ?? load.Rule?.Code + "\n" + load.Problem);
    }

    private Entry EntryOf(DocumentModel doc)
    {
        if (_next.TryGetValue(doc.Path, out var e) && Same(e.Model, doc))
        {
            return e;
        }

        if (!_entries.TryGetValue(doc.Path, out e) || !Same(e.Model, doc))
        {
            e = new Entry(doc);
        }

        _next[doc.Path] = e;
        return e;
    }

    /// <summary>The same parsed files: compared by reference, which is what an unchanged file gives (a deep
    /// comparison would cost as much as checking).</summary>
    private static bool Same(DocumentModel a, DocumentModel b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Path != b.Path || !ReferenceEquals(a.Document, b.Document) || a.Parts.Count != b.Parts.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Parts.Count; i++)
        {
            if (!ReferenceEquals(a.Parts[i], b.Parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Entry
    {
        public Entry(DocumentModel model)
        {
            Model = model;
        }

        public DocumentModel Model { get; }

        public IReadOnlyList<PlanDiagnostic>? Rules { get; set; }

        public ContextReads? Reads { get; set; }

        public IReadOnlyList<PlanDiagnostic>? Provenance { get; set; }

        public long Spent { get; set; }

        public long SpentFrom { get; set; }

        public string? SourceKey { get; set; }

        public PlanDocument? Runtime { get; set; }

        public Naming.DocumentNames? Names { get; set; }

        public IReadOnlyList<PlanDiagnostic>? Aligned { get; set; }

        public PlanDocument? AlignedParent { get; set; }

        public CatalogueModel? AlignedCatalogue { get; set; }
    }
}

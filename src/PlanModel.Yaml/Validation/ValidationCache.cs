using System.Text.RegularExpressions;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// What one validation keeps per document for the next (a <see cref="CorpusSession"/> updated after an edit): the
/// document rules' findings with the context lookups they made, the provenance findings with the source they read,
/// and the runtime document the alignment rules compare. An entry is reused only for the same parsed files (same
/// objects: the session reuses a file's parse while its text hash is unchanged), the same lookup answers and the
/// same source content; anything else is checked again. A fresh cache reuses nothing, so a first run is a full one.
/// <para>Between processes (the MSBuild task's obj/ file, <see cref="ValidationCacheFile"/>) the document rules' and
/// provenance findings are kept keyed by content instead of objects: the document's files by path and content hash,
/// each lookup's answer by <see cref="Fingerprint"/>, the source by its hash.</para>
/// </summary>
internal sealed class ValidationCache
{
    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private Dictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
    private Dictionary<string, StoredEntry> _stored = new(StringComparer.Ordinal);
    private Dictionary<string, string?>? _hashes;

    /// <summary>The documents whose rules or provenance ran in the last round (not served from the cache).</summary>
    public int DocumentsChecked => _checked.Count;

    /// <summary>Keys entries by content too, so they can be written to and read from a <see cref="ValidationCacheFile"/>.</summary>
    public bool Persistent { get; private set; }

    /// <summary>True once a round has ended without being cancelled or failing: only then is there something to keep.</summary>
    public bool Completed { get; private set; }

    /// <summary>Starts a round over <paramref name="files"/>: entries not used by its end are dropped.</summary>
    public void Begin(IReadOnlyList<FileParseResult> files)
    {
        _next = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _checked.Clear();
        Completed = false;
        _hashes = null;
        if (Persistent)
        {
            _hashes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (f.File is not null)
                {
                    _hashes[f.File.Path] = f.ContentHash;
                }
            }
        }
    }

    /// <summary>Ends a round that completed.</summary>
    public void End()
    {
        _entries = _next;
        Completed = true;
    }

    /// <summary>Entries read from a cache file (a previous process's), used for documents whose content key matches.</summary>
    public void Restore(IEnumerable<StoredEntry> stored)
    {
        Persistent = true;
        _stored = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        foreach (var s in stored)
        {
            _stored[s.Path] = s;
        }
    }

    /// <summary>What the last completed round found, by content key, for a cache file.</summary>
    public IEnumerable<StoredEntry> Store()
    {
        foreach (var e in _entries.Values)
        {
            if (e.FilesKey is null || (e.Rules is null && e.Provenance is null))
            {
                continue;
            }

            var reads = new List<(string, string, string)>();
            if (e.Reads is not null)
            {
                reads.AddRange(e.Reads.Persist());
            }

            yield return new StoredEntry(e.Model.Path, e.FilesKey, e.Rules, reads, e.Provenance, e.Spent, e.SpentFrom, e.SourceKey ?? string.Empty);
        }
    }

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
            if (Persistent)
            {
                e.FilesKey = FilesKey(doc);
                if (e.FilesKey is not null && _stored.TryGetValue(doc.Path, out var stored) && stored.FilesKey == e.FilesKey)
                {
                    stored.Into(e);
                }
            }
        }

        _next[doc.Path] = e;
        return e;
    }

    /// <summary>The document's files by path and content hash: what its model is a function of. Null when a file has
    /// no hash (refused before reading), so nothing is kept for it.</summary>
    private string? FilesKey(DocumentModel doc)
    {
        var key = new StringBuilder();
        foreach (var path in Paths(doc))
        {
            if (_hashes is null || !_hashes.TryGetValue(path, out var hash) || hash is null)
            {
                return null;
            }

            key.Append(path).Append('\n').Append(hash).Append('\n');
        }

        return key.ToString();
    }

    private static IEnumerable<string> Paths(DocumentModel doc)
    {
        yield return doc.Path;
        foreach (var p in doc.Parts)
        {
            yield return p.Path;
        }
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

    /// <summary>One document's kept findings as a cache file holds them.</summary>
    internal sealed record StoredEntry(
        string Path,
        string FilesKey,
        IReadOnlyList<PlanDiagnostic>? Rules,
        IReadOnlyList<(string Table, string Key, string Fingerprint)> Reads,
        IReadOnlyList<PlanDiagnostic>? Provenance,
        long Spent,
        long SpentFrom,
        string SourceKey)
    {
        public void Into(Entry e)
        {
            if (Rules is not null)
            {
                var reads = new ContextReads();
                foreach (var (table, key, fingerprint) in Reads)
                {
                    reads.AddPersisted(table, key, fingerprint);
                }

                e.Rules = Rules;
                e.Reads = reads;
            }

            if (Provenance is not null)
            {
                e.Provenance = Provenance;
                e.Spent = Spent;
                e.SpentFrom = SpentFrom;
                e.SourceKey = SourceKey;
            }
        }
    }

    internal sealed class Entry
    {
        public Entry(DocumentModel model)
        {
            Model = model;
        }

        public DocumentModel Model { get; }

        public string? FilesKey { get; set; }

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

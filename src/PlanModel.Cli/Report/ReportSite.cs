using PlanModel.Cli.Report.Pages;
using PlanModel.Yaml.Specs;

namespace PlanModel.Cli.Report;

/// <summary>
/// The static review site of a corpus (<c>plan report</c>): <c>index.html</c>, a page per document, a page per
/// catalogue indicator that a document uses, a stylesheet and a small script. Rendered wholly in memory; the same
/// corpus gives the same bytes (ordinal order, invariant numbers, no time stamps, no absolute paths).
/// </summary>
public sealed class ReportSite
{
    /// <summary>The name of the file that marks a directory as written by <c>plan report</c>.</summary>
    public const string MarkerFile = ".planmodel-report";

    private ReportSite(SortedDictionary<string, string> pages, int documents, int indicators)
    {
        Pages = pages;
        DocumentCount = documents;
        IndicatorCount = indicators;
    }

    /// <summary>Every file of the site: relative path (with <c>/</c>) → text, in ordinal path order.</summary>
    public IReadOnlyDictionary<string, string> Pages { get; }

    /// <summary>The number of document pages.</summary>
    public int DocumentCount { get; }

    /// <summary>The number of indicator pages.</summary>
    public int IndicatorCount { get; }

    /// <summary>The relative path of a document's page.</summary>
    public static string DocumentPath(string documentId) => "documents/" + Format.Safe(documentId) + ".html";

    /// <summary>The relative path of a catalogue indicator's page.</summary>
    public static string IndicatorPath(string catalogueId) => "indicators/" + Format.Safe(catalogueId) + ".html";

    /// <summary>Renders the site of <paramref name="build"/>, listing <paramref name="diagnostics"/> (the validation
    /// of <paramref name="files"/>, with paths relative to the corpus root).</summary>
    public static ReportSite Render(CorpusBuild build, IReadOnlyList<PlanDiagnostic> diagnostics, IReadOnlyList<FileParseResult> files) =>
        Render(build, diagnostics, files, null);

    /// <summary>As <see cref="Render(CorpusBuild, IReadOnlyList{PlanDiagnostic}, IReadOnlyList{FileParseResult})"/>, with a
    /// page of what the corpus changed since a baseline (<c>diff.html</c>, linked from the index) when
    /// <paramref name="diff"/> is given.</summary>
    public static ReportSite Render(CorpusBuild build, IReadOnlyList<PlanDiagnostic> diagnostics, IReadOnlyList<FileParseResult> files, Diff.DiffReport? diff)
    {
        if (build is null)
        {
            throw new ArgumentNullException(nameof(build));
        }

        var model = new ReportModel(build, diagnostics ?? Array.Empty<PlanDiagnostic>(), files ?? Array.Empty<FileParseResult>());
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [SiteAssets.CssPath] = SiteAssets.Css,
            [SiteAssets.JsPath] = SiteAssets.Js,
            [MarkerFile] = "This directory is written by `plan report` and replaced on every run.\n",
            ["index.html"] = PageRenderer.Render<IndexPage>(new() { [nameof(IndexPage.Model)] = model, [nameof(IndexPage.Diff)] = diff }),
        };
        if (diff is not null)
        {
            pages[DiffPage.Path] = PageRenderer.Render<DiffPage>(new() { [nameof(DiffPage.Report)] = diff });
        }

        foreach (var d in model.Documents)
        {
            pages[DocumentPath(d.Id)] = PageRenderer.Render<DocumentPage>(new() { [nameof(DocumentPage.Model)] = model, [nameof(DocumentPage.Document)] = d });
        }

        foreach (var id in model.UsedIndicators)
        {
            pages[IndicatorPath(id)] = PageRenderer.Render<IndicatorPage>(new() { [nameof(IndicatorPage.Model)] = model, [nameof(IndicatorPage.Id)] = id });
        }

        var normalised = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in pages)
        {
            normalised[p.Key] = p.Value.Replace("\r\n", "\n");
        }

        return new ReportSite(normalised, model.Documents.Count, model.UsedIndicators.Count);
    }

    /// <summary>Writes the site into <paramref name="directory"/>. An existing directory is replaced only when it is
    /// empty or was written by <c>plan report</c> (it holds <see cref="MarkerFile"/>); anything else is refused.</summary>
    /// <exception cref="IOException">The directory holds files that are not a report.</exception>
    public void WriteTo(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new IOException($"'{directory}' is a file, not a directory");
        }

        if (Directory.Exists(full))
        {
            var entries = Directory.GetFileSystemEntries(full);
            if (entries.Length > 0 && !File.Exists(Path.Combine(full, MarkerFile)))
            {
                throw new IOException($"'{directory}' is not empty and was not written by plan report (no {MarkerFile}); refusing to replace it");
            }

            foreach (var e in entries)
            {
                if (Directory.Exists(e))
                {
                    Directory.Delete(e, recursive: true);
                }
                else
                {
                    File.Delete(e);
                }
            }
        }

        Directory.CreateDirectory(full);
        var utf8 = new UTF8Encoding(false);
        foreach (var p in Pages)
        {
            var path = Path.Combine(full, p.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, utf8.GetBytes(p.Value));
        }
    }
}

/// <summary>What the pages share: the documents in id order, the sorted diagnostics, the used indicators.</summary>
public sealed class ReportModel
{
    /// <summary>Sorts the documents and diagnostics and finds the indicators the documents use.</summary>
    public ReportModel(CorpusBuild build, IReadOnlyList<PlanDiagnostic> diagnostics, IReadOnlyList<FileParseResult> files)
    {
        Build = build;
        Corpus = build.Corpus;
        var docs = new List<PlanDocument>(Corpus.Documents);
        docs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        Documents = docs;
        for (var i = 0; i < docs.Count; i++)
        {
            Colors[docs[i].Id] = SvgChart.Palette[i % SvgChart.Palette.Length];
        }

        var sorted = new List<PlanDiagnostic>(diagnostics);
        sorted.Sort(CompareDiagnostics);
        Diagnostics = sorted;

        // A diagnostic belongs to the document of its file (or of its file's folder).
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFolder = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            if (f.File?.DocumentId is string id)
            {
                byPath[f.File.Path] = id;
                if (f.File is DocumentFileSpec)
                {
                    byFolder[Folder(f.File.Path)] = id;
                }
            }
        }

        foreach (var d in sorted)
        {
            if (byPath.TryGetValue(d.File, out var id) || byFolder.TryGetValue(Folder(d.File), out id))
            {
                if (!DiagnosticsByDocument.TryGetValue(id, out var list))
                {
                    DiagnosticsByDocument[id] = list = new List<PlanDiagnostic>();
                }

                list.Add(d);
            }
        }

        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            foreach (var r in d.Indicators)
            {
                if (r.CatalogueId is { Length: > 0 } id)
                {
                    used.Add(id);
                }
            }

            foreach (var t in d.Targets)
            {
                if (t.CatalogueId is { Length: > 0 } id)
                {
                    used.Add(id);
                }
            }
        }

        UsedIndicators = new List<string>(used);
    }

    /// <summary>The corpus and its verified sources.</summary>
    public CorpusBuild Build { get; }

    /// <summary>The runtime corpus.</summary>
    public PlanCorpus Corpus { get; }

    /// <summary>The documents in id order.</summary>
    public IReadOnlyList<PlanDocument> Documents { get; }

    /// <summary>Every diagnostic, sorted by file, line, column, rule.</summary>
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    /// <summary>The diagnostics of each document (by its file or folder).</summary>
    public Dictionary<string, List<PlanDiagnostic>> DiagnosticsByDocument { get; } = new(StringComparer.Ordinal);

    /// <summary>The catalogue ids some document uses, in ordinal order.</summary>
    public IReadOnlyList<string> UsedIndicators { get; }

    /// <summary>Each document's chart colour.</summary>
    public Dictionary<string, string> Colors { get; } = new(StringComparer.Ordinal);

    /// <summary>The number of diagnostics of a severity.</summary>
    public int Count(PlanSeverity severity)
    {
        var n = 0;
        foreach (var d in Diagnostics)
        {
            n += d.Severity == severity ? 1 : 0;
        }

        return n;
    }

    /// <summary>A document's diagnostics.</summary>
    public IReadOnlyList<PlanDiagnostic> DiagnosticsOf(string documentId) =>
        DiagnosticsByDocument.TryGetValue(documentId, out var list) ? list : Array.Empty<PlanDiagnostic>();

    /// <summary>The unit's printed symbol from the catalogue, else the id.</summary>
    public string UnitSymbol(string? unitId) =>
        unitId is null ? string.Empty : Corpus.Catalogue.FindUnit(unitId)?.Symbol ?? unitId;

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    private static int CompareDiagnostics(PlanDiagnostic a, PlanDiagnostic b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0)
        {
            return c;
        }

        c = a.Line.CompareTo(b.Line);
        if (c != 0)
        {
            return c;
        }

        c = a.Column.CompareTo(b.Column);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Code, b.Code);
        if (c != 0)
        {
            return c;
        }

        c = ((int)b.Severity).CompareTo((int)a.Severity);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}

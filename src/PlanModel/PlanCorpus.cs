namespace PlanModel;

/// <summary>A set of plan documents with the shared catalogue, and the queries users ask across them.</summary>
public sealed partial class PlanCorpus
{
    private readonly Dictionary<string, PlanDocument> _byId = new(StringComparer.Ordinal);

    /// <summary>Creates a corpus.</summary>
    public PlanCorpus(IReadOnlyList<PlanDocument> documents, IndicatorCatalogue catalogue)
    {
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
        Catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        foreach (var d in documents)
        {
            _byId[d.Id] = d;
        }

        // A renamed document is still found by its former ids (unless another document has that id now).
        foreach (var d in documents)
        {
            foreach (var former in d.FormerIds)
            {
                if (!_byId.ContainsKey(former))
                {
                    _byId[former] = d;
                }
            }
        }
    }

    /// <summary>All documents, ordered by id (a composed corpus: package by package, see <see cref="Compose"/>).</summary>
    public IReadOnlyList<PlanDocument> Documents { get; }

    /// <summary>The shared catalogue.</summary>
    public IndicatorCatalogue Catalogue { get; }

    /// <summary>Which data this is: the data version and the content hash of the YAML it was built from
    /// (<see cref="DataVersion.Unversioned"/> when built without one).</summary>
    public DataVersion DataVersion { get; init; } = DataVersion.Unversioned;

    /// <summary>The document with the id (or with it among its former ids), or <see langword="null"/>.</summary>
    public PlanDocument? Find(string id) => _byId.TryGetValue(id, out var d) ? d : null;

    /// <summary>The documents whose parent is <paramref name="parentId"/> (e.g. every district plan of Chongqing).</summary>
    public IEnumerable<PlanDocument> ChildrenOf(string parentId)
    {
        foreach (var d in Documents)
        {
            if (string.Equals(d.ParentId, parentId, StringComparison.Ordinal))
            {
                yield return d;
            }
        }
    }

    /// <summary>Every binding (约束性) indicator row of every document.</summary>
    public IEnumerable<Indicator> BindingIndicators
    {
        get
        {
            foreach (var d in Documents)
            {
                foreach (var i in d.Indicators)
                {
                    if (i.IsBinding)
                    {
                        yield return i;
                    }
                }
            }
        }
    }

    /// <summary>Every indicator row, in any document, linked to the catalogue id (a former id resolves to the current one).</summary>
    public IEnumerable<Indicator> IndicatorsById(string catalogueId) => LinkedTo(catalogueId, d => d.Indicators, i => i.CatalogueId);

    /// <summary>Every prose target, in any document, linked to the catalogue id (a former id resolves to the current one).</summary>
    public IEnumerable<PlanTarget> TargetsById(string catalogueId) => LinkedTo(catalogueId, d => d.Targets, t => t.CatalogueId);

    /// <summary>The items of every document linked to the catalogue id, the id resolved when enumerated.</summary>
    private IEnumerable<T> LinkedTo<T>(string catalogueId, Func<PlanDocument, IEnumerable<T>> itemsOf, Func<T, string?> catalogueIdOf)
    {
        catalogueId = Catalogue.Find(catalogueId)?.Id ?? catalogueId;
        foreach (var d in Documents)
        {
            foreach (var item in itemsOf(d))
            {
                if (string.Equals(catalogueIdOf(item), catalogueId, StringComparison.Ordinal))
                {
                    yield return item;
                }
            }
        }
    }
}

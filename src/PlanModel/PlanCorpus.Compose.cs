namespace PlanModel;

public sealed partial class PlanCorpus
{
    private IReadOnlyList<PlanPackage>? _packages;

    /// <summary>The package this corpus was built as (the generated <c>Plans.Corpus</c> sets it; empty for a loaded
    /// data file unless given).</summary>
    public string PackageId { get; init; } = string.Empty;

    /// <summary>
    /// The packages this corpus is made of, each with its own <see cref="PlanPackage.DataVersion"/>: one (this corpus)
    /// unless it was composed with <see cref="Compose"/>.
    /// </summary>
    public IReadOnlyList<PlanPackage> Packages => _packages ??= new[] { new PlanPackage(PackageId, DataVersion, Documents) };

    /// <summary>The parent plan of <paramref name="document"/> (<see cref="PlanDocument.ParentId"/>), found in any
    /// package of this corpus, or <see langword="null"/>.</summary>
    public PlanDocument? ParentOf(PlanDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return document.ParentId is null ? null : Find(document.ParentId);
    }

    /// <summary>
    /// One corpus of several packages (e.g. a province's package and its districts' packages, each a generated
    /// <c>Plans.Corpus</c> or a loaded data file): <see cref="ChildrenOf"/>, <see cref="Find"/>, <see cref="ParentOf"/>
    /// and the series and alignment queries work across them. Documents keep the packages' order, then each
    /// package's order; a catalogue indicator or unit defined by several packages is taken from the first.
    /// <see cref="Packages"/> lists each package with its own data version; the composed corpus's own
    /// <see cref="DataVersion"/> is <see cref="DataVersion.Unversioned"/>. A composed corpus given again is flattened.
    /// </summary>
    /// <exception cref="ArgumentException">A document id is in two packages (the message names both).</exception>
    public static PlanCorpus Compose(params PlanCorpus[] corpora)
    {
        if (corpora is null)
        {
            throw new ArgumentNullException(nameof(corpora));
        }

        var packages = new List<PlanPackage>();
        foreach (var corpus in corpora)
        {
            packages.AddRange((corpus ?? throw new ArgumentException("a corpus is null", nameof(corpora))).Packages);
        }

        var documents = new List<PlanDocument>();
        var owner = new Dictionary<string, PlanPackage>(StringComparer.Ordinal);
        foreach (var package in packages)
        {
            foreach (var d in package.Documents)
            {
                if (owner.TryGetValue(d.Id, out var other))
                {
                    throw new ArgumentException($"document '{d.Id}' is in package '{other}' and in package '{package}'", nameof(corpora));
                }

                owner[d.Id] = package;
                documents.Add(d);
            }
        }

        return new PlanCorpus(documents, ComposeCatalogues(corpora)) { _packages = packages };
    }

    private static IndicatorCatalogue ComposeCatalogues(PlanCorpus[] corpora)
    {
        var indicators = new List<CatalogueIndicator>();
        var units = new List<UnitDefinition>();
        var indicatorIds = new HashSet<string>(StringComparer.Ordinal);
        var unitIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var corpus in corpora)
        {
            foreach (var i in corpus.Catalogue.Indicators)
            {
                if (indicatorIds.Add(i.Id))
                {
                    indicators.Add(i);
                }
            }

            foreach (var u in corpus.Catalogue.Units)
            {
                if (unitIds.Add(u.Id))
                {
                    units.Add(u);
                }
            }
        }

        return new IndicatorCatalogue(indicators, units);
    }
}

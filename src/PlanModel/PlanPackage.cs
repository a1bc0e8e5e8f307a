namespace PlanModel;

/// <summary>
/// One package of a composed corpus (<see cref="PlanCorpus.Compose"/>): its id, the data version it was built with
/// and its documents. A corpus split into packages (one per province, say) keeps each package's version apart.
/// </summary>
public sealed class PlanPackage
{
    /// <summary>Creates a package description.</summary>
    public PlanPackage(string id, DataVersion dataVersion, IReadOnlyList<PlanDocument> documents)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        DataVersion = dataVersion ?? throw new ArgumentNullException(nameof(dataVersion));
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
    }

    /// <summary>The package id (PlanModel.Chongqing); empty for a corpus that was given none (a loaded data file).</summary>
    public string Id { get; }

    /// <summary>The data version this package's data was built with.</summary>
    public DataVersion DataVersion { get; }

    /// <summary>The package's own documents.</summary>
    public IReadOnlyList<PlanDocument> Documents { get; }

    /// <inheritdoc />
    public override string ToString() => (Id.Length == 0 ? "(unnamed)" : Id) + " " + DataVersion.Version;
}

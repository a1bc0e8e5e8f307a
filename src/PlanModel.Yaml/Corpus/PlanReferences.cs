namespace PlanModel.Yaml.Corpus;

/// <summary>
/// Corpora of other packages a corpus refers to (<c>PlanModelReference</c> items: the data files that corpus packages
/// ship): their documents may be parents and their catalogue entries may be linked, but they are never validated,
/// generated or shipped again. A data file is untrusted input: read bounded, no link followed, and any failure is a
/// located PLAN006, never an exception.
/// </summary>
public static class PlanReferences
{
    /// <summary>The largest data file read (the Chongqing corpus packs to about 1.3 MB).</summary>
    public const long MaxDataFileBytes = 256L * 1024 * 1024;

    /// <summary>Loads the data file at <paramref name="path"/> as package <paramref name="packageId"/>; on any failure
    /// adds PLAN006 at the file and returns <see langword="null"/>.</summary>
    public static PlanCorpus? Load(string path, string packageId, DiagnosticBag diagnostics)
    {
        PlanFinding refused;
        try
        {
            if (!File.Exists(path))
            {
                refused = PlanRules.ReferenceMissing.With(packageId);
            }
            else if (FileSystemLinks.IsLink(path))
            {
                refused = PlanRules.ReferenceIsLink.With(packageId);
            }
            else if (FileSystemLinks.ReadBounded(path, MaxDataFileBytes) is not byte[] bytes)
            {
                refused = PlanRules.ReferenceTooLarge.With((packageId, MaxDataFileBytes / (1024 * 1024)));
            }
            else
            {
                using var stream = new MemoryStream(bytes, writable: false);
                var loaded = PlanCorpus.Load(stream);
                return new PlanCorpus(loaded.Documents, loaded.Catalogue) { DataVersion = loaded.DataVersion, PackageId = packageId };
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            refused = PlanRules.ReferenceBroken.With((packageId, ex.Message));
        }

        diagnostics.Add(refused, path, 1, 1);
        return null;
    }

    /// <summary>
    /// What the rules need of the references: their document ids and their catalogue as stand-in specs (ids,
    /// measure, names and aliases; no positions). An entry defined by several packages is taken from the first.
    /// </summary>
    public static ReferencedIds Ids(IEnumerable<PlanCorpus> references)
    {
        var none = new Pos(1, 1);
        var documents = new List<string>();
        var indicators = new List<CatalogueIndicatorSpec>();
        var units = new List<UnitDefSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in references)
        {
            foreach (var d in r.Documents)
            {
                documents.Add(d.Id);
            }

            foreach (var i in r.Catalogue.Indicators)
            {
                if (seen.Add("i|" + i.Id))
                {
                    indicators.Add(ReferencedIds.Indicator(i.Id, i.Measure, new TextSpec(i.Name.Zh, i.Name.En, null, null, none), new List<string>(i.Aliases).ToArray()));
                }
            }

            foreach (var u in r.Catalogue.Units)
            {
                if (seen.Add("u|" + u.Id))
                {
                    units.Add(new UnitDefSpec(u.Id, u.Symbol, new TextSpec(u.Name.Zh, u.Name.En, null, null, none), u.BaseId, u.Multiplier, none));
                }
            }
        }

        return new ReferencedIds(documents.ToEquatable(), new CatalogueModel(indicators.ToEquatable(), units.ToEquatable()));
    }
}

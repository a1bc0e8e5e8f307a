namespace PlanModel.Yaml.Validation;

/// <summary>
/// PLAN209: a catalogue indicator or unit this corpus defines that a referenced package also defines, differently.
/// Each package keeps its own definition, but <see cref="PlanCorpus.Compose"/> takes the first package's, so a
/// consumer composing both would silently read one of them: the editor is told here, at the local definition.
/// </summary>
internal static class ReferencedCatalogueRules
{
    public static void Check(IReadOnlyList<PlanFileSpec> files, IReadOnlyList<PlanCorpus> references, DiagnosticBag d)
    {
        if (references.Count == 0)
        {
            return;
        }

        foreach (var f in files)
        {
            if (f is IndicatorsFileSpec indicators)
            {
                foreach (var i in indicators.Indicators)
                {
                    Report(f.Path, i.Names.IdPos, PlanElements.Indicator(i.Id), references, d,
                        r => r.Catalogue.Find(i.Id) is CatalogueIndicator other && other.Id == i.Id ? Differences(i, other) : null);
                }
            }
            else if (f is UnitsFileSpec units)
            {
                foreach (var u in units.Units)
                {
                    Report(f.Path, u.Pos, PlanElements.Unit(u.Id), references, d,
                        r => r.Catalogue.FindUnit(u.Id) is UnitDefinition other ? Differences(u, other) : null);
                }
            }
        }
    }

    private static void Report(string path, Pos at, string element, IReadOnlyList<PlanCorpus> references, DiagnosticBag d, Func<PlanCorpus, string?> differences)
    {
        foreach (var r in references)
        {
            if (differences(r) is string found)
            {
                d.Add(PlanRules.DefinedDifferently, path, at.Line, at.Column, (element, r.PackageId, found));
            }
        }
    }

    private static string? Differences(CatalogueIndicatorSpec here, CatalogueIndicator there) => Join(
        Differ("name.zh", here.Name.Zh, there.Name.Zh),
        Differ("name.en", here.Name.En, there.Name.En),
        Differ("unit", here.Unit, there.UnitId),
        Differ("measure", here.Measure, there.Measure));

    private static string? Differences(UnitDefSpec here, UnitDefinition there) => Join(
        Differ("symbol", here.Symbol, there.Symbol),
        Differ("name.zh", here.Name.Zh, there.Name.Zh),
        Differ("name.en", here.Name.En, there.Name.En),
        Differ("base", here.Base, there.BaseId),
        Differ("multiplier", here.Multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture), there.Multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string? Differ(string field, string? here, string? there) =>
        string.Equals(here ?? string.Empty, there ?? string.Empty, StringComparison.Ordinal)
            ? null
            : $"{field} '{here ?? string.Empty}' here, '{there ?? string.Empty}' there";

    private static string? Join(params string?[] parts)
    {
        var found = System.Linq.Enumerable.ToList(System.Linq.Enumerable.OfType<string>(parts));
        return found.Count == 0 ? null : string.Join("; ", found);
    }
}

namespace PlanModel.Yaml.Validation;

/// <summary>Rules on the catalogue itself: units resolve, names and aliases are not claimed twice.</summary>
internal static class CatalogueRules
{
    public static void Check(IReadOnlyList<PlanFileSpec> files, CorpusContext c, DiagnosticBag d)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var f in files)
        {
            if (f is not IndicatorsFileSpec catalogue)
            {
                continue;
            }

            foreach (var i in catalogue.Indicators)
            {
                if (i.Unit is not null && !c.Units.ContainsKey(i.Unit))
                {
                    d.Add(PlanRules.UnitNotInCatalogue, f.Path, i.UnitPos.Line, i.UnitPos.Column, (PlanElements.Indicator(i.Id), i.Unit));
                }

                var all = new List<string> { i.Name.Zh };
                all.AddRange(i.Aliases);
                foreach (var n in all)
                {
                    if (names.TryGetValue(n, out var other) && other != i.Id)
                    {
                        d.Add(PlanRules.IndicatorNameTaken, f.Path, i.Pos.Line, i.Pos.Column, (n, i.Id, other));
                    }
                    else
                    {
                        names[n] = i.Id;
                    }
                }
            }

        }
    }
}

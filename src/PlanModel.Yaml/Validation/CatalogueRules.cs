using System.Collections.Generic;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;

namespace PlanModel.Yaml.Validation;

/// <summary>Rules on the catalogue itself: units resolve, names and aliases are not claimed twice.</summary>
internal static class CatalogueRules
{
    public static void Check(IReadOnlyList<PlanFileSpec> files, CorpusContext c, DiagnosticBag d)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var f in files)
        {
            foreach (var i in f.Indicators)
            {
                if (i.Unit is not null && !c.Units.ContainsKey(i.Unit))
                {
                    d.Add(PlanRules.UnknownUnit, f.Path, i.UnitPos.Line, i.UnitPos.Column, "unit '{0}' of indicator '{1}' is not in the unit catalogue", i.Unit, i.Id);
                }

                var all = new List<string> { i.Name.Zh };
                all.AddRange(i.Aliases);
                foreach (var n in all)
                {
                    if (names.TryGetValue(n, out var other) && other != i.Id)
                    {
                        d.Add(PlanRules.DuplicateId, f.Path, i.Pos.Line, i.Pos.Column, "name '{0}' of indicator '{1}' is already a name of '{2}'", n, i.Id, other);
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

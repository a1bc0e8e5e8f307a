namespace PlanModel.Yaml.Corpus;

/// <summary>Groups parsed files into documents and a catalogue; reports orphan files and duplicate ids.</summary>
public static class CorpusAssembler
{
    /// <summary>Assembles; files are ordered by path so the output does not depend on enumeration order.</summary>
    public static (IReadOnlyList<DocumentModel> Documents, CatalogueModel Catalogue) Assemble(IEnumerable<PlanFileSpec> files, DiagnosticBag diagnostics)
    {
        var ordered = new List<PlanFileSpec>(files);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var docs = new Dictionary<string, (PlanFileSpec File, List<PlanFileSpec> Parts)>(StringComparer.Ordinal);
        var indicators = new List<CatalogueIndicatorSpec>();
        var units = new List<UnitDefSpec>();
        var indicatorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitIds = new Dictionary<string, string>(StringComparer.Ordinal);

        // A duplicate is reported at its id's value and names the first use (file:line).

        foreach (var f in ordered)
        {
            if (f.Document is not null)
            {
                if (docs.TryGetValue(f.Document.Id, out var existing))
                {
                    var at = f.Document.Names.IdPos;
                    diagnostics.Add(PlanRules.DocumentIdTaken, f.Path, at.Line, at.Column, (f.Document.Id, PlanElements.At(existing.File.Path, existing.File.Document!.Names.IdPos.Line)));
                }
                else
                {
                    docs[f.Document.Id] = (f, new List<PlanFileSpec>());
                }
            }

            foreach (var i in f.Indicators)
            {
                if (indicatorIds.TryGetValue(i.Id, out var where))
                {
                    diagnostics.Add(PlanRules.IndicatorIdTaken, f.Path, i.Names.IdPos.Line, i.Names.IdPos.Column, (i.Id, where));
                }
                else
                {
                    indicatorIds[i.Id] = PlanElements.At(f.Path, i.Names.IdPos.Line);
                    indicators.Add(i);
                }
            }

            foreach (var u in f.Units)
            {
                if (unitIds.TryGetValue(u.Id, out var where))
                {
                    diagnostics.Add(PlanRules.UnitIdTaken, f.Path, u.Pos.Line, u.Pos.Column, (u.Id, where));
                }
                else
                {
                    unitIds[u.Id] = PlanElements.At(f.Path, u.Pos.Line);
                    units.Add(u);
                }
            }
        }

        foreach (var f in ordered)
        {
            if (f.Document is not null || f.DocumentId is null)
            {
                continue;
            }

            if (docs.TryGetValue(f.DocumentId, out var doc))
            {
                doc.Parts.Add(f);
            }
            else
            {
                diagnostics.Add(PlanRules.DocumentMissing, f.Path, f.DocumentPos.Line, f.DocumentPos.Column, f.DocumentId);
            }
        }

        var result = new List<DocumentModel>();
        var keys = new List<string>(docs.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            var (file, parts) = docs[k];
            result.Add(new DocumentModel(file.Path, file.Document!, parts.ToEquatable()));
        }

        return (result, new CatalogueModel(indicators.ToEquatable(), units.ToEquatable()));
    }
}

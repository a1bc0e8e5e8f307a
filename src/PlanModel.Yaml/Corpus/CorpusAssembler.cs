namespace PlanModel.Yaml.Corpus;

/// <summary>Groups parsed files into documents and a catalogue; reports orphan files and duplicate ids.</summary>
public static class CorpusAssembler
{
    /// <summary>Assembles; files are ordered by path so the output does not depend on enumeration order.</summary>
    public static (IReadOnlyList<DocumentModel> Documents, CatalogueModel Catalogue) Assemble(IEnumerable<PlanFileSpec> files, DiagnosticBag diagnostics)
    {
        var ordered = new List<PlanFileSpec>(files);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var docs = new Dictionary<string, (DocumentFileSpec File, List<DocumentPartFileSpec> Parts)>(StringComparer.Ordinal);
        var indicators = new List<CatalogueIndicatorSpec>();
        var units = new List<UnitDefSpec>();
        var indicatorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitIds = new Dictionary<string, string>(StringComparer.Ordinal);

        // A duplicate is reported at its id's value and names the first use (file:line).
        void AddDocument(DocumentFileSpec f)
        {
            if (docs.TryGetValue(f.Document.Id, out var existing))
            {
                var at = f.Document.Names.IdPos;
                diagnostics.Add(PlanRules.DocumentIdTaken, f.Path, at.Line, at.Column, (f.Document.Id, PlanElements.At(existing.File.Path, existing.File.Document.Names.IdPos.Line)));
            }
            else
            {
                docs[f.Document.Id] = (f, new List<DocumentPartFileSpec>());
            }
        }

        void AddIndicators(IndicatorsFileSpec f)
        {
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
        }

        void AddUnits(UnitsFileSpec f)
        {
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

        // Documents and the catalogue first (parts are attached below, once every document is known). Every kind is
        // a case here, so a new kind does not compile until it says what it contributes.
        foreach (var f in ordered)
        {
            f.Match(
                document: d => { AddDocument(d); return true; },
                table: _ => false,
                projects: _ => false,
                outline: _ => false,
                targets: _ => false,
                indicators: i => { AddIndicators(i); return true; },
                units: u => { AddUnits(u); return true; },
                published: _ => false);
        }

        foreach (var f in ordered)
        {
            if (f is not DocumentPartFileSpec part || part.DocumentId is null)
            {
                continue;
            }

            if (docs.TryGetValue(part.DocumentId, out var doc))
            {
                doc.Parts.Add(part);
            }
            else
            {
                diagnostics.Add(PlanRules.DocumentMissing, part.Path, part.DocumentPos.Line, part.DocumentPos.Column, part.DocumentId);
            }
        }

        var result = new List<DocumentModel>();
        var keys = new List<string>(docs.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            var (file, parts) = docs[k];
            result.Add(new DocumentModel(file.Path, file.Document, parts.ToEquatable()));
        }

        return (result, new CatalogueModel(indicators.ToEquatable(), units.ToEquatable()));
    }
}

namespace PlanModel.Yaml.Validation;

/// <summary>
/// Cross-plan rules (warnings by default): catalogue linking (PLAN407), a parent's binding indicator missing in a
/// district (PLAN601), a district target looser than the parent's (PLAN602), units that do not convert (PLAN603),
/// the same 2020 figure printed differently for one region (PLAN604). The data keeps both values as printed.
/// </summary>
internal static class AlignmentRules
{
    /// <summary>Checks the corpus's documents, against parents and figures in <paramref name="references"/> too; a
    /// finding is reported only at this corpus's YAML (a referenced package was validated when it was built).</summary>
    /// <param name="c">The corpus.</param>
    /// <param name="references">Corpora of referenced packages.</param>
    /// <param name="d">Where findings go.</param>
    /// <param name="cache">Keeps the runtime documents and each child's findings against its parent between rounds.</param>
    public static void Check(CorpusContext c, IReadOnlyList<PlanCorpus> references, DiagnosticBag d, ValidationCache cache)
    {
        var rowSpecs = new Dictionary<string, (string Path, Pos Pos)>(StringComparer.Ordinal);
        foreach (var doc in c.Documents)
        {
            foreach (var (path, table) in doc.Tables)
            {
                foreach (var row in table.Rows)
                {
                    rowSpecs[doc.Id + "|" + RuntimeBuilder.RowKey(table, row)] = (path, row.Pos);
                    if (doc.Document.Parent is not null && row.Indicator is null && c.NameToIndicator.TryGetValue(row.Name.Zh, out var id))
                    {
                        d.Add(PlanRules.RowNotLinked, path, row.Pos.Line, row.Pos.Column, (row.Name.Zh, id));
                    }
                }
            }
        }

        var corpus = WithReferences(RuntimeBuilder.Corpus(c.Documents, c.Catalogue, cache.Runtime), references);
        (string Path, Pos Pos) Where(Indicator row) =>
            rowSpecs.TryGetValue(row.DocumentId + "|" + row.Key, out var w) ? w : (string.Empty, new Pos(1, 1));

        foreach (var doc in c.Documents)
        {
            var child = corpus.Find(doc.Id);
            if (child?.ParentId is null || corpus.Find(child.ParentId) is not PlanDocument parent)
            {
                continue;
            }

            // A function of the child, its parent and the catalogue only: kept per child while those stay the same.
            d.AddRange(cache.Aligned(doc, parent, c.Catalogue, () =>
            {
                var found = new DiagnosticBag();
                MissingBinding(doc, child, parent, found);
                foreach (var a in corpus.AlignWithParent(child))
                {
                    var (path, pos) = Where(a.Child);
                    if (a.IsLooser == true && (a.Child.IsBinding || a.Parent?.IsBinding == true))
                    {
                        found.Add(PlanRules.LooserThanParent, path, pos.Line, pos.Column,
                            (a.Child.CatalogueId ?? string.Empty, a.Child.PeriodTarget()?.Raw ?? string.Empty, parent.Id, a.Parent?.PeriodTarget()?.Raw ?? string.Empty, a.TargetComparison?.Explanation ?? string.Empty));
                    }
                }

                return found.Items;
            }));
        }

        Units(corpus, c, Where, d);
        Baselines(corpus, Where, d);
    }

    /// <summary>The referenced packages first, then this corpus (so a pair of figures is reported at the local one);
    /// a referenced document with a local document's id is left out (PLAN205 reports the clash).</summary>
    private static PlanCorpus WithReferences(PlanCorpus local, IReadOnlyList<PlanCorpus> references)
    {
        if (references.Count == 0)
        {
            return local;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in local.Documents)
        {
            taken.Add(doc.Id);
        }

        var all = new List<PlanCorpus>();
        foreach (var r in references)
        {
            var kept = new List<PlanDocument>();
            foreach (var doc in r.Documents)
            {
                if (taken.Add(doc.Id))
                {
                    kept.Add(doc);
                }
            }

            all.Add(new PlanCorpus(kept, r.Catalogue) { DataVersion = r.DataVersion, PackageId = r.PackageId });
        }

        all.Add(local);
        return PlanCorpus.Compose(all.ToArray());
    }

    private static void MissingBinding(DocumentModel doc, PlanDocument child, PlanDocument parent, DiagnosticBag d)
    {
        var have = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in child.Indicators)
        {
            if (row.CatalogueId is not null)
            {
                have.Add(row.CatalogueId);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in parent.Indicators)
        {
            if (row.IsBinding && row.CatalogueId is not null && row.PeriodTarget() is not null && !have.Contains(row.CatalogueId) && reported.Add(row.CatalogueId))
            {
                d.Add(PlanRules.BindingRowMissing, doc.Path, doc.Document.Pos.Line, doc.Document.Pos.Column, (parent.Id, row.CatalogueId, row.Name.Zh, child.Id));
            }
        }
    }

    private static void Units(PlanCorpus corpus, CorpusContext c, Func<Indicator, (string Path, Pos Pos)> where, DiagnosticBag d)
    {
        var first = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            foreach (var row in doc.Indicators)
            {
                if (row.CatalogueId is null || row.Unit.Id is null)
                {
                    continue;
                }

                if (!first.TryGetValue(row.CatalogueId, out var other))
                {
                    first[row.CatalogueId] = row;
                    continue;
                }

                if (other.Unit.Id != row.Unit.Id && UnitConverter.Factor(corpus.Catalogue, row.Unit.Id, other.Unit.Id!) is null)
                {
                    var (path, pos) = where(row);
                    if (path.Length == 0)
                    {
                        continue;
                    }

                    d.Add(PlanRules.UnitsDoNotConvert, path, pos.Line, pos.Column, (row.CatalogueId, row.Unit.Id, other.Unit.Id!, other.DocumentId, other.Key));
                }
            }
        }

        _ = c;
    }

    private static void Baselines(PlanCorpus corpus, Func<Indicator, (string Path, Pos Pos)> where, DiagnosticBag d)
    {
        // Same region, same indicator, same year: every numeric 2020-ish figure (baseline or actual) is compared.
        var seen = new Dictionary<string, (Indicator Row, PlanValue Value)>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            foreach (var row in doc.Indicators)
            {
                if (row.CatalogueId is null)
                {
                    continue;
                }

                foreach (var v in row.Values)
                {
                    if (v.Year is not int year || v.Value is null || v.Qualifier != ValueQualifier.Exact
                        || !(v.Role is ValueRole.Baseline or ValueRole.Actual) || v.Measure is ValueMeasure.Cumulative or ValueMeasure.AnnualAverage or ValueMeasure.PlanPeriodAverage)
                    {
                        continue;
                    }

                    var key = doc.Region.Code + "|" + row.CatalogueId + "|" + year.ToString(CultureInfo.InvariantCulture);
                    if (!seen.TryGetValue(key, out var other))
                    {
                        seen[key] = (row, v);
                        continue;
                    }

                    var cmp = ValueComparer.Compare(v, other.Value, corpus.Catalogue);
                    if (cmp.Outcome is ComparisonOutcome.Lower or ComparisonOutcome.Higher)
                    {
                        var (path, pos) = where(row);
                        if (path.Length == 0)
                        {
                            continue;
                        }

                        d.Add(PlanRules.BaselinesDiffer, path, pos.Line, pos.Column, (row.CatalogueId, year.ToString(CultureInfo.InvariantCulture), doc.Region.Name.Zh, v.Raw ?? string.Empty, other.Value.Raw ?? string.Empty, other.Row.DocumentId, other.Row.Key));
                    }
                }
            }
        }
    }
}

namespace PlanModel;

/// <summary>One value of a catalogued indicator in one document: a table cell or a prose figure.</summary>
public sealed class IndicatorObservation
{
    /// <summary>The document.</summary>
    public PlanDocument Document { get; init; } = new PlanDocument();

    /// <summary>The table row, when the value is a cell.</summary>
    public Indicator? Row { get; init; }

    /// <summary>The prose figure, when the value is stated in the text.</summary>
    public PlanTarget? Target { get; init; }

    /// <summary>The value.</summary>
    public PlanValue Value { get; init; } = new PlanValue();

    /// <summary>The year (the column's year, or the end of the figure's horizon).</summary>
    public int? Year => Value.Year;

    /// <inheritdoc />
    public override string ToString() => Document.Id + " " + Year + ": " + Value.Raw;
}

/// <summary>A district row lined up with its parent plan's row of the same catalogue indicator.</summary>
public sealed class IndicatorAlignment
{
    /// <summary>The district (child) row.</summary>
    public Indicator Child { get; init; } = new Indicator();

    /// <summary>The parent's row, or <see langword="null"/> when the parent does not have the indicator.</summary>
    public Indicator? Parent { get; init; }

    /// <summary>The catalogue entry.</summary>
    public CatalogueIndicator? Catalogue { get; init; }

    /// <summary>The child's target compared with the parent's (<see cref="ComparisonOutcome.Lower"/>: the child's is lower).</summary>
    public ValueComparisonResult? TargetComparison { get; init; }

    /// <summary>True when the child's target is certainly less ambitious than the parent's in the indicator's
    /// direction; false when certainly not; <see langword="null"/> when it cannot be told.</summary>
    public bool? IsLooser { get; init; }

    /// <inheritdoc />
    public override string ToString() => Child.Printed + " ↔ " + (Parent?.Printed ?? "—") + ": " + (TargetComparison?.ToString() ?? "no target");
}

/// <summary>Queries across plans: series by catalogue id and district-to-parent alignment.</summary>
public static class CorpusQueries
{
    /// <summary>Every value (table cells and prose figures) of the catalogue indicator in every document.</summary>
    public static IEnumerable<IndicatorObservation> Observations(this PlanCorpus corpus, string catalogueId)
    {
        foreach (var d in corpus.Documents)
        {
            foreach (var row in d.Indicators)
            {
                if (row.CatalogueId == catalogueId)
                {
                    foreach (var v in row.Values)
                    {
                        yield return new IndicatorObservation { Document = d, Row = row, Value = v };
                    }
                }
            }

            foreach (var t in d.Targets)
            {
                if (t.CatalogueId == catalogueId)
                {
                    yield return new IndicatorObservation { Document = d, Target = t, Value = t.Value };
                }
            }
        }
    }

    /// <summary>True when a district value can be held against the parent's: rates, shares, ratios and indices
    /// compare across regions; totals (万吨, 亿元) do not, a district being smaller than its municipality.</summary>
    public static bool IsIntensive(CatalogueIndicator entry, Indicator row) =>
        entry.Measure is "growth-rate" or "share" or "ratio" or "index" || row.Unit.Id == "percent";

    private static bool CarriesPeriodTargets(IndicatorTable table, PlanDocument document)
    {
        foreach (var c in table.Columns)
        {
            if (c.Role == ValueRole.Target && (c.Year ?? 0) > document.PeriodStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The row of <paramref name="catalogueId"/> in the document's table that carries targets (the
    /// main-indicators table), or in any table when none carries targets.</summary>
    public static Indicator? MainRow(this PlanDocument document, string catalogueId)
    {
        Indicator? fallback = null;
        foreach (var table in document.Tables)
        {
            var hasTarget = false;
            foreach (var c in table.Columns)
            {
                hasTarget |= c.Role == ValueRole.Target && (c.Year ?? 0) > document.PeriodStart;
            }

            foreach (var row in table.Rows)
            {
                if (row.CatalogueId == catalogueId)
                {
                    if (hasTarget)
                    {
                        return row;
                    }

                    fallback ??= row;
                }
            }
        }

        return fallback;
    }

    /// <summary>The plan-period target of a row: the value of the target column with the latest year.</summary>
    public static PlanValue? PeriodTarget(this Indicator row)
    {
        PlanValue? best = null;
        foreach (var v in row.Values)
        {
            if (v.Role == ValueRole.Target && (best is null || (v.Year ?? 0) > (best.Year ?? 0)))
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>Lines up every catalogued row of <paramref name="child"/>'s main table with its parent plan's row.</summary>
    public static IEnumerable<IndicatorAlignment> AlignWithParent(this PlanCorpus corpus, PlanDocument child)
    {
        var parent = child.ParentId is null ? null : corpus.Find(child.ParentId);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in child.Tables)
        {
            if (!CarriesPeriodTargets(table, child))
            {
                // A review table's targets belong to the previous plan; they are not this plan's targets.
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (row.CatalogueId is null || row.PeriodTarget() is null || !seen.Add(row.CatalogueId))
                {
                    continue;
                }

                var parentRow = parent?.MainRow(row.CatalogueId);
                var entry = corpus.Catalogue.Find(row.CatalogueId);
                ValueComparisonResult? comparison = null;
                bool? looser = null;
                var childTarget = row.PeriodTarget();
                var parentTarget = parentRow?.PeriodTarget();
                if (childTarget is not null && parentTarget is not null)
                {
                    comparison = ValueComparer.Compare(childTarget, parentTarget, corpus.Catalogue);
                    if (comparison.Outcome == ComparisonOutcome.Equal)
                    {
                        looser = false;
                    }
                    else if (comparison.IsDecided && childTarget.Measure == parentTarget.Measure && entry is not null && IsIntensive(entry, row))
                    {
                        looser = entry.Direction switch
                        {
                            IndicatorDirection.Increase => comparison.Outcome == ComparisonOutcome.Lower,
                            IndicatorDirection.Decrease => comparison.Outcome == ComparisonOutcome.Higher,
                            _ => null,
                        };
                    }
                }

                yield return new IndicatorAlignment { Child = row, Parent = parentRow, Catalogue = entry, TargetComparison = comparison, IsLooser = looser };
            }
        }
    }
}

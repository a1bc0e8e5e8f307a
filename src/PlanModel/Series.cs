using System.Collections;

namespace PlanModel;

/// <summary>One observation of an indicator in a <see cref="IndicatorSeries"/>: a table cell or a prose figure,
/// with its role, qualifier and citation, and its number in the series' unit where the units convert.</summary>
public sealed class SeriesPoint
{
    /// <summary>The document that prints it.</summary>
    public PlanDocument Document { get; init; } = new PlanDocument();

    /// <summary>The table row, when it is a cell.</summary>
    public Indicator? Row { get; init; }

    /// <summary>The prose figure, when it is stated in the text.</summary>
    public PlanTarget? Target { get; init; }

    /// <summary>The value exactly as the corpus holds it (raw text, reading, original unit).</summary>
    public PlanValue Value { get; init; } = new PlanValue();

    /// <summary>The year it is for (the column's year, or the end of the figure's horizon).</summary>
    public int? Year { get; init; }

    /// <summary>Actual, baseline, target, expected …</summary>
    public ValueRole Role => Value.Role;

    /// <summary>The printed qualifier (about, at least …).</summary>
    public ValueQualifier Qualifier => Value.Qualifier;

    /// <summary>The number in <see cref="IndicatorSeries.UnitId"/>; <see langword="null"/> when there is no number
    /// or the unit does not convert (<see cref="UnitMismatch"/>).</summary>
    public decimal? Number { get; init; }

    /// <summary>The upper bound of a range, in the series' unit.</summary>
    public decimal? MaxNumber { get; init; }

    /// <summary>True when the number was converted from another unit (亿元 → 万元 …).</summary>
    public bool Converted { get; init; }

    /// <summary>True when the value's unit does not convert to the series' unit: the number is left out, the raw
    /// text stays in <see cref="Value"/>.</summary>
    public bool UnitMismatch { get; init; }

    /// <summary>Where it is printed.</summary>
    public Citation? Citation => Value.Citation ?? Target?.Citation;

    /// <inheritdoc />
    public override string ToString() => Year + " " + Role + " " + Document.Id + ": " + Value.Raw;
}

/// <summary>Every observation of one catalogue indicator for one region across documents and periods, in time order:
/// 13th-period results, 14th-period baselines and targets, annual targets and review figures of work reports.</summary>
public sealed class IndicatorSeries : IReadOnlyList<SeriesPoint>
{
    private readonly IReadOnlyList<SeriesPoint> _points;

    internal IndicatorSeries(string catalogueId, string regionCode, CatalogueIndicator? entry, IReadOnlyList<SeriesPoint> points) =>
        (CatalogueId, RegionCode, Entry, _points) = (catalogueId, regionCode, entry, points);

    /// <summary>The catalogue id.</summary>
    public string CatalogueId { get; }

    /// <summary>The region's code.</summary>
    public string RegionCode { get; }

    /// <summary>The catalogue entry, when the id is known.</summary>
    public CatalogueIndicator? Entry { get; }

    /// <summary>The unit every <see cref="SeriesPoint.Number"/> is in: the catalogue entry's unit.</summary>
    public string? UnitId => Entry?.UnitId;

    /// <inheritdoc />
    public int Count => _points.Count;

    /// <inheritdoc />
    public SeriesPoint this[int index] => _points[index];

    /// <inheritdoc />
    public IEnumerator<SeriesPoint> GetEnumerator() => _points.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Series queries.</summary>
public static class SeriesQueries
{
    /// <summary>Every observation of <paramref name="catalogueId"/> in the documents of the region with
    /// <paramref name="regionCode"/>, ordered by year, then role (actual, baseline, expected, planned, target), then
    /// document; each number converted to the catalogue unit where it converts, flagged where it does not.</summary>
    public static IndicatorSeries Series(this PlanCorpus corpus, string catalogueId, string regionCode)
    {
        if (corpus is null)
        {
            throw new ArgumentNullException(nameof(corpus));
        }

        var entry = corpus.Catalogue.Find(catalogueId);
        var points = new List<SeriesPoint>();
        foreach (var o in corpus.Observations(catalogueId))
        {
            if (!string.Equals(o.Document.Region.Code, regionCode, StringComparison.Ordinal))
            {
                continue;
            }

            var v = o.Value;
            var year = v.Year ?? o.Target?.Horizon.To;
            var from = v.UnitId;
            var to = entry?.UnitId;
            decimal? factor = from is null || to is null || from == to ? 1m : UnitConverter.Factor(corpus.Catalogue, from, to);
            points.Add(new SeriesPoint
            {
                Document = o.Document,
                Row = o.Row,
                Target = o.Target,
                Value = v,
                Year = year,
                Number = factor is null ? null : v.Value * factor,
                MaxNumber = factor is null ? null : v.MaxValue * factor,
                Converted = factor is not null && factor != 1m,
                UnitMismatch = factor is null,
            });
        }

        // A stable order: year, role, document, then the order the corpus holds them in.
        var ordered = new List<SeriesPoint>(points.Count);
        var keys = new List<(int Year, int Role, string Document, int Index)>();
        for (var i = 0; i < points.Count; i++)
        {
            keys.Add((points[i].Year ?? int.MaxValue, Rank(points[i].Role), points[i].Document.Id, i));
        }

        keys.Sort((a, b) =>
        {
            var c = a.Year.CompareTo(b.Year);
            c = c != 0 ? c : a.Role.CompareTo(b.Role);
            c = c != 0 ? c : string.CompareOrdinal(a.Document, b.Document);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        foreach (var k in keys)
        {
            ordered.Add(points[k.Index]);
        }

        return new IndicatorSeries(catalogueId, regionCode, entry, ordered);
    }

    /// <summary>The series for a region.</summary>
    public static IndicatorSeries Series(this PlanCorpus corpus, string catalogueId, Region region) =>
        corpus.Series(catalogueId, (region ?? throw new ArgumentNullException(nameof(region))).Code);

    private static int Rank(ValueRole role) => role switch
    {
        ValueRole.Actual => 0,
        ValueRole.Baseline => 1,
        ValueRole.Expected => 2,
        ValueRole.Planned => 3,
        ValueRole.Target => 4,
        _ => 5,
    };
}

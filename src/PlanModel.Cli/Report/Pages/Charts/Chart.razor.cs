using Microsoft.AspNetCore.Components;

namespace PlanModel.Cli.Report.Pages.Charts;

/// <summary>
/// The geometry of <c>Chart.razor</c>: x = year, y = value on a "nice" axis, the series dodged so equal values of
/// different documents stay visible, the trend lines. All geometry is computed in <see cref="decimal"/> and printed
/// invariantly (<see cref="SvgChart.F"/>), so the bytes are stable.
/// </summary>
public partial class Chart
{
    private const decimal Width = 760m;
    private const decimal Left = 76m;
    private const decimal Right = 20m;
    private const decimal Top = 16m;
    private const decimal PlotHeight = 260m;
    private const decimal LegendColumn = 228m;
    private const int LegendPerRow = 3;

    private static readonly (ValueQualifier Q, string Text)[] Keys =
    {
        (ValueQualifier.Exact, "精确 exact"),
        (ValueQualifier.Approximately, "左右 approx."),
        (ValueQualifier.AtLeast, "≥ / ＞ at least"),
        (ValueQualifier.AtMost, "≤ / ＜ at most"),
        (ValueQualifier.Range, "区间 range"),
    };

    /// <summary>The series, one per document.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = Array.Empty<ChartSeries>();

    /// <summary>The y axis' label.</summary>
    [Parameter, EditorRequired]
    public string YLabel { get; set; } = string.Empty;

    /// <summary>The chart's title and accessible name.</summary>
    [Parameter, EditorRequired]
    public string Caption { get; set; } = string.Empty;

    private SortedSet<int> Years { get; } = new();

    private decimal Lo { get; set; }

    private decimal Hi { get; set; }

    private decimal Step { get; set; }

    private int FirstYear { get; set; }

    private decimal PerYear { get; set; }

    private decimal Dodge { get; set; }

    private static decimal PlotWidth => Width - Left - Right;

    private static decimal AxisBottom => Top + PlotHeight;

    private static decimal YMid => Top + (PlotHeight / 2m);

    private static decimal LegendTop => AxisBottom + 52m;

    private int LegendRows => (Series.Count + LegendPerRow - 1) / LegendPerRow;

    private decimal Height => LegendTop + (LegendRows * 20m) + 34m;

    private decimal KeyY => LegendTop + (LegendRows * 20m) + 10m;

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        Years.Clear();
        decimal? min = null;
        decimal? max = null;
        foreach (var s in Series)
        {
            foreach (var p in s.Points)
            {
                Years.Add(p.Year);
                foreach (var v in SvgChart.Numbers(p.Value))
                {
                    min = min is null || v < min ? v : min;
                    max = max is null || v > max ? v : max;
                }
            }
        }

        if (Years.Count == 0 || min is null || max is null)
        {
            Years.Clear();
            return;
        }

        (Lo, Hi, Step) = SvgChart.Scale(min.Value, max.Value);
        FirstYear = Years.Min;
        PerYear = PlotWidth / (Years.Max - FirstYear + 1m);
        Dodge = Math.Min(4m, PerYear * 0.5m / Math.Max(1, Series.Count));
    }

    private IEnumerable<decimal> Ticks()
    {
        for (var t = Lo; t <= Hi; t += Step)
        {
            yield return t;
        }
    }

    private decimal X(decimal year) => Left + ((year - FirstYear + 0.5m) * PerYear);

    private decimal Y(decimal v) => Top + PlotHeight - ((v - Lo) / (Hi - Lo) * PlotHeight);

    private decimal Offset(int series) => (series - ((Series.Count - 1) / 2m)) * Dodge;

    /// <summary>A dashed line from a baseline (or actual) to each later target (or expected value) of the same
    /// document, preferring the same table row.</summary>
    private static IEnumerable<(ChartPoint From, ChartPoint To)> Trends(ChartSeries s)
    {
        foreach (var t in s.Points)
        {
            if (t.Value.Role is not (ValueRole.Target or ValueRole.Expected))
            {
                continue;
            }

            ChartPoint? from = null;
            foreach (var b in s.Points)
            {
                if (b.Value.Role is not (ValueRole.Baseline or ValueRole.Actual) || b.Year >= t.Year)
                {
                    continue;
                }

                var better = from is null || b.Year > from.Year || (b.Year == from.Year && b.Group is not null && b.Group == t.Group && from.Group != t.Group);
                from = better ? b : from;
            }

            if (from is not null)
            {
                yield return (from, t);
            }
        }
    }
}

using PlanModel.Cli.Report.Pages.Charts;

namespace PlanModel.Cli.Report;

/// <summary>A point of a chart: a value with a number, in a year; <paramref name="Group"/> ties the values of one
/// table row, so a baseline is joined to the target of its own row.</summary>
public sealed record ChartPoint(int Year, PlanValue Value, string Tooltip, string? Href, string? Group);

/// <summary>A series: one document's points, drawn in its colour.</summary>
public sealed record ChartSeries(string Label, string Color, IReadOnlyList<ChartPoint> Points);

/// <summary>The chart's arithmetic (a "nice" axis, invariant coordinates, the palette) and the chart alone as SVG
/// markup: the template is <c>Pages/Charts/Chart.razor</c>.</summary>
internal static class SvgChart
{
    /// <summary>Colours for series, assigned by document order so a document keeps its colour on every chart.</summary>
    public static readonly string[] Palette =
    {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
        "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#ad494a", "#3182bd",
    };

    /// <summary>The chart of <paramref name="series"/> alone, as an <c>&lt;svg&gt;</c> element (empty when no value
    /// has a number).</summary>
    public static string Render(IReadOnlyList<ChartSeries> series, string yLabel, string caption) =>
        PageRenderer.Render<Chart>(new() { [nameof(Chart.Series)] = series, [nameof(Chart.YLabel)] = yLabel, [nameof(Chart.Caption)] = caption });

    /// <summary>The numbers a value puts on the y axis: its value, and a range's upper bound.</summary>
    internal static IEnumerable<decimal> Numbers(PlanValue v)
    {
        if (v.Value is decimal x)
        {
            yield return x;
        }

        if (v.Qualifier == ValueQualifier.Range && v.MaxValue is decimal m)
        {
            yield return m;
        }
    }

    /// <summary>A "nice" axis: bounds and step of 1, 2 or 5 × 10ⁿ covering [min, max] in about five steps.</summary>
    internal static (decimal Lo, decimal Hi, decimal Step) Scale(decimal min, decimal max)
    {
        if (min == max)
        {
            var pad = min == 0m ? 1m : Math.Abs(min) * 0.1m;
            min -= pad;
            max += pad;
        }

        var rough = (max - min) / 5m;
        var power = 1m;
        while (power > rough && power > 0.0000001m)
        {
            power /= 10m;
        }

        while (power * 10m <= rough)
        {
            power *= 10m;
        }

        var m = rough / power;
        var step = (m <= 1m ? 1m : m <= 2m ? 2m : m <= 5m ? 5m : 10m) * power;
        var lo = Math.Floor(min / step) * step;
        var hi = Math.Ceiling(max / step) * step;
        if (hi == lo)
        {
            hi = lo + step;
        }

        return (lo, hi, step);
    }

    /// <summary>A y-axis tick, invariant, without trailing zeros.</summary>
    internal static string Tick(decimal t) => t.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A coordinate: one decimal, invariant.</summary>
    internal static string F(decimal d) => Math.Round(d, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}

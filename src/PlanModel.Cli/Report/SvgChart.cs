namespace PlanModel.Cli.Report;

/// <summary>A point of a chart: a value with a number, in a year; <paramref name="Group"/> ties the values of one
/// table row, so a baseline is joined to the target of its own row.</summary>
internal sealed record ChartPoint(int Year, PlanValue Value, string Tooltip, string? Href, string? Group);

/// <summary>A series: one document's points, drawn in its colour.</summary>
internal sealed record ChartSeries(string Label, string Color, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// Draws values over years as an SVG (no library, no script): x = year, y = value, one colour per series, the
/// marker by qualifier (exact ●, 左右 ○, ≥/＞ ▲, ≤/＜ ▼, range I-bar), axes with labels, and a legend.
/// All geometry is computed in <see cref="decimal"/> and printed invariantly, so the bytes are stable.
/// </summary>
internal static class SvgChart
{
    private const decimal Width = 760m;
    private const decimal Left = 76m;
    private const decimal Right = 20m;
    private const decimal Top = 16m;
    private const decimal PlotHeight = 260m;
    private const decimal LegendColumn = 228m;
    private const int LegendPerRow = 3;

    /// <summary>Colours for series, assigned by document order so a document keeps its colour on every chart.</summary>
    public static readonly string[] Palette =
    {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
        "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#ad494a", "#3182bd",
    };

    public static string Render(IReadOnlyList<ChartSeries> series, string yLabel, string caption)
    {
        var years = new SortedSet<int>();
        decimal? min = null;
        decimal? max = null;
        foreach (var s in series)
        {
            foreach (var p in s.Points)
            {
                years.Add(p.Year);
                foreach (var v in Numbers(p.Value))
                {
                    min = min is null || v < min ? v : min;
                    max = max is null || v > max ? v : max;
                }
            }
        }

        if (years.Count == 0 || min is null || max is null)
        {
            return string.Empty;
        }

        var (lo, hi, step) = Scale(min.Value, max.Value);
        var firstYear = years.Min;
        var lastYear = years.Max;
        var plotWidth = Width - Left - Right;
        var span = lastYear - firstYear + 1m;
        var perYear = plotWidth / span;
        decimal X(decimal year) => Left + ((year - firstYear + 0.5m) * perYear);
        decimal Y(decimal v) => Top + PlotHeight - ((v - lo) / (hi - lo) * PlotHeight);

        var legendRows = (series.Count + LegendPerRow - 1) / LegendPerRow;
        var axisBottom = Top + PlotHeight;
        var legendTop = axisBottom + 52m;
        var height = legendTop + (legendRows * 20m) + 34m;
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
            .Append(F(Width)).Append(' ').Append(F(height)).Append("\" width=\"").Append(F(Width)).Append("\" height=\"").Append(F(height))
            .Append("\" aria-label=\"").Append(Html.E(caption)).Append("\">\n");
        sb.Append("<title>").Append(Html.E(caption)).Append("</title>\n");

        // Grid and y axis.
        sb.Append("<g class=\"axis y\">\n");
        for (var t = lo; t <= hi; t += step)
        {
            var y = Y(t);
            sb.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(y)).Append("\" x2=\"").Append(F(Width - Right))
                .Append("\" y2=\"").Append(F(y)).Append("\" class=\"grid\"/>");
            sb.Append("<text x=\"").Append(F(Left - 6m)).Append("\" y=\"").Append(F(y + 4m)).Append("\" text-anchor=\"end\">")
                .Append(Html.E(Tick(t))).Append("</text>\n");
        }

        var yMid = Top + (PlotHeight / 2m);
        sb.Append("<text class=\"label\" x=\"14\" y=\"").Append(F(yMid)).Append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
            .Append(F(yMid)).Append(")\">").Append(Html.E(yLabel)).Append("</text>\n");
        sb.Append("</g>\n");

        // x axis: a tick at every year that has a value.
        sb.Append("<g class=\"axis x\">\n");
        sb.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(axisBottom)).Append("\" x2=\"").Append(F(Width - Right))
            .Append("\" y2=\"").Append(F(axisBottom)).Append("\" class=\"base\"/>\n");
        sb.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(Top)).Append("\" x2=\"").Append(F(Left))
            .Append("\" y2=\"").Append(F(axisBottom)).Append("\" class=\"base\"/>\n");
        foreach (var year in years)
        {
            var x = X(year);
            sb.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"").Append(F(axisBottom)).Append("\" x2=\"").Append(F(x))
                .Append("\" y2=\"").Append(F(axisBottom + 5m)).Append("\" class=\"base\"/>");
            sb.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(F(axisBottom + 18m)).Append("\" text-anchor=\"middle\">")
                .Append(Html.I(year)).Append("</text>\n");
        }

        sb.Append("<text class=\"label\" x=\"").Append(F(Left + (plotWidth / 2m))).Append("\" y=\"").Append(F(axisBottom + 38m))
            .Append("\" text-anchor=\"middle\">年份 Year</text>\n");
        sb.Append("</g>\n");

        // Series: a dashed line from a baseline (or actual) to each later target (or expected value) of the same
        // document, preferring the same table row; then the markers, dodged so equal values of different
        // documents stay visible.
        var dodge = Math.Min(4m, perYear * 0.5m / Math.Max(1, series.Count));
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var offset = (i - ((series.Count - 1) / 2m)) * dodge;
            sb.Append("<g class=\"series\" data-series=\"").Append(Html.E(s.Label)).Append("\">\n");
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
                    sb.Append("<line class=\"trend\" x1=\"").Append(F(X(from.Year) + offset)).Append("\" y1=\"").Append(F(Y(from.Value.Value!.Value)))
                        .Append("\" x2=\"").Append(F(X(t.Year) + offset)).Append("\" y2=\"").Append(F(Y(t.Value.Value!.Value)))
                        .Append("\" stroke=\"").Append(s.Color).Append("\"/>\n");
                }
            }

            foreach (var p in s.Points)
            {
                var x = X(p.Year) + offset;
                var open = p.Href is null ? "<g class=\"pt\">" : "<a class=\"pt\" href=\"" + Html.E(p.Href) + "\">";
                sb.Append(open).Append("<title>").Append(Html.E(p.Tooltip)).Append("</title>");
                sb.Append(Marker(p.Value, x, Y(p.Value.Value!.Value), p.Value.MaxValue is decimal m ? Y(m) : null, s.Color));
                sb.Append(p.Href is null ? "</g>\n" : "</a>\n");
            }

            sb.Append("</g>\n");
        }

        // Legend: series, then the marker key.
        sb.Append("<g class=\"legend\">\n");
        for (var i = 0; i < series.Count; i++)
        {
            var x = Left + ((i % LegendPerRow) * LegendColumn);
            var y = legendTop + ((i / LegendPerRow) * 20m);
            sb.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"").Append(F(y)).Append("\" x2=\"").Append(F(x + 18m)).Append("\" y2=\"")
                .Append(F(y)).Append("\" stroke=\"").Append(series[i].Color).Append("\" stroke-width=\"3\"/>");
            sb.Append("<text x=\"").Append(F(x + 24m)).Append("\" y=\"").Append(F(y + 4m)).Append("\">").Append(Html.E(series[i].Label)).Append("</text>\n");
        }

        var keyY = legendTop + (legendRows * 20m) + 10m;
        var keys = new (ValueQualifier Q, string Text)[]
        {
            (ValueQualifier.Exact, "精确 exact"),
            (ValueQualifier.Approximately, "左右 approx."),
            (ValueQualifier.AtLeast, "≥ / ＞ at least"),
            (ValueQualifier.AtMost, "≤ / ＜ at most"),
            (ValueQualifier.Range, "区间 range"),
        };
        for (var k = 0; k < keys.Length; k++)
        {
            var x = Left + (k * 136m);
            var sample = new PlanValue { Qualifier = keys[k].Q, Value = 0m, MaxValue = keys[k].Q == ValueQualifier.Range ? 0m : null };
            sb.Append(keys[k].Q == ValueQualifier.Range
                ? "<path d=\"M" + F(x + 2m) + "," + F(keyY - 7m) + " H" + F(x + 12m) + " M" + F(x + 7m) + "," + F(keyY - 7m) + " V" + F(keyY + 7m) + " M" + F(x + 2m) + "," + F(keyY + 7m) + " H" + F(x + 12m) + "\" stroke=\"#555\" stroke-width=\"2\" fill=\"none\"/>"
                : Marker(sample, x + 7m, keyY, null, "#555"));
            sb.Append("<text x=\"").Append(F(x + 18m)).Append("\" y=\"").Append(F(keyY + 4m)).Append("\">").Append(Html.E(keys[k].Text)).Append("</text>\n");
        }

        sb.Append("</g>\n</svg>\n");
        return sb.ToString();
    }

    /// <summary>The marker of a value by its qualifier.</summary>
    private static string Marker(PlanValue v, decimal x, decimal y, decimal? yMax, string color)
    {
        switch (v.Qualifier)
        {
            case ValueQualifier.AtLeast:
            case ValueQualifier.MoreThan:
                return "<path d=\"M" + F(x) + "," + F(y - 6.5m) + " L" + F(x + 6m) + "," + F(y + 4.5m) + " L" + F(x - 6m) + "," + F(y + 4.5m)
                    + " Z\" fill=\"" + color + "\" class=\"up\"/>";
            case ValueQualifier.AtMost:
            case ValueQualifier.LessThan:
                return "<path d=\"M" + F(x) + "," + F(y + 6.5m) + " L" + F(x + 6m) + "," + F(y - 4.5m) + " L" + F(x - 6m) + "," + F(y - 4.5m)
                    + " Z\" fill=\"" + color + "\" class=\"down\"/>";
            case ValueQualifier.Approximately:
                return "<circle cx=\"" + F(x) + "\" cy=\"" + F(y) + "\" r=\"4.5\" fill=\"#fff\" stroke=\"" + color + "\" stroke-width=\"2\" class=\"approx\"/>";
            case ValueQualifier.Range when yMax is decimal top:
                return "<path d=\"M" + F(x - 5m) + "," + F(y) + " H" + F(x + 5m) + " M" + F(x) + "," + F(y) + " V" + F(top) + " M" + F(x - 5m) + "," + F(top)
                    + " H" + F(x + 5m) + "\" stroke=\"" + color + "\" stroke-width=\"2.5\" fill=\"none\" class=\"range\"/>";
            default:
                return "<circle cx=\"" + F(x) + "\" cy=\"" + F(y) + "\" r=\"5\" fill=\"" + color + "\" class=\"exact\"/>";
        }
    }

    private static IEnumerable<decimal> Numbers(PlanValue v)
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

    private static string Tick(decimal t) => t.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string F(decimal d) => Math.Round(d, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}

using Microsoft.AspNetCore.Components;
using PlanModel.Cli.Report.Pages.Charts;

namespace PlanModel.Cli.Report.Pages;

/// <summary>A catalogue indicator's page: its observations in document order, grouped into one chart per unit id.</summary>
public partial class IndicatorPage
{
    /// <summary>The report's model.</summary>
    [Parameter, EditorRequired]
    public ReportModel Model { get; set; } = default!;

    /// <summary>The catalogue id.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = string.Empty;

    private CatalogueIndicator? Entry { get; set; }

    private List<Observation> Observations { get; } = new();

    private List<PlanDocument> Documents { get; } = new();

    private List<UnitChart> Charts { get; } = new();

    private List<Observation> Textual { get; } = new();

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        Entry = Model.Corpus.Catalogue.Find(Id);
        Observations.Clear();
        Documents.Clear();
        Charts.Clear();
        Textual.Clear();
        Collect();
        foreach (var o in Observations)
        {
            if (Documents.Count == 0 || Documents[Documents.Count - 1].Id != o.Document.Id)
            {
                Documents.Add(o.Document);
            }
        }

        Group();
    }

    private void Collect()
    {
        foreach (var d in Model.Documents)
        {
            foreach (var t in d.Tables)
            {
                foreach (var r in t.Rows)
                {
                    if (r.CatalogueId == Id)
                    {
                        foreach (var v in r.Values)
                        {
                            Observations.Add(new Observation(d, r, t, null, v));
                        }
                    }
                }
            }

            foreach (var t in d.Targets)
            {
                if (t.CatalogueId == Id)
                {
                    Observations.Add(new Observation(d, null, null, t, t.Value));
                }
            }
        }
    }

    /// <summary>One chart per unit id: values are never mixed on an axis unless their unit ids are the same. The
    /// catalogue's unit first, values without a unit id last.</summary>
    private void Group()
    {
        var groups = new SortedDictionary<string, List<Observation>>(StringComparer.Ordinal);
        foreach (var o in Observations)
        {
            if (o.Value.Value is null || o.Value.Year is null)
            {
                Textual.Add(o);
                continue;
            }

            var key = o.Value.UnitId ?? string.Empty;
            if (!groups.TryGetValue(key, out var g))
            {
                groups[key] = g = new List<Observation>();
            }

            g.Add(o);
        }

        var order = new List<string>(groups.Keys);
        var home = Entry?.UnitId;
        order.Sort((a, b) =>
        {
            var ra = a == home ? 0 : a.Length == 0 ? 2 : 1;
            var rb = b == home ? 0 : b.Length == 0 ? 2 : 1;
            return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
        });

        foreach (var key in order)
        {
            var unit = key.Length == 0 ? "未登记单位 no unit id" : Model.UnitSymbol(key);
            var series = new List<ChartSeries>();
            PlanDocument? current = null;
            List<ChartPoint>? points = null;
            foreach (var o in groups[key])
            {
                if (current is null || current.Id != o.Document.Id)
                {
                    current = o.Document;
                    points = new List<ChartPoint>();
                    series.Add(new ChartSeries(current.Id + " " + current.Region.Name.Zh, Model.Colors[current.Id], points));
                }

                points!.Add(new ChartPoint(o.Value.Year!.Value, o.Value, Tooltip(o), o.Href, o.Row?.Key));
            }

            var caption = (Entry?.Name.Zh ?? string.Empty) + " · 单位 unit: " + unit + (key.Length == 0 ? string.Empty : " (" + key + ")");
            Charts.Add(new UnitChart(key, unit, caption, series));
        }
    }

    private static string Tooltip(Observation o)
    {
        var role = Labels.Role(o.Value.Role);
        var q = Labels.Qualifier(o.Value.Qualifier);
        var measure = o.Target?.Measure ?? o.Value.Measure;
        var where = o.Row is not null ? o.Row.Printed : o.Target!.Subject.Zh;
        return o.Document.Id + " · " + Format.I(o.Value.Year ?? 0) + " " + role.Zh + " " + role.En + " · " + where + " · " + (o.Value.Raw ?? string.Empty)
            + " (" + q.En + (measure == ValueMeasure.Unspecified ? string.Empty : ", " + Labels.Measure(measure).En) + ")"
            + (o.Value.Citation is null ? string.Empty : " · L" + Format.I(o.Value.Citation.Line));
    }

    /// <summary>Cuts a document's cited lines (its own source shown without its name).</summary>
    private Snippet SnipFor(PlanDocument d) => new(Model.Build) { HomeFile = d.Source.File };

    private static string Header(IndicatorTable? table, string column)
    {
        foreach (var c in table?.Columns ?? Array.Empty<TableColumn>())
        {
            if (c.Key == column)
            {
                return c.Header.Zh;
            }
        }

        return column;
    }

    private sealed record Observation(PlanDocument Document, Indicator? Row, IndicatorTable? Table, PlanTarget? Target, PlanValue Value)
    {
        public string Href => "../" + ReportSite.DocumentPath(Document.Id) + "#"
            + (Row is not null ? DocumentPage.ValueAnchor(Row.Key, Value.Column) : DocumentPage.TargetAnchor(Target!.Id));
    }

    private sealed record UnitChart(string Key, string Unit, string Caption, IReadOnlyList<ChartSeries> Series);
}

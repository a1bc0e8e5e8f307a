namespace PlanModel.Cli.Report;

/// <summary>A catalogue indicator's page: every table row and prose figure linked to it in every document, and a
/// chart per unit of the values over the years (one series per document, the marker by qualifier).</summary>
internal static class IndicatorPage
{
    private sealed record Observation(PlanDocument Document, Indicator? Row, IndicatorTable? Table, PlanTarget? Target, PlanValue Value)
    {
        public string Href => "../" + ReportSite.DocumentPath(Document.Id) + "#"
            + (Row is not null ? DocumentPage.ValueAnchor(Row.Key, Value.Column) : DocumentPage.TargetAnchor(Target!.Id));
    }

    public static string Render(ReportModel m, string id)
    {
        var entry = m.Corpus.Catalogue.Find(id);
        var observations = Collect(m, id);
        var sb = new StringBuilder();
        if (entry is null)
        {
            sb.Append("<h1><code>").Append(Html.E(id)).Append("</code></h1>\n<p class=\"subtitle\"><span class=\"flag\">")
                .Append(Html.L("不在指标目录中", "not in the indicator catalogue")).Append("</span></p>\n");
        }
        else
        {
            sb.Append("<h1>").Append(Html.E(entry.Name.Zh)).Append("</h1>\n<p class=\"subtitle\">").Append(Html.E(entry.Name.En)).Append("</p>\n");
        }

        var docs = new List<PlanDocument>();
        foreach (var o in observations)
        {
            if (docs.Count == 0 || docs[docs.Count - 1].Id != o.Document.Id)
            {
                docs.Add(o.Document);
            }
        }

        sb.Append("<dl class=\"meta\">\n");
        Dt(sb, "编号", "Id", "<code>" + Html.E(id) + "</code>");
        if (entry is not null)
        {
            var direction = Labels.Direction(entry.Direction);
            Dt(sb, "单位", "Unit", entry.UnitId is null ? "<span class=\"muted\">—</span>" : Html.E(m.UnitSymbol(entry.UnitId)) + " <code>" + Html.E(entry.UnitId) + "</code>");
            Dt(sb, "类型", "Measure", entry.Measure is null ? "<span class=\"muted\">—</span>" : Html.E(entry.Measure));
            Dt(sb, "方向", "Direction", Html.L(direction.Zh, direction.En));
            if (entry.Aliases.Count > 0)
            {
                var aliases = new List<string>(entry.Aliases);
                aliases.Sort(System.StringComparer.Ordinal);
                var parts = new List<string>();
                foreach (var a in aliases)
                {
                    parts.Add(Html.E(a));
                }

                Dt(sb, "别名", "Aliases", string.Join("；", parts));
            }
        }

        var docLinks = new List<string>();
        foreach (var d in docs)
        {
            docLinks.Add("<a href=\"../" + ReportSite.DocumentPath(d.Id) + "\"><code>" + Html.E(d.Id) + "</code></a> " + Html.E(d.Region.Name.Zh));
        }

        Dt(sb, "文件", "Documents", docLinks.Count == 0 ? "—" : string.Join(" · ", docLinks));
        sb.Append("</dl>\n");

        Charts(sb, m, entry, observations);
        Table(sb, m, observations);
        var crumbs = Layout.Crumb("<a href=\"../index.html#indicators\">指标 Indicators</a>") + Layout.Crumb("<code>" + Html.E(id) + "</code>");
        return Layout.Page((entry?.Name.Zh ?? id) + " (" + id + ")", 1, crumbs, sb.ToString());
    }

    private static List<Observation> Collect(ReportModel m, string id)
    {
        var list = new List<Observation>();
        foreach (var d in m.Documents)
        {
            foreach (var t in d.Tables)
            {
                foreach (var r in t.Rows)
                {
                    if (r.CatalogueId == id)
                    {
                        foreach (var v in r.Values)
                        {
                            list.Add(new Observation(d, r, t, null, v));
                        }
                    }
                }
            }

            foreach (var t in d.Targets)
            {
                if (t.CatalogueId == id)
                {
                    list.Add(new Observation(d, null, null, t, t.Value));
                }
            }
        }

        return list;
    }

    private static void Charts(StringBuilder sb, ReportModel m, CatalogueIndicator? entry, List<Observation> observations)
    {
        sb.Append("<section id=\"chart\">\n<h2>").Append(Html.L("基期与目标", "Baselines and targets")).Append("</h2>\n");

        // One chart per unit id: values are never mixed on an axis unless their unit ids are the same.
        var groups = new SortedDictionary<string, List<Observation>>(System.StringComparer.Ordinal);
        var textual = new List<Observation>();
        foreach (var o in observations)
        {
            if (o.Value.Value is null || o.Value.Year is null)
            {
                textual.Add(o);
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
        var home = entry?.UnitId;
        order.Sort((a, b) =>
        {
            var ra = a == home ? 0 : a.Length == 0 ? 2 : 1;
            var rb = b == home ? 0 : b.Length == 0 ? 2 : 1;
            return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
        });

        if (order.Count > 1)
        {
            var names = new List<string>();
            foreach (var k in order)
            {
                names.Add(k.Length == 0 ? "（未登记单位）(no unit id)" : m.UnitSymbol(k) + " (" + k + ")");
            }

            sb.Append("<p class=\"notice\">").Append(Html.L("各文件的数值使用不同单位：", "The values are in different units: "))
                .Append(Html.E(string.Join(", ", names))).Append(". ")
                .Append(Html.L("每个单位单独绘图，不在同一坐标轴上混合。", "Each unit has its own chart; units are never mixed on one axis.")).Append("</p>\n");
        }

        if (order.Count == 0)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("没有可绘制的数值。", "No value with a number to draw.")).Append("</p>\n");
        }

        foreach (var key in order)
        {
            var unit = key.Length == 0 ? "未登记单位 no unit id" : m.UnitSymbol(key);
            var series = new List<ChartSeries>();
            PlanDocument? current = null;
            List<ChartPoint>? points = null;
            foreach (var o in groups[key])
            {
                if (current is null || current.Id != o.Document.Id)
                {
                    current = o.Document;
                    points = new List<ChartPoint>();
                    series.Add(new ChartSeries(current.Id + " " + current.Region.Name.Zh, m.Colors[current.Id], points));
                }

                points!.Add(new ChartPoint(o.Value.Year!.Value, o.Value, Tooltip(o), o.Href, o.Row?.Key));
            }

            var caption = (entry?.Name.Zh ?? string.Empty) + " · 单位 unit: " + unit + (key.Length == 0 ? string.Empty : " (" + key + ")");
            sb.Append("<figure class=\"chart\">\n<figcaption>").Append(Html.L("单位", "Unit")).Append(": ").Append(Html.E(unit))
                .Append(key.Length == 0 ? string.Empty : " <code>" + Html.E(key) + "</code>").Append("</figcaption>\n")
                .Append(SvgChart.Render(series, "数值 Value (" + unit + ")", caption)).Append("</figure>\n");
        }

        if (textual.Count > 0)
        {
            sb.Append("<h3>").Append(Html.L("无数值的值", "Values without a number")).Append("</h3>\n<ul class=\"textual\">\n");
            foreach (var o in textual)
            {
                var q = Labels.Qualifier(o.Value.Qualifier);
                var role = Labels.Role(o.Value.Role);
                sb.Append("<li><a href=\"").Append(Html.E(o.Href)).Append("\"><code>").Append(Html.E(o.Document.Id)).Append("</code> ")
                    .Append(o.Value.Year is int y ? Html.I(y) : "—").Append(' ').Append(Html.L(role.Zh, role.En)).Append("</a>: <b>")
                    .Append(o.Value.Raw is null ? Html.L("（缺失）", "(missing)") : o.Value.Raw.Length == 0 ? Html.L("（空白）", "(blank)") : Html.E(o.Value.Raw))
                    .Append("</b> <span class=\"tag\">").Append(Html.L(q.Zh, q.En)).Append("</span>");
                if (Labels.Number(o.Value) is string n)
                {
                    sb.Append(" <span class=\"muted\">").Append(Html.E(n)).Append("</span>");
                }

                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static string Tooltip(Observation o)
    {
        var role = Labels.Role(o.Value.Role);
        var q = Labels.Qualifier(o.Value.Qualifier);
        var measure = o.Target?.Measure ?? o.Value.Measure;
        var where = o.Row is not null ? o.Row.Printed : o.Target!.Subject.Zh;
        return o.Document.Id + " · " + Html.I(o.Value.Year ?? 0) + " " + role.Zh + " " + role.En + " · " + where + " · " + (o.Value.Raw ?? string.Empty)
            + " (" + q.En + (measure == ValueMeasure.Unspecified ? string.Empty : ", " + Labels.Measure(measure).En) + ")"
            + (o.Value.Citation is null ? string.Empty : " · L" + Html.I(o.Value.Citation.Line));
    }

    private static void Table(StringBuilder sb, ReportModel m, List<Observation> observations)
    {
        sb.Append("<section id=\"values\">\n<h2>").Append(Html.L("各规划的表格行与文中目标", "Table rows and prose figures across plans")).Append("</h2>\n");
        Layout.FilteredTable(sb, "obs-table").Append("<th>").Append(Html.L("文件", "Document")).Append("</th><th>")
            .Append(Html.L("位置", "Where")).Append("</th><th>").Append(Html.L("年份", "Year")).Append("</th><th>").Append(Html.L("单位", "Unit"))
            .Append("</th><th>").Append(Html.L("数值与原文", "Value and source line")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var o in observations)
        {
            var snip = new Snippet(m.Build) { HomeFile = o.Document.Source.File };
            var role = Labels.Role(o.Value.Role);
            sb.Append("<tr><td><a href=\"../").Append(ReportSite.DocumentPath(o.Document.Id)).Append("\"><code>").Append(Html.E(o.Document.Id)).Append("</code></a><div class=\"en\">")
                .Append(Html.E(o.Document.Region.Name.Zh)).Append("</div></td><td class=\"name\">");
            if (o.Row is not null)
            {
                sb.Append("<a href=\"../").Append(ReportSite.DocumentPath(o.Document.Id)).Append('#').Append(DocumentPage.RowAnchor(o.Row.Key)).Append("\">")
                    .Append(Html.E(o.Row.Printed)).Append("</a><div class=\"en\">").Append(o.Table is null ? string.Empty : Html.E(o.Table.Title.Zh) + " · ")
                    .Append(Html.E(Header(o.Table, o.Value.Column))).Append("</div>");
            }
            else
            {
                sb.Append("<a href=\"").Append(Html.E(o.Href)).Append("\">").Append(Html.E(o.Target!.Subject.Zh)).Append("</a><div class=\"en\">")
                    .Append(Html.L("文中", "prose")).Append(" · ").Append(Html.E(o.Target.Subject.En)).Append("</div>");
            }

            sb.Append("</td><td class=\"n\">").Append(o.Target is not null ? Html.E(o.Target.Horizon.ToString()) : o.Value.Year is int y ? Html.I(y) : "—")
                .Append("<div class=\"en\">").Append(Html.E(role.Zh)).Append(' ').Append(Html.E(role.En)).Append("</div></td><td>")
                .Append(o.Row is not null ? Html.E(o.Row.Unit.Raw) : Html.E(m.UnitSymbol(o.Value.UnitId)))
                .Append(o.Value.UnitId is null ? string.Empty : "<div class=\"muted\"><code>" + Html.E(o.Value.UnitId) + "</code></div>")
                .Append("</td><td class=\"val\">").Append(DocumentPage.Value(snip, o.Value, o.Target?.Measure)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static string Header(IndicatorTable? table, string column)
    {
        foreach (var c in table?.Columns ?? System.Array.Empty<TableColumn>())
        {
            if (c.Key == column)
            {
                return c.Header.Zh;
            }
        }

        return column;
    }

    private static void Dt(StringBuilder sb, string zh, string en, string html) =>
        sb.Append("<dt>").Append(Html.L(zh, en)).Append("</dt><dd>").Append(html).Append("</dd>\n");
}

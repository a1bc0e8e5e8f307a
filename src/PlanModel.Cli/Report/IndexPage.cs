namespace PlanModel.Cli.Report;

/// <summary>index.html: counts per document, the validation status with every diagnostic, links to every page.</summary>
internal static class IndexPage
{
    public static string Render(ReportModel m, Diff.DiffReport? diff = null)
    {
        var sb = new StringBuilder();
        if (diff is not null)
        {
            sb.Append("<p class=\"diff-link\"><a href=\"").Append(DiffPage.Path).Append("\">").Append(Html.L("与基线相比的数据变更", "What changed since the baseline"))
                .Append("</a> (").Append(Html.I(diff.Changes.Count)).Append(")</p>\n");
        }

        var errors = m.Count(PlanSeverity.Error);
        var warnings = m.Count(PlanSeverity.Warning);
        sb.Append("<h1>").Append(Html.L("规划审阅报告", "Plan review report")).Append("</h1>\n");
        sb.Append("<p class=\"lead\">本报告列出语料库中每份文件的每个数值，并在其旁显示所引用的原文行（引文以黄色标出），以便逐行核对。")
            .Append("<br/>This report shows every value of every document in the corpus beside the archived source line it cites, ")
            .Append("with the quote highlighted, so a reviewer can confirm a row at a glance.</p>\n");

        // Totals.
        int tables = 0, rows = 0, values = 0, lists = 0, items = 0, nodes = 0, targets = 0;
        foreach (var d in m.Documents)
        {
            tables += d.Tables.Count;
            rows += Layout.CountRows(d);
            values += Layout.CountValues(d);
            lists += d.ProjectLists.Count;
            items += Layout.CountItems(d);
            nodes += Layout.CountNodes(d.Outline);
            targets += d.Targets.Count;
        }

        sb.Append("<div class=\"cards\">\n");
        Card(sb, m.Documents.Count, "文件", "documents");
        Card(sb, tables, "指标表", "tables");
        Card(sb, rows, "指标行", "rows");
        Card(sb, values, "表格数值", "table values");
        Card(sb, lists, "专栏/清单", "boxes & lists");
        Card(sb, items, "项目", "items");
        Card(sb, nodes, "目录节点", "outline nodes");
        Card(sb, targets, "文中目标", "targets");
        Card(sb, m.UsedIndicators.Count, "目录指标", "indicators used");
        sb.Append("</div>\n");

        sb.Append("<h2 id=\"validation\">").Append(Html.L("校验", "Validation")).Append("</h2>\n<p>")
            .Append(Layout.Status(errors, warnings))
            .Append(" <span class=\"muted\">— 与 <code>plan validate</code> 及构建相同的规则 the same rules as <code>plan validate</code> and the build</span></p>\n");

        // Documents.
        sb.Append("<h2 id=\"documents\">").Append(Html.L("文件", "Documents")).Append("</h2>\n");
        Layout.FilteredTable(sb, "doc-table");
        Th(sb, "编号", "Id");
        Th(sb, "标题", "Title");
        Th(sb, "类型", "Kind");
        Th(sb, "地区", "Region");
        Th(sb, "期间", "Period");
        Th(sb, "指标表", "Tables", true);
        Th(sb, "指标行", "Rows", true);
        Th(sb, "专栏/清单", "Boxes & lists", true);
        Th(sb, "项目", "Items", true);
        Th(sb, "目录节点", "Outline nodes", true);
        Th(sb, "文中目标", "Targets", true);
        Th(sb, "校验", "Validation", true);
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var d in m.Documents)
        {
            var kind = Labels.Kind(d.Kind);
            var diags = m.DiagnosticsOf(d.Id);
            int e = 0, w = 0;
            foreach (var x in diags)
            {
                e += x.Severity == PlanSeverity.Error ? 1 : 0;
                w += x.Severity == PlanSeverity.Warning ? 1 : 0;
            }

            var href = ReportSite.DocumentPath(d.Id);
            sb.Append("<tr><td class=\"id\"><a href=\"").Append(href).Append("\"><code>").Append(Html.E(d.Id)).Append("</code></a></td>")
                .Append("<td><a href=\"").Append(href).Append("\">").Append(Html.E(d.Title.Zh)).Append("</a><div class=\"en\">").Append(Html.E(d.Title.En)).Append("</div></td>")
                .Append("<td>").Append(Html.L(kind.Zh, kind.En)).Append("</td>")
                .Append("<td>").Append(Html.T(d.Region.Name)).Append("</td>")
                .Append("<td class=\"n\">").Append(Html.I(d.PeriodStart)).Append(d.PeriodEnd == d.PeriodStart ? string.Empty : "–" + Html.I(d.PeriodEnd)).Append("</td>");
            Num(sb, d.Tables.Count, href + "#tables");
            Num(sb, Layout.CountRows(d), href + "#tables");
            Num(sb, d.ProjectLists.Count, href + "#lists");
            Num(sb, Layout.CountItems(d), href + "#lists");
            Num(sb, Layout.CountNodes(d.Outline), href + "#outline");
            Num(sb, d.Targets.Count, href + "#targets");
            sb.Append("<td class=\"n\"><a href=\"").Append(href).Append("#validation\">")
                .Append(e > 0 ? "<span class=\"sev-error\">" + Html.I(e) + " E</span> " : string.Empty)
                .Append(w > 0 ? "<span class=\"sev-warning\">" + Html.I(w) + " W</span>" : string.Empty)
                .Append(e == 0 && w == 0 ? "✓" : string.Empty)
                .Append("</a></td></tr>\n");
        }

        sb.Append("</tbody>\n<tfoot><tr><td colspan=\"5\">").Append(Html.L("合计", "Total")).Append("</td>");
        foreach (var n in new[] { tables, rows, lists, items, nodes, targets })
        {
            sb.Append("<td class=\"n\">").Append(Html.I(n)).Append("</td>");
        }

        sb.Append("<td class=\"n\">").Append(Html.I(errors)).Append(" E ").Append(Html.I(warnings)).Append(" W</td></tr></tfoot>\n</table></div>\n");

        // Indicators.
        sb.Append("<h2 id=\"indicators\">").Append(Html.L("指标", "Indicators")).Append("</h2>\n");
        sb.Append("<p class=\"muted\">").Append(Html.L("文件所用的每个目录指标：各规划的表格行与文中目标，附基期与目标图。",
            "Every catalogue indicator a document uses: its table rows and prose targets across plans, with a chart of baselines and targets.")).Append("</p>\n");
        Layout.FilteredTable(sb, "ind-table");
        Th(sb, "编号", "Id");
        Th(sb, "名称", "Name");
        Th(sb, "单位", "Unit");
        Th(sb, "类型", "Measure");
        Th(sb, "文件", "Documents", true);
        Th(sb, "表格数值", "Table values", true);
        Th(sb, "文中目标", "Targets", true);
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var id in m.UsedIndicators)
        {
            var entry = m.Corpus.Catalogue.Find(id);
            var docs = new SortedSet<string>(System.StringComparer.Ordinal);
            int cells = 0, prose = 0;
            foreach (var o in m.Corpus.Observations(id))
            {
                docs.Add(o.Document.Id);
                cells += o.Row is not null ? 1 : 0;
                prose += o.Target is not null ? 1 : 0;
            }

            var href = ReportSite.IndicatorPath(id);
            sb.Append("<tr><td class=\"id\"><a href=\"").Append(href).Append("\"><code>").Append(Html.E(id)).Append("</code></a></td><td>");
            if (entry is null)
            {
                sb.Append("<span class=\"flag\">").Append(Html.L("不在目录中", "not in the catalogue")).Append("</span>");
            }
            else
            {
                sb.Append("<a href=\"").Append(href).Append("\">").Append(Html.E(entry.Name.Zh)).Append("</a> <span class=\"en\">").Append(Html.E(entry.Name.En)).Append("</span>");
            }

            sb.Append("</td><td>").Append(Html.E(m.UnitSymbol(entry?.UnitId))).Append("</td><td>").Append(Html.E(entry?.Measure))
                .Append("</td><td class=\"n\">").Append(Html.I(docs.Count)).Append("</td><td class=\"n\">").Append(Html.I(cells))
                .Append("</td><td class=\"n\">").Append(Html.I(prose)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table></div>\n");
        var unused = new List<string>();
        foreach (var i in m.Corpus.Catalogue.Indicators)
        {
            if (!Contains(m.UsedIndicators, i.Id))
            {
                unused.Add(i.Id);
            }
        }

        unused.Sort(System.StringComparer.Ordinal);
        if (unused.Count > 0)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("目录中未被任何文件使用的指标", "Catalogue entries no document uses")).Append(": ");
            for (var i = 0; i < unused.Count; i++)
            {
                sb.Append(i > 0 ? ", " : string.Empty).Append("<code>").Append(Html.E(unused[i])).Append("</code>");
            }

            sb.Append("</p>\n");
        }

        sb.Append("<h2 id=\"diagnostics\">").Append(Html.L("错误与警告", "Errors and warnings")).Append("</h2>\n");
        sb.Append(Layout.Diagnostics(m.Diagnostics, "diag-table"));
        return Layout.Page("规划审阅报告 Plan review report", 0, string.Empty, sb.ToString());
    }

    private static bool Contains(IReadOnlyList<string> sorted, string id)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var c = string.CompareOrdinal(sorted[mid], id);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    private static void Card(StringBuilder sb, int n, string zh, string en) =>
        sb.Append("<div class=\"card\"><b>").Append(Html.I(n)).Append("</b><span>").Append(Html.E(zh)).Append(' ').Append(Html.E(en)).Append("</span></div>\n");

    private static void Th(StringBuilder sb, string zh, string en, bool numeric = false) =>
        sb.Append(numeric ? "<th class=\"n\">" : "<th>").Append(Html.L(zh, en)).Append("</th>");

    private static void Num(StringBuilder sb, int n, string href) =>
        sb.Append("<td class=\"n\">").Append(n == 0 ? "<span class=\"muted\">0</span>" : "<a href=\"" + Html.E(href) + "\">" + Html.I(n) + "</a>").Append("</td>");
}

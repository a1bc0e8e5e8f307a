namespace PlanModel.Cli.Report;

/// <summary>A document's page: metadata, every table with every cell, every box or list with its items, the
/// outline and every prose figure — each value beside its cited source line with the quote highlighted.</summary>
internal static class DocumentPage
{
    /// <summary>The fragment of a table row on its document's page.</summary>
    public static string RowAnchor(string rowKey) => "r-" + Html.Safe(rowKey);

    /// <summary>The fragment of a table cell.</summary>
    public static string ValueAnchor(string rowKey, string column) => "v-" + Html.Safe(rowKey) + "__" + Html.Safe(column);

    /// <summary>The fragment of a prose figure.</summary>
    public static string TargetAnchor(string targetId) => "t-" + Html.Safe(targetId);

    public static string Render(ReportModel m, PlanDocument d)
    {
        var snip = new Snippet(m.Build) { HomeFile = d.Source.File };
        var outlineIds = new HashSet<string>(System.StringComparer.Ordinal);
        CollectIds(d.Outline, outlineIds);
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(Html.E(d.Title.Zh)).Append("</h1>\n<p class=\"subtitle\">").Append(Html.E(d.Title.En)).Append("</p>\n");
        Meta(sb, m, d);
        Toc(sb, d);

        var diags = m.DiagnosticsOf(d.Id);
        int errors = 0, warnings = 0;
        foreach (var x in diags)
        {
            errors += x.Severity == PlanSeverity.Error ? 1 : 0;
            warnings += x.Severity == PlanSeverity.Warning ? 1 : 0;
        }

        sb.Append("<section id=\"validation\">\n<h2>").Append(Html.L("校验", "Validation")).Append("</h2>\n<p>")
            .Append(Layout.Status(errors, warnings)).Append("</p>\n").Append(Layout.Diagnostics(diags, "diag-table")).Append("</section>\n");

        sb.Append("<section id=\"tables\">\n<h2>").Append(Html.L("指标表", "Indicator tables")).Append("</h2>\n");
        if (d.Tables.Count == 0)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("本文件没有指标表。", "This document has no indicator table.")).Append("</p>\n");
        }

        foreach (var t in d.Tables)
        {
            Table(sb, m, snip, d, t, outlineIds);
        }

        sb.Append("</section>\n<section id=\"lists\">\n<h2>").Append(Html.L("专栏与清单", "Boxes and lists")).Append("</h2>\n");
        if (d.ProjectLists.Count == 0)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("本文件没有专栏或清单。", "This document has no box or list.")).Append("</p>\n");
        }

        foreach (var l in d.ProjectLists)
        {
            List(sb, snip, l, outlineIds);
        }

        if (d.RegisteredBoxes.Count > 0)
        {
            Registered(sb, snip, d);
        }

        sb.Append("</section>\n<section id=\"outline\">\n<h2>").Append(Html.L("目录", "Outline")).Append("</h2>\n");
        if (d.Outline.Count == 0)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("无目录。", "No outline.")).Append("</p>\n");
        }
        else
        {
            sb.Append("<ol class=\"outline\">\n");
            Outline(sb, snip, d.Outline);
            sb.Append("</ol>\n");
        }

        sb.Append("</section>\n<section id=\"targets\">\n<h2>").Append(Html.L("文中数值与目标", "Figures and targets in the text")).Append("</h2>\n");
        Targets(sb, snip, d, outlineIds);
        sb.Append("</section>\n");

        var crumbs = Layout.Crumb("文件 Documents") + Layout.Crumb("<code>" + Html.E(d.Id) + "</code>");
        return Layout.Page(d.Title.Zh + " (" + d.Id + ")", 1, crumbs, sb.ToString());
    }

    private static void Meta(StringBuilder sb, ReportModel m, PlanDocument d)
    {
        var kind = Labels.Kind(d.Kind);
        var level = Labels.Level(d.Region.Level);
        sb.Append("<dl class=\"meta\">\n");
        Dt(sb, "编号", "Id", "<code>" + Html.E(d.Id) + "</code>");
        Dt(sb, "类型", "Kind", Html.L(kind.Zh, kind.En));
        Dt(sb, "地区", "Region", Html.T(d.Region.Name) + " · <code>" + Html.E(d.Region.Code) + "</code> · " + Html.L(level.Zh, level.En));
        Dt(sb, "期间", "Period", Html.I(d.PeriodStart) + (d.PeriodEnd == d.PeriodStart ? string.Empty : "–" + Html.I(d.PeriodEnd))
            + (d.VisionYear is int v ? " · " + Html.L("远景", "vision") + " " + Html.I(v) : string.Empty));
        if (d.ParentId is not null)
        {
            var parent = m.Corpus.Find(d.ParentId);
            Dt(sb, "上级规划", "Parent plan", parent is null
                ? "<code>" + Html.E(d.ParentId) + "</code> <span class=\"flag\">" + Html.L("不在语料库中", "not in the corpus") + "</span>"
                : DocLink(parent));
        }

        var children = new List<PlanDocument>(m.Corpus.ChildrenOf(d.Id));
        children.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (children.Count > 0)
        {
            var links = new List<string>();
            foreach (var c in children)
            {
                links.Add("<a href=\"../" + ReportSite.DocumentPath(c.Id) + "\">" + Html.E(c.Region.Name.Zh) + "</a> <code>" + Html.E(c.Id) + "</code>");
            }

            Dt(sb, "下级规划", "Child plans", string.Join(" · ", links));
        }

        if (d.Delivered is not null)
        {
            var parts = new List<string>();
            if (d.Delivered.Date is not null)
            {
                parts.Add(Html.E(d.Delivered.Date));
            }

            if (d.Delivered.Session is not null)
            {
                parts.Add(Html.T(d.Delivered.Session));
            }

            if (d.Delivered.Speaker is not null)
            {
                parts.Add(Html.T(d.Delivered.Speaker));
            }

            Dt(sb, "报告", "Delivered", string.Join(" · ", parts));
        }

        Dt(sb, "原文", "Source", "<code>" + Html.E(d.Source.File) + "</code> · " + Html.L("行", "lines") + " " + Html.I(d.Source.Line) + "–" + Html.I(d.Source.EndLine)
            + "<br/><span class=\"muted\">sha256 <code>" + Html.E(d.Source.Sha256) + "</code></span>");
        Dt(sb, "内容", "Contents", Html.I(d.Tables.Count) + " " + Html.L("表", "tables") + " · " + Html.I(Layout.CountRows(d)) + " " + Html.L("行", "rows")
            + " · " + Html.I(d.ProjectLists.Count) + " " + Html.L("专栏/清单", "boxes & lists") + " · " + Html.I(Layout.CountItems(d)) + " " + Html.L("项目", "items")
            + " · " + Html.I(Layout.CountNodes(d.Outline)) + " " + Html.L("目录节点", "outline nodes") + " · " + Html.I(d.Targets.Count) + " " + Html.L("文中目标", "targets"));
        sb.Append("</dl>\n");
    }

    private static void Toc(StringBuilder sb, PlanDocument d)
    {
        sb.Append("<nav class=\"toc\"><ul>\n<li><a href=\"#validation\">").Append(Html.L("校验", "Validation")).Append("</a></li>\n");
        sb.Append("<li><a href=\"#tables\">").Append(Html.L("指标表", "Indicator tables")).Append("</a>");
        TocLinks(sb, d.Tables.Select(t => (TableAnchor(t.Id), t.Box, t.Title.Zh)));

        sb.Append("</li>\n<li><a href=\"#lists\">").Append(Html.L("专栏与清单", "Boxes and lists")).Append("</a>");
        TocLinks(sb, d.ProjectLists.Select(l => (ListAnchor(l.Id), l.Box, l.Title.Zh)));

        sb.Append("</li>\n<li><a href=\"#outline\">").Append(Html.L("目录", "Outline")).Append("</a></li>\n");
        sb.Append("<li><a href=\"#targets\">").Append(Html.L("文中数值与目标", "Figures and targets")).Append("</a></li>\n</ul></nav>\n");
    }

    /// <summary>A contents entry's sub-list, a link per table or list (none when there are none).</summary>
    private static void TocLinks(StringBuilder sb, IEnumerable<(string Anchor, int? Box, string Title)> links)
    {
        var open = false;
        foreach (var (anchor, box, title) in links)
        {
            sb.Append(open ? string.Empty : "<ul>").Append("<li><a href=\"#").Append(anchor).Append("\">").Append(BoxPrefix(box)).Append(Html.E(title)).Append("</a></li>");
            open = true;
        }

        sb.Append(open ? "</ul>" : string.Empty);
    }

    private static void Table(StringBuilder sb, ReportModel m, Snippet snip, PlanDocument d, IndicatorTable t, HashSet<string> outlineIds)
    {
        sb.Append("<section class=\"block\" id=\"").Append(TableAnchor(t.Id)).Append("\">\n<h3>").Append(BoxPrefix(t.Box)).Append(Html.T(t.Title)).Append("</h3>\n");
        sb.Append("<p class=\"muted\">").Append(Html.L("表", "table")).Append(" <code>").Append(Html.E(t.Id)).Append("</code>").Append(Section(t.Section, outlineIds)).Append("</p>\n");
        if (t.Citation is not null)
        {
            sb.Append(snip.Render(t.Citation, t.Title.Zh));
        }

        sb.Append(Layout.Note(t.Note));
        var categories = new Dictionary<string, TableCategory>(System.StringComparer.Ordinal);
        foreach (var c in t.Categories)
        {
            categories[c.Key] = c;
        }

        var width = 4 + t.Columns.Count;
        sb.Append("<div class=\"scroll\"><table class=\"grid\">\n<thead><tr><th>").Append(Html.L("序号", "No.")).Append("</th><th>")
            .Append(Html.L("指标", "Indicator")).Append("</th><th>").Append(Html.L("单位", "Unit")).Append("</th>");
        foreach (var c in t.Columns)
        {
            var role = Labels.Role(c.Role);
            sb.Append("<th>").Append(Html.E(c.Header.Zh)).Append("<span class=\"en\">")
                .Append(c.Header.En.Length > 0 && c.Header.En != c.Header.Zh ? Html.E(c.Header.En) + " · " : string.Empty)
                .Append(Html.E(role.Zh)).Append(' ').Append(Html.E(role.En)).Append("</span></th>");
        }

        sb.Append("<th>").Append(Html.L("属性", "Attribute")).Append("</th></tr></thead>\n<tbody>\n");
        string? category = null;
        var shown = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var r in t.Rows)
        {
            if (r.Category is not null && r.Category != category && categories.TryGetValue(r.Category, out var cat) && shown.Add(cat.Key))
            {
                Category(sb, snip, cat, width);
            }

            category = r.Category;
            Row(sb, snip, r);
        }

        foreach (var c in t.Categories)
        {
            if (!shown.Contains(c.Key))
            {
                Category(sb, snip, c, width);
            }
        }

        sb.Append("</tbody>\n</table></div>\n");
        if (t.Legend is not null)
        {
            sb.Append("<div class=\"legend-text\"><b>").Append(Html.L("表注", "Legend")).Append("</b> ").Append(Html.E(t.Legend.Raw));
            if (t.Legend.Markers.Count > 0)
            {
                sb.Append("<ul>");
                foreach (var mk in t.Legend.Markers)
                {
                    var measure = Labels.Measure(mk.Measure);
                    sb.Append("<li><code>").Append(Html.E(mk.Marker)).Append("</code> → ").Append(Html.L(measure.Zh, measure.En))
                        .Append(mk.Text.Length > 0 ? " <span class=\"muted\">(" + Html.E(mk.Text) + ")</span>" : string.Empty).Append("</li>");
                }

                sb.Append("</ul>");
            }

            sb.Append(snip.Render(t.Legend.Citation, t.Legend.Raw)).Append("</div>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Category(StringBuilder sb, Snippet snip, TableCategory c, int width)
    {
        sb.Append("<tr class=\"cat\"><td colspan=\"").Append(Html.I(width)).Append("\">").Append(Html.E(c.Printed));
        if (c.Label.En.Length > 0)
        {
            sb.Append(" <span class=\"en\">").Append(Html.E(c.Label.En)).Append("</span>");
        }

        sb.Append(snip.Render(c.Citation, c.Printed)).Append("</td></tr>\n");
    }

    private static void Row(StringBuilder sb, Snippet snip, Indicator r)
    {
        sb.Append("<tr id=\"").Append(RowAnchor(r.Key)).Append("\"><td class=\"seq\">")
            .Append(r.Sequence is null ? "#" + (r.ParentSequence is null ? string.Empty : " ↳" + Html.E(r.ParentSequence)) : Html.E(r.Sequence))
            .Append("</td><td class=\"name\"><div class=\"raw\">").Append(Html.E(r.Printed)).Append("</div>");
        if (r.Name.Zh != r.Printed || r.Name.En.Length > 0)
        {
            sb.Append("<div>").Append(Html.T(r.Name)).Append("</div>");
        }

        if (r.CatalogueId is not null)
        {
            sb.Append("<div>").Append(Html.L("指标", "indicator")).Append(" <a href=\"../").Append(ReportSite.IndicatorPath(r.CatalogueId)).Append("\"><code>")
                .Append(Html.E(r.CatalogueId)).Append("</code></a></div>");
        }

        sb.Append(snip.Render(r.Citation, r.Printed)).Append(Layout.Note(r.Note)).Append("</td><td>").Append(Html.E(r.Unit.Raw));
        if (r.Unit.Id is not null)
        {
            sb.Append("<div class=\"muted\"><code>").Append(Html.E(r.Unit.Id)).Append("</code></div>");
        }

        if (r.Unit.PriceBasis is not null)
        {
            sb.Append("<div class=\"muted\">").Append(Html.E(r.Unit.PriceBasis)).Append("</div>");
        }

        sb.Append("</td>");
        foreach (var v in r.Values)
        {
            sb.Append("<td class=\"val\" id=\"").Append(ValueAnchor(r.Key, v.Column)).Append("\">").Append(Value(snip, v)).Append("</td>");
        }

        var attribute = Labels.Attribute(r.Attribute);
        sb.Append("<td>").Append(r.AttributeRaw is null ? "<span class=\"muted\">—</span>" : Html.E(r.AttributeRaw))
            .Append(r.Attribute == IndicatorAttribute.None ? string.Empty : "<div class=\"en\">" + Html.E(attribute.En) + "</div>")
            .Append("</td></tr>\n");
    }

    /// <summary>A value: raw text as printed, the reading, the cited line with the quote or raw text marked, the note.</summary>
    public static string Value(Snippet snip, PlanValue v, ValueMeasure? measure = null)
    {
        var raw = v.Raw is null
            ? "<div class=\"raw none\">" + Html.L("（缺失）", "(missing)") + "</div>"
            : v.Raw.Length == 0 ? "<div class=\"raw none\">" + Html.L("（空白）", "(blank)") + "</div>" : "<div class=\"raw\">" + Html.E(v.Raw) + "</div>";
        return raw + Labels.Reading(v, measure) + snip.Render(v.Citation, v.Raw, lost: v.Raw is null) + Layout.Note(v.Note);
    }

    private static void List(StringBuilder sb, Snippet snip, ProjectList l, HashSet<string> outlineIds)
    {
        sb.Append("<section class=\"block\" id=\"").Append(ListAnchor(l.Id)).Append("\">\n<h3>").Append(BoxPrefix(l.Box)).Append(Html.T(l.Title)).Append("</h3>\n");
        sb.Append("<p class=\"muted\">").Append(Html.L("清单", "list")).Append(" <code>").Append(Html.E(l.Id)).Append("</code>").Append(Section(l.Section, outlineIds)).Append("</p>\n");
        if (l.TitleInferred)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("标题为推断（原文缺失）", "title inferred (lost in the source)")).Append(l.TitleEvidence is null ? string.Empty : ": " + Html.E(l.TitleEvidence)).Append("</p>\n");
        }

        if (l.Citation is not null)
        {
            sb.Append(snip.Render(l.Citation, l.Title.Zh));
        }

        sb.Append(Layout.Note(l.Note));
        foreach (var g in l.Groups)
        {
            if (g.Heading.Zh.Length > 0 || g.Heading.En.Length > 0)
            {
                sb.Append("<h4>").Append(Html.T(g.Heading)).Append("</h4>\n");
                if (g.Citation is not null)
                {
                    sb.Append(snip.Render(g.Citation, g.Heading.Zh));
                }
            }

            sb.Append(Layout.Note(g.Note));
            sb.Append("<div class=\"scroll\"><table class=\"items\">\n<thead><tr><th class=\"n\">#</th><th>").Append(Html.L("项目", "Item")).Append("</th><th>")
                .Append(Html.L("状态", "Status")).Append("</th><th>").Append(Html.L("原文", "Source line")).Append("</th></tr></thead>\n<tbody>\n");
            var i = 0;
            foreach (var p in g.Items)
            {
                i++;
                var status = Labels.Status(p.Status);
                sb.Append("<tr><td class=\"n\">").Append(Html.I(i)).Append("</td><td class=\"name\"><div><b>").Append(Html.E(p.Name.Zh)).Append("</b></div>");
                if (p.Name.En.Length > 0)
                {
                    sb.Append("<div class=\"en\">").Append(Html.E(p.Name.En)).Append("</div>");
                }

                if (p.Quantities.Count > 0)
                {
                    sb.Append("<div>");
                    foreach (var q in p.Quantities)
                    {
                        sb.Append("<span class=\"tag\" title=\"").Append(Html.E(q.Value is decimal qv ? Html.D(qv) + " " + (q.Unit ?? string.Empty) : q.Raw)).Append("\">")
                            .Append(Html.E(q.Raw)).Append("</span> ");
                    }

                    sb.Append("</div>");
                }

                sb.Append("</td><td>").Append(p.StatusRaw is null ? string.Empty : Html.E(p.StatusRaw) + "<br/>")
                    .Append("<span class=\"tag\">").Append(Html.L(status.Zh, status.En)).Append("</span></td><td>")
                    .Append(snip.Render(p.Citation, p.Name.Zh)).Append(Layout.Note(p.Note)).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table></div>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Registered(StringBuilder sb, Snippet snip, PlanDocument d)
    {
        sb.Append("<section class=\"block\" id=\"registered\">\n<h3>").Append(Html.L("登记未转录的专栏", "Boxes registered without a transcription")).Append("</h3>\n");
        sb.Append("<div class=\"scroll\"><table>\n<thead><tr><th class=\"n\">").Append(Html.L("专栏", "Box")).Append("</th><th>").Append(Html.L("标题", "Title"))
            .Append("</th><th>").Append(Html.L("状态", "Status")).Append("</th><th>").Append(Html.L("原因", "Reason")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var b in d.RegisteredBoxes)
        {
            sb.Append("<tr><td class=\"n\">").Append(Html.I(b.Box)).Append("</td><td>").Append(Html.T(b.Title)).Append(snip.Render(b.Citation, b.Title.Zh))
                .Append("</td><td>").Append(Html.E(b.Status)).Append("</td><td>").Append(Html.E(b.Reason)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Outline(StringBuilder sb, Snippet snip, IReadOnlyList<OutlineNode> nodes)
    {
        foreach (var n in nodes)
        {
            sb.Append("<li id=\"o-").Append(Html.Safe(n.Id)).Append("\"><div class=\"node\"><span class=\"num\">").Append(Html.E(n.Number)).Append("</span>")
                .Append(Html.T(n.Title)).Append(" <code class=\"muted\">").Append(Html.E(n.Id)).Append("</code>");
            if (n.Inferred)
            {
                sb.Append(" <span class=\"tag override\">").Append(Html.L("推断", "inferred")).Append("</span>")
                    .Append(n.Evidence is null ? string.Empty : " <span class=\"muted\">" + Html.E(n.Evidence) + "</span>");
            }

            // An inferred heading is not printed: show the line it is inferred from, with nothing to mark.
            sb.Append(snip.Render(n.Citation, n.Inferred ? null : n.Title.Zh)).Append("</div>");
            if (n.Children.Count > 0)
            {
                sb.Append("\n<ol>\n");
                Outline(sb, snip, n.Children);
                sb.Append("</ol>");
            }

            sb.Append("</li>\n");
        }
    }

    private static void Targets(StringBuilder sb, Snippet snip, PlanDocument d, HashSet<string> outlineIds)
    {
        if (d.Targets.Count == 0)
        {
            sb.Append("<p class=\"muted\">").Append(Html.L("无。", "None.")).Append("</p>\n");
            return;
        }

        Layout.FilteredTable(sb, "target-table", "targets").Append("<th>").Append(Html.L("主题", "Subject")).Append("</th><th>")
            .Append(Html.L("期限", "Horizon")).Append("</th><th>").Append(Html.L("数值与原文", "Value and source line")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var t in d.Targets)
        {
            var role = Labels.Role(t.Role);
            sb.Append("<tr id=\"").Append(TargetAnchor(t.Id)).Append("\"><td class=\"name\"><div><b>").Append(Html.E(t.Subject.Zh)).Append("</b></div><div class=\"en\">")
                .Append(Html.E(t.Subject.En)).Append("</div><div class=\"muted\"><code>").Append(Html.E(t.Id)).Append("</code>");
            if (t.Relation is not null)
            {
                sb.Append(" · ").Append(Html.E(t.Relation));
            }

            if (t.List is not null)
            {
                sb.Append(" · ").Append(Html.L("清单", "list")).Append(" <code>").Append(Html.E(t.List)).Append("</code>");
            }

            sb.Append(Section(t.Section, outlineIds)).Append("</div>");
            if (t.CatalogueId is not null)
            {
                sb.Append("<div>").Append(Html.L("指标", "indicator")).Append(" <a href=\"../").Append(ReportSite.IndicatorPath(t.CatalogueId)).Append("\"><code>")
                    .Append(Html.E(t.CatalogueId)).Append("</code></a></div>");
            }

            sb.Append("</td><td class=\"n\">").Append(Html.E(t.Horizon.ToString())).Append("<div class=\"en\">").Append(Html.E(role.Zh)).Append(' ').Append(Html.E(role.En))
                .Append("</div></td><td class=\"val\">").Append(Value(snip, t.Value, t.Measure)).Append(t.Note == t.Value.Note ? string.Empty : Layout.Note(t.Note)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table></div>\n");
    }

    private static void Dt(StringBuilder sb, string zh, string en, string html) =>
        sb.Append("<dt>").Append(Html.L(zh, en)).Append("</dt><dd>").Append(html).Append("</dd>\n");

    private static string DocLink(PlanDocument d) =>
        "<a href=\"../" + ReportSite.DocumentPath(d.Id) + "\">" + Html.E(d.Title.Zh) + "</a> <code>" + Html.E(d.Id) + "</code>";

    private static string TableAnchor(string id) => "tbl-" + Html.Safe(id);

    private static string ListAnchor(string id) => "list-" + Html.Safe(id);

    private static string BoxPrefix(int? box) => box is int b ? "专栏" + Html.I(b) + " " : string.Empty;

    private static string Section(string? section, HashSet<string> outlineIds)
    {
        if (section is null)
        {
            return string.Empty;
        }

        return outlineIds.Contains(section)
            ? " · " + Html.L("位于", "in") + " <a href=\"#o-" + Html.Safe(section) + "\"><code>" + Html.E(section) + "</code></a>"
            : " · " + Html.L("位于", "in") + " <code>" + Html.E(section) + "</code>";
    }

    private static void CollectIds(IReadOnlyList<OutlineNode> nodes, HashSet<string> ids)
    {
        foreach (var n in nodes)
        {
            ids.Add(n.Id);
            CollectIds(n.Children, ids);
        }
    }
}

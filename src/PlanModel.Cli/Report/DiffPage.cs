using PlanModel.Cli.Diff;

namespace PlanModel.Cli.Report;

/// <summary>The review site's diff page (<c>plan report --baseline &lt;rev&gt;</c>): what the change does to the data,
/// each changed value beside its source line with the quote marked, as <c>plan diff</c> computes it.</summary>
internal static class DiffPage
{
    public const string Path = "diff.html";

    public static string Render(DiffReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(Html.L("数据变更", "What this change does to the data")).Append("</h1>\n");
        sb.Append("<p>").Append(Html.E(report.Base.Label)).Append(" → ").Append(Html.E(report.Head.Label))
            .Append(" · ").Append(Html.L("最小版本升级", "smallest version bump")).Append(": <b>").Append(Html.E(report.Bump.ToString().ToLowerInvariant()))
            .Append("</b> (").Append(Html.E(report.BumpReason)).Append(")</p>\n");
        if (report.Changes.Count == 0)
        {
            sb.Append("<p>").Append(Html.L("数据无变化。", "No change in the data.")).Append("</p>\n");
            return Layout.Page("Diff", 0, Layout.Crumb("diff"), sb.ToString());
        }

        sb.Append("<table class=\"diff-counts\"><thead><tr><th>document</th><th>corrections</th><th>additions</th><th>removals</th><th>renames</th><th>text only</th></tr></thead>\n<tbody>\n");
        foreach (var c in report.Counts)
        {
            sb.Append("<tr><td><a href=\"#").Append(Html.Safe(c.Document)).Append("\">").Append(Html.E(c.Document)).Append("</a></td><td>").Append(Html.I(c.Corrections))
                .Append("</td><td>").Append(Html.I(c.Additions)).Append("</td><td>").Append(Html.I(c.Removals)).Append("</td><td>").Append(Html.I(c.Renames))
                .Append("</td><td>").Append(Html.I(c.Text)).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        foreach (var doc in report.Changes.GroupBy(c => c.Document, System.StringComparer.Ordinal))
        {
            sb.Append("<section id=\"").Append(Html.Safe(doc.Key)).Append("\"><h2>").Append(Html.E(doc.Key)).Append("</h2>\n<table class=\"diff\"><thead><tr><th>change</th><th>where</th><th>old</th><th>new</th><th>source</th></tr></thead>\n<tbody>\n");
            foreach (var c in doc)
            {
                sb.Append("<tr class=\"").Append(Html.E(c.Type.ToString().ToLowerInvariant())).Append("\"><td>").Append(Html.E(c.Type.ToString().ToLowerInvariant()))
                    .Append("</td><td>").Append(Html.E(c.Label)).Append("<br/><code>").Append(Html.E(c.Path)).Append("</code></td><td>")
                    .Append(Side(c, old: true)).Append("</td><td>").Append(Side(c, old: false)).Append("</td><td>")
                    .Append(Line(c.Type == ChangeType.Removal ? c.OldSource : c.Source));
                if (c.Type != ChangeType.Removal && c.OldSource is not null)
                {
                    sb.Append("<div class=\"was\">").Append(Html.L("原引用", "was")).Append(' ').Append(Line(c.OldSource)).Append("</div>");
                }

                sb.Append("</td></tr>\n");
            }

            sb.Append("</tbody></table></section>\n");
        }

        return Layout.Page("Diff", 0, Layout.Crumb("diff"), sb.ToString());
    }

    private static string Side(Change c, bool old)
    {
        var r = old ? c.OldReading : c.NewReading;
        if (r is not null)
        {
            return "<code>" + Html.E(r.Raw) + "</code> " + Html.E(string.Join(" ", new[] { r.Qualifier, r.Value, r.Unit, r.Measure, r.Role, r.Year }.Where(x => !string.IsNullOrEmpty(x))));
        }

        return string.Join("<br/>", c.Fields.Select(f => Html.E(f.Field) + ": " + Html.E((old ? f.Old : f.New) ?? "—")));
    }

    /// <summary>A source line as the rest of the site shows it: only verified text, the quote in a <c>&lt;mark&gt;</c>.</summary>
    private static string Line(SourceLine? s)
    {
        if (s is null)
        {
            return string.Empty;
        }

        var head = "<span class=\"ln\">" + Html.E(s.File) + " L" + Html.E(s.Lines) + "</span> ";
        if (s.Text is null)
        {
            return "<div class=\"src bad\">" + head + Html.L("来源未经核验", "source not verified") + "</div>";
        }

        if (s.QuoteStart is int at && s.QuoteLength is int len)
        {
            var start = System.Math.Max(0, at - 40);
            var end = System.Math.Min(s.Text.Length, at + len + 40);
            return "<div class=\"src\">" + head + "<code>" + (start > 0 ? "…" : string.Empty) + Html.E(s.Text.Substring(start, at - start)) + "<mark>" + Html.E(s.Text.Substring(at, len)) + "</mark>"
                + Html.E(s.Text.Substring(at + len, end - at - len)) + (end < s.Text.Length ? "…" : string.Empty) + "</code></div>";
        }

        return "<div class=\"src\">" + head + "<code>" + Html.E(s.Text.Length > 120 ? s.Text.Substring(0, 120) + "…" : s.Text) + "</code></div>";
    }
}

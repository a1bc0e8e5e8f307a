using Microsoft.AspNetCore.Components;
using PlanModel.Cli.Diff;

namespace PlanModel.Cli.Report.Pages;

/// <summary>index.html: what the template shows, computed once.</summary>
public partial class IndexPage
{
    private static readonly (string Zh, string En, bool Numeric)[] DocumentColumns =
    {
        ("编号", "Id", false), ("标题", "Title", false), ("类型", "Kind", false), ("地区", "Region", false), ("期间", "Period", false),
        ("指标表", "Tables", true), ("指标行", "Rows", true), ("专栏/清单", "Boxes & lists", true), ("项目", "Items", true),
        ("目录节点", "Outline nodes", true), ("文中目标", "Targets", true), ("校验", "Validation", true),
    };

    private static readonly (string Zh, string En, bool Numeric)[] IndicatorColumns =
    {
        ("编号", "Id", false), ("名称", "Name", false), ("单位", "Unit", false), ("类型", "Measure", false),
        ("文件", "Documents", true), ("表格数值", "Table values", true), ("文中目标", "Targets", true),
    };

    /// <summary>The report's model.</summary>
    [Parameter, EditorRequired]
    public ReportModel Model { get; set; } = default!;

    /// <summary>The changes since a baseline, when the report has a diff page.</summary>
    [Parameter]
    public DiffReport? Diff { get; set; }

    private int Errors { get; set; }

    private int Warnings { get; set; }

    private int[] Totals { get; set; } = Array.Empty<int>();

    private List<string> Unused { get; } = new();

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        Errors = Model.Count(PlanSeverity.Error);
        Warnings = Model.Count(PlanSeverity.Warning);
        int tables = 0, rows = 0, lists = 0, items = 0, nodes = 0, targets = 0;
        foreach (var d in Model.Documents)
        {
            tables += d.Tables.Count;
            rows += Counts.Rows(d);
            lists += d.ProjectLists.Count;
            items += Counts.Items(d);
            nodes += Counts.Nodes(d.Outline);
            targets += d.Targets.Count;
        }

        Totals = new[] { tables, rows, lists, items, nodes, targets };
        var used = new HashSet<string>(Model.UsedIndicators, StringComparer.Ordinal);
        Unused.Clear();
        foreach (var i in Model.Corpus.Catalogue.Indicators)
        {
            if (!used.Contains(i.Id))
            {
                Unused.Add(i.Id);
            }
        }

        Unused.Sort(StringComparer.Ordinal);
    }

    private static string Period(PlanDocument d) =>
        Format.I(d.PeriodStart) + (d.PeriodEnd == d.PeriodStart ? string.Empty : "–" + Format.I(d.PeriodEnd));

    private IEnumerable<(int N, string Zh, string En)> Cards()
    {
        var values = 0;
        foreach (var d in Model.Documents)
        {
            values += Counts.Values(d);
        }

        yield return (Model.Documents.Count, "文件", "documents");
        yield return (Totals[0], "指标表", "tables");
        yield return (Totals[1], "指标行", "rows");
        yield return (values, "表格数值", "table values");
        yield return (Totals[2], "专栏/清单", "boxes & lists");
        yield return (Totals[3], "项目", "items");
        yield return (Totals[4], "目录节点", "outline nodes");
        yield return (Totals[5], "文中目标", "targets");
        yield return (Model.UsedIndicators.Count, "目录指标", "indicators used");
    }

    private static IEnumerable<(int Count, string Fragment)> DocumentCounts(PlanDocument d)
    {
        yield return (d.Tables.Count, "#tables");
        yield return (Counts.Rows(d), "#tables");
        yield return (d.ProjectLists.Count, "#lists");
        yield return (Counts.Items(d), "#lists");
        yield return (Counts.Nodes(d.Outline), "#outline");
        yield return (d.Targets.Count, "#targets");
    }

    private (int Documents, int Cells, int Prose) Uses(string id)
    {
        var docs = new HashSet<string>(StringComparer.Ordinal);
        int cells = 0, prose = 0;
        foreach (var o in Model.Corpus.Observations(id))
        {
            docs.Add(o.Document.Id);
            cells += o.Row is not null ? 1 : 0;
            prose += o.Target is not null ? 1 : 0;
        }

        return (docs.Count, cells, prose);
    }
}

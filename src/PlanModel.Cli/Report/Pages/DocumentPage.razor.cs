using Microsoft.AspNetCore.Components;

namespace PlanModel.Cli.Report.Pages;

/// <summary>A document's page, and the fragments other pages link to.</summary>
public partial class DocumentPage
{
    /// <summary>The report's model.</summary>
    [Parameter, EditorRequired]
    public ReportModel Model { get; set; } = default!;

    /// <summary>The document.</summary>
    [Parameter, EditorRequired]
    public PlanDocument Document { get; set; } = default!;

    /// <summary>Cuts the document's cited lines (its own source is shown without its name).</summary>
    internal Snippet Snip { get; private set; } = default!;

    /// <summary>The ids of the document's outline nodes (a section in the outline is linked).</summary>
    internal HashSet<string> OutlineIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The fragment of a table row on its document's page.</summary>
    public static string RowAnchor(string rowKey) => "r-" + Format.Safe(rowKey);

    /// <summary>The fragment of a table cell.</summary>
    public static string ValueAnchor(string rowKey, string column) => "v-" + Format.Safe(rowKey) + "__" + Format.Safe(column);

    /// <summary>The fragment of a prose figure.</summary>
    public static string TargetAnchor(string targetId) => "t-" + Format.Safe(targetId);

    internal static string TableAnchor(string id) => "tbl-" + Format.Safe(id);

    internal static string ListAnchor(string id) => "list-" + Format.Safe(id);

    internal static string BoxPrefix(int? box) => box is int b ? "专栏" + Format.I(b) + " " : string.Empty;

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        Snip = new Snippet(Model.Build) { HomeFile = Document.Source.File };
        OutlineIds.Clear();
        CollectIds(Document.Outline);
    }

    private void CollectIds(IReadOnlyList<OutlineNode> nodes)
    {
        foreach (var n in nodes)
        {
            OutlineIds.Add(n.Id);
            CollectIds(n.Children);
        }
    }
}

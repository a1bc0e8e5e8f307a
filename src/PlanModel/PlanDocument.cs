namespace PlanModel;

/// <summary>The kind of document.</summary>
public enum DocumentKind
{
    /// <summary>A five-year-plan outline (五年规划纲要).</summary>
    FiveYearPlan = 0,
    /// <summary>A government work report (政府工作报告).</summary>
    WorkReport,
}

/// <summary>When and where a work report was delivered.</summary>
public sealed class DeliveryInfo
{
    /// <summary>The date as ISO yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    /// <summary>The congress session.</summary>
    public BilingualText? Session { get; init; }

    /// <summary>The speaker, where named.</summary>
    public BilingualText? Speaker { get; init; }
}

/// <summary>A plan document: a five-year-plan outline or a government work report, with all it prints.</summary>
public class PlanDocument
{
    /// <summary>The document id (cq-14fyp).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Ids the document was published under before a rename (<c>formerIds</c>); look-ups by them resolve.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = System.Array.Empty<string>();

    /// <summary>The kind of document.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The title as printed.</summary>
    public BilingualText Title { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The region.</summary>
    public Region Region { get; init; } = new Region();

    /// <summary>The id of the plan this one aligns to (a district's plan → the municipality's).</summary>
    public string? ParentId { get; init; }

    /// <summary>The first year of the period.</summary>
    public int PeriodStart { get; init; }

    /// <summary>The last year of the period.</summary>
    public int PeriodEnd { get; init; }

    /// <summary>The long-range vision year (2035), if any.</summary>
    public int? VisionYear { get; init; }

    /// <summary>Delivery details of a work report.</summary>
    public DeliveryInfo? Delivered { get; init; }

    /// <summary>The archived source.</summary>
    public SourceReference Source { get; init; } = new SourceReference();

    /// <summary>The indicator tables.</summary>
    public IReadOnlyList<IndicatorTable> Tables { get; init; } = System.Array.Empty<IndicatorTable>();

    /// <summary>The project boxes and lists.</summary>
    public IReadOnlyList<ProjectList> ProjectLists { get; init; } = System.Array.Empty<ProjectList>();

    /// <summary>The top-level outline nodes.</summary>
    public IReadOnlyList<OutlineNode> Outline { get; init; } = System.Array.Empty<OutlineNode>();

    /// <summary>The figures stated in the prose.</summary>
    public IReadOnlyList<PlanTarget> Targets { get; init; } = System.Array.Empty<PlanTarget>();

    /// <summary>Boxes the source prints that are registered as pending or waived, with the reason.</summary>
    public IReadOnlyList<BoxRegistration> RegisteredBoxes { get; init; } = System.Array.Empty<BoxRegistration>();

    /// <summary>All indicator rows of all tables.</summary>
    public IEnumerable<Indicator> Indicators
    {
        get
        {
            foreach (var t in Tables)
            {
                foreach (var r in t.Rows)
                {
                    yield return r;
                }
            }
        }
    }

    /// <summary>The table with the id, or with it among its former ids (a renamed table); <see langword="null"/> when none.</summary>
    public IndicatorTable? FindTable(string id) => Lookup.Find(Tables, id, t => t.Id, t => t.FormerIds);

    /// <summary>The project list with the id, or with it among its former ids; <see langword="null"/> when none.</summary>
    public ProjectList? FindProjectList(string id) => Lookup.Find(ProjectLists, id, l => l.Id, l => l.FormerIds);

    /// <summary>The prose target with the id, or with it among its former ids; <see langword="null"/> when none.</summary>
    public PlanTarget? FindTarget(string id) => Lookup.Find(Targets, id, t => t.Id, t => t.FormerIds);

    /// <inheritdoc />
    public override string ToString() => Title.ToString();
}

/// <summary>A box the source prints that has no transcription of its own.</summary>
public sealed class BoxRegistration
{
    /// <summary>The box number.</summary>
    public int Box { get; init; }

    /// <summary>pending or waived.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The box title.</summary>
    public BilingualText Title { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>Why it is not transcribed.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Where the title is printed.</summary>
    public Citation? Citation { get; init; }
}

namespace PlanModel.Cli.Report;

/// <summary>What the index and a document's page count.</summary>
internal static class Counts
{
    /// <summary>The number of outline nodes, children included.</summary>
    public static int Nodes(IReadOnlyList<OutlineNode> nodes)
    {
        var n = 0;
        foreach (var node in nodes)
        {
            n += 1 + Nodes(node.Children);
        }

        return n;
    }

    /// <summary>The number of items of all lists of a document.</summary>
    public static int Items(PlanDocument d)
    {
        var n = 0;
        foreach (var l in d.ProjectLists)
        {
            foreach (var _ in l.AllItems)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The number of values in all tables of a document.</summary>
    public static int Values(PlanDocument d)
    {
        var n = 0;
        foreach (var r in d.Indicators)
        {
            n += r.Values.Count;
        }

        return n;
    }

    /// <summary>The number of indicator rows of a document.</summary>
    public static int Rows(PlanDocument d)
    {
        var n = 0;
        foreach (var t in d.Tables)
        {
            n += t.Rows.Count;
        }

        return n;
    }

    /// <summary>The errors and warnings among <paramref name="diagnostics"/>.</summary>
    public static (int Errors, int Warnings) Severities(IReadOnlyList<PlanDiagnostic> diagnostics)
    {
        int errors = 0, warnings = 0;
        foreach (var x in diagnostics)
        {
            errors += x.Severity == PlanSeverity.Error ? 1 : 0;
            warnings += x.Severity == PlanSeverity.Warning ? 1 : 0;
        }

        return (errors, warnings);
    }
}

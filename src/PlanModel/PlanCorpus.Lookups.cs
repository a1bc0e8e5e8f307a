namespace PlanModel;

public sealed partial class PlanCorpus
{
    /// <summary>The indicator table <paramref name="tableId"/> of the document, or <see langword="null"/>.</summary>
    public IndicatorTable? FindTable(string documentId, string tableId)
    {
        foreach (var t in Find(documentId)?.Tables ?? Array.Empty<IndicatorTable>())
        {
            if (string.Equals(t.Id, tableId, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The indicator row with the key (<see cref="Indicator.Key"/>) in a table of the document, or <see langword="null"/>.</summary>
    public Indicator? FindIndicator(string documentId, string tableId, string key)
    {
        foreach (var r in FindTable(documentId, tableId)?.Rows ?? Array.Empty<Indicator>())
        {
            if (string.Equals(r.Key, key, StringComparison.Ordinal))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The project list <paramref name="listId"/> of the document, or <see langword="null"/>.</summary>
    public ProjectList? FindProjectList(string documentId, string listId)
    {
        foreach (var l in Find(documentId)?.ProjectLists ?? Array.Empty<ProjectList>())
        {
            if (string.Equals(l.Id, listId, StringComparison.Ordinal))
            {
                return l;
            }
        }

        return null;
    }

    /// <summary>The prose target <paramref name="targetId"/> of the document, or <see langword="null"/>.</summary>
    public PlanTarget? FindTarget(string documentId, string targetId)
    {
        foreach (var t in Find(documentId)?.Targets ?? Array.Empty<PlanTarget>())
        {
            if (string.Equals(t.Id, targetId, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }
}

using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Yaml.Validation;

/// <summary>Cross-plan alignment rules (PLAN6xx) and catalogue linking (PLAN407).</summary>
internal static partial class AlignmentRules
{
    public static void Check(CorpusContext c, DiagnosticBag d)
    {
        foreach (var doc in c.Documents)
        {
            if (doc.Document.Parent is null)
            {
                continue;
            }

            foreach (var (path, table) in doc.Tables)
            {
                foreach (var row in table.Rows)
                {
                    if (row.Indicator is null && c.NameToIndicator.TryGetValue(row.Name.Zh, out var id))
                    {
                        d.Add(PlanRules.Unlinked, path, row.Pos.Line, row.Pos.Column, "'{0}' is catalogue indicator '{1}' by name; link it with 'indicator: {1}'", row.Name.Zh, id);
                    }
                }
            }
        }

        CheckParents(c, d);
    }

    static partial void CheckParents(CorpusContext c, DiagnosticBag d);
}

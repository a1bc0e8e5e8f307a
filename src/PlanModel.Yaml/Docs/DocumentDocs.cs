using System.Linq;
using PlanModel.Yaml.Naming;

namespace PlanModel.Yaml.Docs;

/// <summary>
/// What a generated document class's members say in IntelliSense: each member's summary paragraphs (escaped into
/// lines by <see cref="DocText"/>). The generator writes them as <c>///</c> comments; with side-file docs the build
/// writes the same text into the documentation file (<see cref="Members"/>).
/// </summary>
public static class DocumentDocs
{
    /// <summary>The document's class.</summary>
    public static string?[] Class(PlanDocument doc) => new[]
    {
        doc.Title.Zh,
        doc.Title.En,
        $"{doc.Region.Name.Zh} ({doc.Region.Name.En}), {doc.Kind}, {doc.PeriodStart}–{doc.PeriodEnd}. Id: {doc.Id}.",
        $"Source: {doc.Source.File}, lines {doc.Source.Line}–{doc.Source.EndLine}, sha256 {doc.Source.Sha256}.",
    };

    /// <summary>A table's property on the document class.</summary>
    public static string?[] TableProperty(IndicatorTable table) =>
        new[] { table.Title.Zh, table.Title.En, Box(table.Box) + Cite(table.Citation), "Id: " + table.Id + "." };

    /// <summary>A project list's property on the document class.</summary>
    public static string?[] ListProperty(ProjectList list) =>
        new[] { list.Title.Zh, list.Title.En, Box(list.Box) + $"{list.AllItems.Count()} items. " + Cite(list.Citation), InferredTitle(list), "Id: " + list.Id + "." };

    /// <summary>A target's property on the document class.</summary>
    public static string?[] Target(PlanTarget t) =>
        new[] { t.Subject.Zh + ": " + t.Value.Raw, t.Subject.En + $" ({t.Role}, {t.Horizon})", t.Citation?.Quote, Cite(t.Citation), t.Note };

    /// <summary>A table's nested class.</summary>
    public static string?[] TableClass(IndicatorTable table) => new[] { "Typed view of " + table.Title.Zh, table.Title.En };

    /// <summary>An indicator row's property on its table's class.</summary>
    public static string?[] Row(Indicator r) => new[]
    {
        (r.Sequence is null ? string.Empty : r.Sequence + ". ") + r.Printed,
        r.Name.En,
        string.Join(" · ", r.Values.Select(v => $"{v.Column}: {v.Raw ?? "(missing)"}")) + (r.AttributeRaw is null ? string.Empty : $" · {r.AttributeRaw} ({r.Attribute})"),
        (r.CatalogueId is null ? string.Empty : "Catalogue: " + r.CatalogueId + ". ") + Cite(r.Citation),
        r.Note,
    };

    /// <summary>A project list's nested class.</summary>
    public static string?[] ListClass(ProjectList list) => new[] { "Typed view of " + list.Title.Zh, list.Title.En, InferredTitle(list) };

    /// <summary>A project's property on its list's class.</summary>
    public static string?[] Project(Project p) =>
        new[] { p.Name.Zh, p.Name.En, (p.StatusRaw is null ? string.Empty : $"{p.StatusRaw} ({p.Status}). ") + Cite(p.Citation), p.Note };

    /// <summary>
    /// Every member above of one document class as its documentation id (<c>T:</c> or <c>P:</c>, as the compiler
    /// writes it) and summary paragraphs, in the order the generator declares them. The constructor and the obsolete
    /// forwarders of former names keep their short comments in the source in either mode.
    /// </summary>
    public static IEnumerable<(string Id, string?[] Summary)> Members(PlanDocument doc, DocumentNames names, string ns)
    {
        var type = ns + "." + Bare(names.Class);
        yield return ("T:" + type, Class(doc));
        for (var i = 0; i < doc.Tables.Count; i++)
        {
            yield return ("P:" + type + "." + Bare(names.Tables[i].Property), TableProperty(doc.Tables[i]));
        }

        for (var i = 0; i < doc.ProjectLists.Count; i++)
        {
            yield return ("P:" + type + "." + Bare(names.Lists[i].Property), ListProperty(doc.ProjectLists[i]));
        }

        for (var i = 0; i < doc.Targets.Count; i++)
        {
            yield return ("P:" + type + "." + Bare(names.Targets[i].Name), Target(doc.Targets[i]));
        }

        for (var i = 0; i < doc.Tables.Count; i++)
        {
            var table = doc.Tables[i];
            var nested = type + "." + Bare(names.Tables[i].Class);
            yield return ("T:" + nested, TableClass(table));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (names.Tables[i].Members[r] is { } member)
                {
                    yield return ("P:" + nested + "." + Bare(member.Name), Row(table.Rows[r]));
                }
            }
        }

        for (var i = 0; i < doc.ProjectLists.Count; i++)
        {
            var list = doc.ProjectLists[i];
            var nested = type + "." + Bare(names.Lists[i].Class);
            yield return ("T:" + nested, ListClass(list));
            var items = list.AllItems.ToList();
            for (var p = 0; p < items.Count; p++)
            {
                if (names.Lists[i].Members[p] is { } member)
                {
                    yield return ("P:" + nested + "." + Bare(member.Name), Project(items[p]));
                }
            }
        }
    }

    /// <summary>A name as a documentation id spells it (no verbatim <c>@</c>).</summary>
    private static string Bare(string name) => name.TrimStart('@');

    private static string Box(int? box) => box is null ? string.Empty : $"专栏{box} (Box {box}). ";

    /// <summary>A reconstructed title says so in IntelliSense too, not only in the data.</summary>
    private static string? InferredTitle(ProjectList list) =>
        list.TitleInferred ? "Title inferred (the source lost it): " + list.TitleEvidence : null;

    private static string Cite(Citation? c) => c is null ? string.Empty : $"Source: {c.SourceFile}, line {(c.Lines.Count > 1 ? string.Join("+", c.Lines) : c.Line.ToString(CultureInfo.InvariantCulture))}.";
}

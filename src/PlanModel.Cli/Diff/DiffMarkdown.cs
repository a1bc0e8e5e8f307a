namespace PlanModel.Cli.Diff;

/// <summary>
/// The diff as GitHub-flavoured Markdown for a pull-request comment or a job summary: the bump and counts first, then
/// a <c>&lt;details&gt;</c> section per document (values corrected, each beside its source line with the quote in
/// bold; added; removed; renamed; text only). Cut cleanly, with a count of what was left out, before the limit.
/// </summary>
public static class DiffMarkdown
{
    /// <summary>GitHub's limit for a comment is 65 536 characters; stay well under it.</summary>
    public const int DefaultLimit = 60_000;

    /// <summary>Renders the report.</summary>
    public static string Render(DiffReport report, int limit = DefaultLimit)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var head = new StringBuilder();
        head.Append("## PlanModel data diff\n\n");
        head.Append("**Base** ").Append(E(report.Base.Label)).Append(Side(report.Base)).Append(" → **head** ").Append(E(report.Head.Label)).Append(Side(report.Head)).Append("\n\n");
        head.Append("Smallest version bump: **").Append(Name(report.Bump)).Append("** (").Append(E(report.BumpReason)).Append(")\n\n");
        if (report.Changes.Count == 0)
        {
            head.Append("No change in the data.\n");
            return head.ToString();
        }

        head.Append("| document | corrections | additions | removals | renames | text only |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var c in report.Counts)
        {
            head.Append("| ").Append(E(c.Document)).Append(" | ").Append(N(c.Corrections)).Append(" | ").Append(N(c.Additions)).Append(" | ")
                .Append(N(c.Removals)).Append(" | ").Append(N(c.Renames)).Append(" | ").Append(N(c.Text)).Append(" |\n");
        }

        head.Append('\n');
        var sb = new StringBuilder(head.ToString());
        var groups = report.Changes.GroupBy(c => c.Document, StringComparer.Ordinal).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            var section = Document(groups[i].Key, groups[i].ToList());
            var rest = groups.Skip(i).Sum(g => g.Count());
            var tail = $"\n_… {rest} more change(s) in {groups.Count - i} document(s) not shown here; see the JSON diff._\n";
            if (sb.Length + section.Length + tail.Length > limit)
            {
                sb.Append(tail);
                return sb.ToString();
            }

            sb.Append(section);
        }

        return sb.ToString();
    }

    private static string Side(DiffSideInfo side) =>
        " (" + (side.DataVersion is null ? string.Empty : "data " + E(side.DataVersion) + ", ") + N(side.Errors) + " error(s), " + N(side.Warnings) + " warning(s))";

    private static string Document(string document, IReadOnlyList<Change> changes)
    {
        var sb = new StringBuilder();
        var summary = string.Join(", ", changes.GroupBy(c => c.Type).OrderBy(g => g.Key).Select(g => N(g.Count()) + " " + Name(g.Key)));
        sb.Append("<details><summary><b>").Append(E(document)).Append("</b>: ").Append(summary).Append("</summary>\n\n");
        Section(sb, "Corrected", changes.Where(c => c.Type == ChangeType.Correction).ToList(), Corrected);
        Section(sb, "Added", changes.Where(c => c.Type == ChangeType.Addition).ToList(), Added);
        Section(sb, "Removed", changes.Where(c => c.Type == ChangeType.Removal).ToList(), Removed);
        Section(sb, "Renamed", changes.Where(c => c.Type == ChangeType.Rename).ToList(), Renamed);
        Section(sb, "Translations and notes only", changes.Where(c => c.Type == ChangeType.Text).ToList(), TextOnly);
        sb.Append("</details>\n\n");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<Change> changes, Action<StringBuilder, Change> row)
    {
        if (changes.Count == 0)
        {
            return;
        }

        sb.Append("**").Append(title).Append("**\n\n| where | old | new | source |\n|---|---|---|---|\n");
        foreach (var c in changes)
        {
            row(sb, c);
        }

        sb.Append('\n');
    }

    private static void Corrected(StringBuilder sb, Change c)
    {
        var fields = c.Fields.Where(f => f.Category != FieldCategory.Text).ToList();
        var old = c.OldReading is not null ? Reading(c.OldReading) : string.Join("<br>", fields.Select(f => E(f.Field) + ": " + Code(f.Old)));
        var @new = c.NewReading is not null ? Reading(c.NewReading) : string.Join("<br>", fields.Select(f => E(f.Field) + ": " + Code(f.New)));
        var source = Line(c.Source);
        if (c.OldSource is not null)
        {
            source += "<br>was " + Line(c.OldSource);
        }

        Row(sb, Where(c), old, @new, source);
    }

    private static void Added(StringBuilder sb, Change c) => Row(sb, Where(c), string.Empty, c.NewReading is null ? Kind(c) : Reading(c.NewReading), Line(c.Source));

    private static void Removed(StringBuilder sb, Change c) => Row(sb, Where(c), c.OldReading is null ? Kind(c) : Reading(c.OldReading), string.Empty, Line(c.OldSource));

    private static void Renamed(StringBuilder sb, Change c) => Row(sb, Where(c), Code(c.FormerPath), Code(c.Path), Line(c.Source));

    private static void TextOnly(StringBuilder sb, Change c) =>
        Row(sb, Where(c), string.Join("<br>", c.Fields.Select(f => E(f.Field) + ": " + E(f.Old ?? "—"))), string.Join("<br>", c.Fields.Select(f => E(f.Field) + ": " + E(f.New ?? "—"))), string.Empty);

    private static void Row(StringBuilder sb, string where, string old, string @new, string source) =>
        sb.Append("| ").Append(where).Append(" | ").Append(old).Append(" | ").Append(@new).Append(" | ").Append(source).Append(" |\n");

    private static string Where(Change c) => E(c.Label) + "<br><sub>" + Code(c.Path) + "</sub>";

    private static string Kind(Change c) => "<i>" + E(c.Kind) + "</i>";

    private static string Reading(ValueReading r)
    {
        var parts = new List<string> { Code(r.Raw) };
        var reading = string.Join(" ", new[] { r.Qualifier, r.Value is null ? null : r.Value + (r.Max is null ? string.Empty : "–" + r.Max), r.Unit, r.Measure, r.Role, r.Year }.Where(x => !string.IsNullOrEmpty(x)));
        if (reading.Length > 0)
        {
            parts.Add(E(reading));
        }

        return string.Join(" ", parts);
    }

    private static string Line(SourceLine? s)
    {
        if (s is null)
        {
            return string.Empty;
        }

        var where = E(s.File) + ":" + E(s.Lines);
        if (s.Text is null)
        {
            return where + " <i>(source not verified)</i>";
        }

        var text = s.Text;
        if (s.QuoteStart is int at && s.QuoteLength is int len)
        {
            var start = Math.Max(0, at - 30);
            var end = Math.Min(text.Length, at + len + 30);
            return where + " " + (start > 0 ? "…" : string.Empty) + E(text.Substring(start, at - start)) + "<b>" + E(text.Substring(at, len)) + "</b>"
                + E(text.Substring(at + len, end - at - len)) + (end < text.Length ? "…" : string.Empty);
        }

        return where + " " + E(text.Length > 80 ? text.Substring(0, 80) + "…" : text);
    }

    private static string Code(string? s) => s is null ? "—" : "<code>" + E(s) + "</code>";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant() switch
        {
            "text" => "text only",
            var x => x,
        };

    /// <summary>Escapes text for a Markdown table cell that GitHub renders with HTML: nothing a YAML author writes can
    /// open a tag, end the cell, or start emphasis or a link.</summary>
    internal static string E(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '|' => "&#124;",
                '*' => "&#42;",
                '_' => "&#95;",
                '`' => "&#96;",
                '[' => "&#91;",
                ']' => "&#93;",
                '\\' => "&#92;",
                '#' => "&#35;",
                '~' => "&#126;",
                '\n' or '\r' or '\u2028' or '\u2029' => " ",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }
}

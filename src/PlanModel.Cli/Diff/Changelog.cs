namespace PlanModel.Cli.Diff;

/// <summary>
/// A data-changelog section written from a diff: by document, each corrected value old → new with its source line,
/// then what was added, removed, renamed, and how many texts changed. <c>CHANGELOG.md</c> keeps one section per data
/// version; the data package carries its version's section as its release notes.
/// </summary>
public static class Changelog
{
    /// <summary>The heading of a version's section; the package build looks for exactly this.</summary>
    public static string Heading(string version) => "## PlanModel.Chongqing " + version;

    /// <summary>Renders the section for <paramref name="version"/>.</summary>
    public static string Section(DiffReport report, string version)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var sb = new StringBuilder();
        sb.Append(Heading(version)).Append("\n\n");
        sb.Append("Compared with ").Append(report.Base.DataVersion ?? report.Base.Label).Append(": a ").Append(report.Bump.ToString().ToLowerInvariant())
            .Append(" change (").Append(report.BumpReason).Append(").\n");
        if (report.Changes.Count == 0)
        {
            sb.Append("\nNo change in the data.\n");
            return sb.ToString();
        }

        foreach (var doc in report.Changes.GroupBy(c => c.Document, StringComparer.Ordinal))
        {
            sb.Append("\n### ").Append(doc.Key).Append("\n\n");
            foreach (var c in doc.Where(c => c.Type == ChangeType.Correction))
            {
                sb.Append("- Corrected ").Append(c.Label).Append(": ").Append(Corrected(c)).Append(Where(c.Source)).Append('\n');
            }

            foreach (var c in doc.Where(c => c.Type == ChangeType.Addition))
            {
                sb.Append("- Added ").Append(c.Kind).Append(' ').Append(c.Label).Append(c.NewReading is null ? string.Empty : ": `" + c.NewReading.Raw + "`").Append(Where(c.Source)).Append('\n');
            }

            foreach (var c in doc.Where(c => c.Type == ChangeType.Removal))
            {
                sb.Append("- Removed ").Append(c.Kind).Append(' ').Append(c.Label).Append(" (`").Append(c.Path).Append("`)\n");
            }

            foreach (var c in doc.Where(c => c.Type == ChangeType.Rename))
            {
                sb.Append("- Renamed `").Append(c.FormerPath).Append("` → `").Append(c.Path).Append("`\n");
            }

            var text = doc.Count(c => c.Type == ChangeType.Text);
            if (text > 0)
            {
                sb.Append("- Translations or notes changed: ").Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Puts <paramref name="section"/> into a changelog's text: replacing the section of the same version,
    /// or above the newest one.</summary>
    public static string Insert(string? changelog, string section, string version)
    {
        var lines = (changelog ?? "# Data changelog\n").Replace("\r\n", "\n").Split('\n').ToList();
        var heading = Heading(version);
        var start = lines.FindIndex(l => l == heading);
        if (start >= 0)
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
        }
        else
        {
            start = lines.FindIndex(l => l.StartsWith("## ", StringComparison.Ordinal));
            if (start < 0)
            {
                start = lines.Count;
            }
        }

        lines.Insert(start, section.TrimEnd('\n') + "\n");
        return string.Join("\n", lines).TrimEnd('\n') + "\n";
    }

    // A value printed the same but read differently (its measure, horizon, unit …) says which fields moved: "`27%` → `27%`"
    // would hide the correction.
    private static string Corrected(Change c) =>
        c.OldReading is not null && c.NewReading is not null && c.OldReading.Raw == c.NewReading.Raw
            ? "`" + c.NewReading.Raw + "`, " + string.Join(", ", c.Fields.Where(f => f.Category != FieldCategory.Text).Select(f => f.Field + " `" + f.Old + "` → `" + f.New + "`"))
            : Old(c) + " → " + New(c);

    private static string Old(Change c) => c.OldReading is not null ? "`" + c.OldReading.Raw + "`" : string.Join(", ", c.Fields.Where(f => f.Category != FieldCategory.Text).Select(f => f.Field + " `" + f.Old + "`"));

    private static string New(Change c) => c.NewReading is not null ? "`" + c.NewReading.Raw + "`" : string.Join(", ", c.Fields.Where(f => f.Category != FieldCategory.Text).Select(f => f.Field + " `" + f.New + "`"));

    private static string Where(SourceLine? s) => s is null ? string.Empty : " (" + s.File + " line " + s.Lines + ")";
}

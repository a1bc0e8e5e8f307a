namespace PlanModel.Cli.Diff;

/// <summary><c>--check-version</c>: the data version must have moved at least as far as the change needs.</summary>
internal static class VersionCheck
{
    public static int Run(DiffReport report, TextWriter stderr)
    {
        if (report.Bump == VersionBump.None)
        {
            return 0;
        }

        if (!TryParse(report.Base.DataVersion, out var from) || !TryParse(report.Head.DataVersion, out var to))
        {
            stderr.WriteLine($"plan diff: cannot compare data versions ('{report.Base.DataVersion ?? "none"}' → '{report.Head.DataVersion ?? "none"}'); set <{DataVersionFile.Property}> in Directory.Build.props to major.minor.patch");
            return 1;
        }

        var moved = Moved(from, to);
        if (moved >= report.Bump)
        {
            return 0;
        }

        stderr.WriteLine($"plan diff: the data version moved {Name(moved)} ({report.Base.DataVersion} → {report.Head.DataVersion}), but this change needs a {Name(report.Bump)} bump: {report.BumpReason}. Raise <{DataVersionFile.Property}> in Directory.Build.props.");
        return 1;
    }

    /// <summary>How far <paramref name="to"/> moved from <paramref name="from"/>; a step back is no move at all.</summary>
    internal static VersionBump Moved((int Major, int Minor, int Patch) from, (int Major, int Minor, int Patch) to)
    {
        if (to.Major != from.Major)
        {
            return to.Major > from.Major ? VersionBump.Major : VersionBump.None;
        }

        if (to.Minor != from.Minor)
        {
            return to.Minor > from.Minor ? VersionBump.Minor : VersionBump.None;
        }

        return to.Patch > from.Patch ? VersionBump.Patch : VersionBump.None;
    }

    internal static bool TryParse(string? text, out (int Major, int Minor, int Patch) version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var core = text.Split('-', '+')[0].Split('.');
        if (core.Length != 3)
        {
            return false;
        }

        var ok = int.TryParse(core[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            & int.TryParse(core[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            & int.TryParse(core[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch);
        version = (major, minor, patch);
        return ok;
    }

    private static string Name(VersionBump b) => b == VersionBump.None ? "not at all" : b.ToString().ToLowerInvariant();
}

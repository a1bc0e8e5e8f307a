using PlanModel.Cli.Report;

namespace PlanModel.Cli;

/// <summary><c>plan report</c>: a static HTML review site of the corpus (docs/report.md).</summary>
internal static class ReportCommand
{
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.Output is null)
        {
            throw new CliUsageException("report needs --output dir");
        }

        if (options.Format is not null)
        {
            throw new CliUsageException("report takes no --format");
        }

        // Paths in the report are relative to the corpus root, so it does not depend on where it is run.
        var session = Sessions.Open(options, relativeToRoot: true);
        var build = CorpusBuild.Of(session);
        Diff.DiffReport? diff = null;
        if (options.Baseline is not null)
        {
            try
            {
                using var baseline = Diff.CorpusSide.Open("baseline", options.Baseline, options.Path);
                diff = Diff.CorpusDiff.Compare(baseline, Diff.CorpusSide.Of(options.Path, session, options.Path));
            }
            catch (Diff.DiffSideException ex)
            {
                throw new CliUsageException(ex.Message);
            }
        }

        var site = ReportSite.Render(build, session.Diagnostics, session.Files, diff);
        try
        {
            site.WriteTo(options.Output);
        }
        catch (IOException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var errors = 0;
        var warnings = 0;
        foreach (var d in session.Diagnostics)
        {
            errors += d.Severity == PlanSeverity.Error ? 1 : 0;
            warnings += d.Severity == PlanSeverity.Warning ? 1 : 0;
            if (d.Severity == PlanSeverity.Error)
            {
                stderr.WriteLine(d.ToCanonicalString());
            }
        }

        stdout.WriteLine($"wrote {options.Output}: index.html, {site.DocumentCount} document page(s), {site.IndicatorCount} indicator page(s); validation: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}

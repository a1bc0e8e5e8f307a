using System.Text.Json;
using PlanModel.Cli.Diff;

namespace PlanModel.Cli;

/// <summary><c>plan diff &lt;base&gt; [&lt;head&gt;]</c>: what a change does to the data (docs/diff.md).</summary>
internal static class DiffCommand
{
    /// <summary>Runs the diff; 0 done, 1 <c>--check-version</c> failed, 2 a side cannot be read.</summary>
    public static int Run(string baseSpec, string? headSpec, string corpus, string format, string? output, bool checkVersion, TextWriter stdout, TextWriter stderr)
    {
        if (format is not ("markdown" or "json"))
        {
            throw new CliUsageException($"unknown diff format '{format}'; use markdown or json");
        }

        CorpusSide? baseSide = null;
        CorpusSide? head = null;
        try
        {
            (baseSide, head) = CorpusSide.OpenBoth("base", baseSpec, "head", headSpec ?? corpus, corpus);
            var report = CorpusDiff.Compare(baseSide, head);
            var text = format == "json"
                ? JsonSerializer.Serialize(report, DiffJsonContext.Default.DiffReport) + "\n"
                : DiffMarkdown.Render(report);
            if (output is null)
            {
                stdout.Write(text);
            }
            else
            {
                AtomicFile.Write(output, Encoding.UTF8.GetBytes(text));
                stdout.WriteLine($"wrote {output}: {report.Changes.Count} change(s), smallest bump {report.Bump.ToString().ToLowerInvariant()}");
            }

            return checkVersion ? VersionCheck.Run(report, stderr) : 0;
        }
        catch (DiffSideException ex)
        {
            stderr.WriteLine("plan diff: " + ex.Message);
            return 2;
        }
        finally
        {
            baseSide?.Dispose();
            head?.Dispose();
        }
    }
}

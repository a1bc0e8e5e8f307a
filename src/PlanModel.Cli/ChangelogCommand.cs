using PlanModel.Cli.Diff;

namespace PlanModel.Cli;

/// <summary><c>plan changelog &lt;from&gt; [&lt;to&gt;] [--write CHANGELOG.md]</c>: the data changelog section of a change.</summary>
internal static class ChangelogCommand
{
    /// <summary>Writes the section of the change <paramref name="fromSpec"/> → <paramref name="toSpec"/> (default the
    /// corpus folder) to stdout, or into <paramref name="write"/>; 0 done, 2 a side cannot be read.</summary>
    public static int Run(string fromSpec, string? toSpec, string corpus, string? write, string? version, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var (from, to) = CorpusSide.OpenBoth("from", fromSpec, "to", toSpec ?? corpus, corpus);
            using var disposeFrom = from;
            using var disposeTo = to;
            var report = CorpusDiff.Compare(from, to);
            version ??= to.DataVersion ?? throw new CliUsageException("no data version found for 'to'; pass --version");
            var section = Changelog.Section(report, version);
            if (write is null)
            {
                stdout.Write(section);
                return 0;
            }

            var existing = File.Exists(write) ? File.ReadAllText(write) : null;
            AtomicFile.Write(write, new UTF8Encoding(false).GetBytes(Changelog.Insert(existing, section, version)));
            stdout.WriteLine($"wrote {write}: {Changelog.Heading(version)} ({report.Changes.Count} change(s))");
            return 0;
        }
        catch (DiffSideException ex)
        {
            stderr.WriteLine("plan changelog: " + ex.Message);
            return 2;
        }
    }
}

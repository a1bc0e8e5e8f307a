using PlanModel.Cli.Diff;
using PlanModel.Yaml.Serialization;

namespace PlanModel.Cli;

/// <summary>
/// <c>plan pack-data [path] --output corpus.plandata [--data-version x.y.z] [--severity …] [--warnaserror]</c>: the whole corpus as one
/// versioned data file, read by <c>PlanCorpus.Load</c> (docs/data-file.md). A corpus with PLAN errors is not packed.
/// </summary>
internal static class PackDataCommand
{
    /// <summary>Packs the corpus at <c>options.Path</c> into <c>options.Output</c>; 0 written, 1 PLAN errors (nothing
    /// written).</summary>
    public static int Run(CliOptions options, string? version, TextWriter stdout, TextWriter stderr)
    {
        var path = options.Path;
        var output = options.Output ?? throw new CliUsageException("pack-data needs --output file");

        // The data version is the repository's PlanModelDataVersion property unless given: the file then carries the
        // same version as the package built from the same commit.
        version ??= DataVersionFile.FindFrom(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".")
            ?? throw new CliUsageException($"no <{DataVersionFile.Property}> found in a Directory.Build.props above '{path}'; pass --data-version");

        var session = Sessions.Open(options);
        var errors = session.Diagnostics.Where(d => d.Severity == PlanSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (var d in errors)
            {
                stderr.WriteLine(d.ToCanonicalString());
            }

            stderr.WriteLine($"plan pack-data: {errors.Count} error(s); nothing written");
            return 1;
        }

        var dataVersion = new DataVersion(version, CorpusHash.Of(session.Files));
        AtomicFile.Write(output, s => PlanDataFileWriter.Write(s, session.Corpus, dataVersion));
        var size = new FileInfo(output).Length;
        stdout.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} documents, {2} bytes, data version {3}",
            output, session.Corpus.Documents.Count, size, dataVersion));
        return 0;
    }
}

namespace PlanModel.Cli;

/// <summary><c>plan export --format json|csv</c>: all plans, every value with raw text, interpretation and citation.</summary>
internal static class ExportCommand
{
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        var format = (options.Format ?? "json").ToLowerInvariant();
        if (format is not ("json" or "csv" or "sqlite"))
        {
            throw new CliUsageException($"unknown format '{options.Format}'; use json, csv or sqlite");
        }

        if (format == "sqlite" && options.Output is null)
        {
            throw new CliUsageException("--format sqlite needs --output file.db");
        }

        var session = Sessions.Open(options);
        var errors = 0;
        foreach (var d in session.Diagnostics)
        {
            if (d.Severity == PlanModel.Yaml.Diagnostics.PlanSeverity.Error)
            {
                stderr.WriteLine(d.ToCanonicalString());
                errors++;
            }
        }

        if (errors > 0)
        {
            // Exporting data that fails validation would publish unverified values.
            stderr.WriteLine($"plan export: {errors} error(s); fix them before exporting");
            return 1;
        }

        var build = CorpusBuild.Of(session);
        if (options.Output is null)
        {
            using var buffer = new MemoryStream();
            Write(build, format, buffer);
            stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        }

        // Through a temporary file, so a failure never leaves a half-written export.
        if (format == "sqlite")
        {
            AtomicFile.WriteVia(options.Output, temp => SqliteExporter.Write(build, temp));
        }
        else
        {
            AtomicFile.Write(options.Output, fs => Write(build, format, fs));
        }
        stdout.WriteLine($"wrote {options.Output}");
        return 0;
    }

    private static void Write(CorpusBuild build, string format, Stream stream)
    {
        if (format == "json")
        {
            JsonExporter.Write(build, stream);
            return;
        }

        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        CsvExporter.Write(build, w);
    }
}

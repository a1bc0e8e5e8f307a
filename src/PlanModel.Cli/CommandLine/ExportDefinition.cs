namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan export [path] [--format json|csv|sqlite] [--output file]</c> (runs <see cref="ExportCommand"/>).</summary>
internal static class ExportDefinition
{
    /// <summary>The formats <see cref="ExportCommand"/> writes (docs/export.md).</summary>
    private static readonly string[] Formats = { "json", "csv", "sqlite" };

    /// <summary>The command with its argument, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "export",
            "Export every value with its raw text, interpretation and citation as JSON, CSV or SQLite (docs/export.md). " +
            "A corpus with PLAN errors is refused: exit code 1, nothing written.");
        // Absent stays null: ExportCommand reads null as json (CliOptions.Format keeps its meaning).
        var format = FormatOption.Create(Formats, fallback: null);
        command.Options.Add(format);
        var output = command.AddValue("--output", "file", "Write to this file (atomically: all or nothing) instead of standard output.", "-o");
        var corpus = new CorpusSymbols(command);
        CommandActions.Set(command, (parse, stdout, stderr) => ExportCommand.Run(
            corpus.Read(parse) with { Format = parse.GetValue(format), Output = parse.GetValue(output) },
            stdout,
            stderr));
        return command;
    }
}

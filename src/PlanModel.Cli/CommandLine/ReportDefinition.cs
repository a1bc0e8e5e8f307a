namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan report [path] --output dir</c> (runs <see cref="ReportCommand"/>).</summary>
internal static class ReportDefinition
{
    /// <summary>The command with its argument, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "report",
            "Write a static HTML review site: every value beside its cited source line, the validation, a chart per " +
            "catalogue indicator (docs/report.md). Written even when the corpus has errors; the exit code is then 1.");
        var output = command.AddRequiredValue(
            "--output",
            "dir",
            "The site's folder. It is replaced as a whole, so it must be empty or written by plan report.",
            "-o");
        var baseline = command.AddValue(
            "--baseline",
            "rev",
            "Add a page (diff.html) of what the data changed since this folder or git revision, each changed value beside its source line (docs/diff.md).");
        var corpus = new CorpusSymbols(command);
        CommandActions.Set(command, (parse, stdout, stderr) => ReportCommand.Run(
            corpus.Read(parse) with { Output = parse.GetValue(output), Baseline = parse.GetValue(baseline) },
            stdout,
            stderr));
        return command;
    }
}

namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan validate [path] [--severity …] [--warnaserror] [--watch]</c> (runs <see cref="ValidateCommand"/>,
/// or <see cref="Watch.WatchCommand"/> with <c>--watch</c>).</summary>
internal static class ValidateDefinition
{
    /// <summary>The command with its argument, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "validate",
            "Validate the corpus with the build's rules: one 'file(line,col): error PLANnnn: message' line per finding, " +
            "then a summary. Exit code 1 when an error remains.");
        var corpus = new CorpusSymbols(command);
        var watch = command.AddSwitch(
            "--watch",
            "Keep running: after every save, re-read the files that changed, re-validate what they touch and print the findings again, " +
            "with a summary line per round. Ctrl+C stops.");
        CommandActions.Set(command, (parse, stdout, _) => parse.GetValue(watch)
            ? Watch.WatchCommand.RunUntilInterrupted(corpus.Read(parse), stdout)
            : ValidateCommand.Run(corpus.Read(parse), stdout));
        return command;
    }
}

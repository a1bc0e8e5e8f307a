using System.CommandLine;

namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan validate [path] [--severity …] [--warnaserror]</c> (runs <see cref="ValidateCommand"/>).</summary>
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
        CommandActions.Set(command, (parse, stdout, _) => ValidateCommand.Run(corpus.Read(parse), stdout));
        return command;
    }
}

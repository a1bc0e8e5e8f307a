namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan names [path] [--accept]</c> (runs <see cref="NamesCommand"/>).</summary>
internal static class NamesDefinition
{
    /// <summary>The command with its argument, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "names",
            "Compare the generated C# names of the corpus with its lock, published-names.yaml: '+' a name not yet " +
            "published, '-' a published name no longer generated (a breaking change). Exit code 1 when the lock is out of date.");
        var corpus = new CorpusSymbols(command);
        var accept = command.AddSwitch(
            "--accept",
            "Rewrite published-names.yaml with the generated names (review the diff: a removed line breaks consumers).");
        CommandActions.Set(command, (parse, stdout, _) => NamesCommand.Run(corpus.Read(parse) with { Accept = parse.GetValue(accept) }, stdout));
        return command;
    }
}

namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan pack-data [path] --output corpus.plandata [--data-version x.y.z]</c> (runs
/// <see cref="PackDataCommand"/>; docs/data-file.md).</summary>
internal static class PackDataDefinition
{
    /// <summary>The command with its argument, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "pack-data",
            "Write the whole corpus as one versioned data file, read at run time by PlanCorpus.Load (docs/data-file.md). " +
            "Nothing is written when the corpus has errors; the exit code is then 1.");
        var output = command.AddRequiredValue("--output", "corpus.plandata", "The data file to write (replaced atomically).", "-o");
        var dataVersion = command.AddValue(
            "--data-version",
            "x.y.z",
            "The data version the file carries (default: the PlanModelDataVersion of the Directory.Build.props above path).");
        var corpus = new CorpusSymbols(command);
        CommandActions.Set(command, (parse, stdout, stderr) => PackDataCommand.Run(
            corpus.Read(parse) with { Output = parse.GetValue(output) },
            parse.GetValue(dataVersion),
            stdout,
            stderr));
        return command;
    }
}

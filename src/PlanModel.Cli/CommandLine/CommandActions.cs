namespace PlanModel.Cli.CommandLine;

/// <summary>Connects a command to the code that runs it.</summary>
internal static class CommandActions
{
    /// <summary>Runs <paramref name="run"/> with the invocation's writers when <paramref name="command"/> is parsed;
    /// a <see cref="CliUsageException"/> it throws (no YAML under the path, a folder the report may not replace)
    /// becomes one line on stderr and exit code 2, like a parse error.</summary>
    public static void Set(Command command, Func<ParseResult, TextWriter, TextWriter, int> run)
    {
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                return run(parse, stdout, stderr);
            }
            catch (CliUsageException ex)
            {
                stderr.WriteLine($"{UsageError.CommandPath(parse.CommandResult)}: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
    }
}

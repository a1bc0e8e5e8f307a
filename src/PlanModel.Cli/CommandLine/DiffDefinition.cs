namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan diff &lt;base&gt; [&lt;head&gt;] [--corpus folder] [--format markdown|json] [--output file]
/// [--check-version]</c> (runs <see cref="DiffCommand"/>; docs/diff.md).</summary>
internal static class DiffDefinition
{
    /// <summary>The formats <see cref="DiffCommand"/> writes.</summary>
    private static readonly string[] Formats = { "markdown", "json" };

    /// <summary>The command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "diff",
            "Compare two corpora, each a folder or a git revision of the repository that holds the corpus, as data: " +
            "what was added, removed and changed, and the smallest version bump that needs (docs/diff.md). Exit code 1 " +
            "when --check-version fails, 2 when a side cannot be read.");
        var sides = new CorpusSides(command, "base", "head");
        var format = FormatOption.Create(Formats, fallback: Formats[0]);
        command.Options.Add(format);
        var output = command.AddValue("--output", "file", "Write to this file (atomically) instead of standard output.", "-o");
        var checkVersion = command.AddSwitch(
            "--check-version",
            "Fail (exit code 1) unless PlanModelDataVersion moved at least as far as the change needs.");
        CommandActions.Set(command, (parse, stdout, stderr) => DiffCommand.Run(
            parse.GetValue(sides.Before)!,
            parse.GetValue(sides.After),
            parse.GetValue(sides.Corpus) ?? CliOptions.DefaultPath,
            (parse.GetValue(format) ?? Formats[0]).ToLowerInvariant(),
            parse.GetValue(output),
            parse.GetValue(checkVersion),
            stdout,
            stderr));
        return command;
    }
}

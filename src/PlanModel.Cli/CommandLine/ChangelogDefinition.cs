namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan changelog &lt;from&gt; [&lt;to&gt;] [--corpus folder] [--write CHANGELOG.md] [--version x.y.z]</c>
/// (runs <see cref="ChangelogCommand"/>; docs/diff.md).</summary>
internal static class ChangelogDefinition
{
    /// <summary>The command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "changelog",
            "The data changelog section of a change: what plan diff finds between two corpora, each corrected value " +
            "old → new with its line, under the data version's heading. Exit code 2 when a side cannot be read.");
        var sides = new CorpusSides(command, "from", "to");
        var write = command.AddValue(
            "--write",
            "CHANGELOG.md",
            "Insert the section into this changelog (replacing the section of the same version) instead of printing it.");

        // The tool's own --version is an option of the root only, so this one does not clash with it.
        var version = command.AddValue("--version", "x.y.z", "The data version of the section (default: the PlanModelDataVersion of <to>).");
        CommandActions.Set(command, (parse, stdout, stderr) => ChangelogCommand.Run(
            parse.GetValue(sides.Before)!,
            parse.GetValue(sides.After),
            parse.GetValue(sides.Corpus) ?? CliOptions.DefaultPath,
            parse.GetValue(write),
            parse.GetValue(version),
            stdout,
            stderr));
        return command;
    }
}

namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan init [dir] [--name Namespace] [--add-source feed]</c> (runs <see cref="InitCommand"/>;
/// docs/getting-started.md).</summary>
internal static class InitDefinition
{
    /// <summary>The command with its argument, options and action.</summary>
    public static Command Create()
    {
        var command = new Command(
            "init",
            "Start a corpus: plans-yaml/ with a sample document, its sha256-pinned source, a starter catalogue and the " +
            "schema, plus a project on the PlanModel.Toolkit package and a Program.cs reading a typed value " +
            "(docs/getting-started.md). Overwrites nothing: exit code 2 when a file exists.");
        var dir = new Argument<string>("dir")
        {
            Description = "The folder to write into (created when missing).",
            DefaultValueFactory = _ => ".",
        };
        command.Arguments.Add(dir);
        var name = command.AddValue("--name", "Namespace", "The project's name and namespace (default: the folder's name in PascalCase).");
        var source = command.AddValue(
            "--add-source",
            "feed",
            "Also write a nuget.config that adds this package folder (e.g. artifacts/packages) to the usual sources.");
        CommandActions.Set(command, (parse, stdout, stderr) => InitCommand.Run(
            parse.GetValue(dir) ?? ".",
            parse.GetValue(name),
            parse.GetValue(source),
            stdout,
            stderr));
        return command;
    }
}

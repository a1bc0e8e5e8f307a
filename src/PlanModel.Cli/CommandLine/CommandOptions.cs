namespace PlanModel.Cli.CommandLine;

/// <summary>A command's own options, each declared in one statement: created, described and added to the command,
/// so the help lists them in the order the definition declares them.</summary>
internal static class CommandOptions
{
    /// <summary>An option with a value (<c>--name value</c>), absent as <see langword="null"/>.</summary>
    public static Option<string?> AddValue(this Command command, string name, string helpName, string description, params string[] aliases) =>
        Add(command, new Option<string?>(name, aliases) { Description = description, HelpName = helpName });

    /// <summary>An option with a value that the command cannot run without.</summary>
    public static Option<string> AddRequiredValue(this Command command, string name, string helpName, string description, params string[] aliases) =>
        Add(command, new Option<string>(name, aliases) { Description = description, HelpName = helpName, Required = true });

    /// <summary>A switch (<c>--name</c>).</summary>
    public static Option<bool> AddSwitch(this Command command, string name, string description) =>
        Add(command, new Option<bool>(name) { Description = description });

    private static Option<T> Add<T>(Command command, Option<T> option)
    {
        command.Options.Add(option);
        return option;
    }
}

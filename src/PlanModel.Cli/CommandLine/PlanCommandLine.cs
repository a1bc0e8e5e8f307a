using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PlanModel.Cli.CommandLine;

/// <summary>The <c>plan</c> command line: the root command with its commands, parsed by System.CommandLine.
/// A command is one file here with a <c>Create()</c> that returns its <see cref="Command"/>, and one entry in
/// <see cref="Commands"/>.</summary>
internal static class PlanCommandLine
{
    /// <summary>The tool's name in messages (help prints the executable's name, which is <c>plan</c> when installed).</summary>
    public const string ToolName = "plan";

    /// <summary>The commands, in the order help lists them.</summary>
    private static readonly Func<Command>[] Commands =
    {
        InitDefinition.Create,
        ValidateDefinition.Create,
        ExportDefinition.Create,
        ReportDefinition.Create,
        DiffDefinition.Create,
        ChangelogDefinition.Create,
        PackDataDefinition.Create,
        NamesDefinition.Create,
    };

    /// <summary>Builds the root command (help, <c>--version</c>, the <c>[suggest]</c> directive and every command).</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Validate, export and review a PlanModel YAML corpus: Chinese government plans transcribed exactly as printed, " +
            "every value cited to its line in an archived source. Exit codes: 0 ok, 1 PLAN errors, 2 usage error.");
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create());
        }

        // The built-in version action prints the entry assembly's version, which is the test host's under a test runner.
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the process exit code.</summary>
    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Create();
        if (stdout != Console.Out && root.Options.OfType<HelpOption>().Single().Action is HelpAction help)
        {
            // Wrap as a narrow terminal would, so help written to a writer (tests, logs) does not depend on the console.
            help.MaxWidth = 100;
        }

        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // An unexpected exception is a bug: let it surface with its stack trace rather than become exit code 1,
            // which means "the corpus has PLAN errors".
            EnableDefaultExceptionHandler = false,
        };

        if (args.Length == 0)
        {
            // No command: the overview, as a usage error (as before System.CommandLine).
            root.Parse(new[] { "--help" }).Invoke(configuration);
            return ExitCodes.Usage;
        }

        if (args[0] == "help")
        {
            // `plan help [command]` reads as `plan [command] --help`.
            args = args.Skip(1).Append("--help").ToArray();
        }

        var parse = root.Parse(args);
        // Help and the [suggest] directive clear the errors they answer despite; what remains is a usage error
        // (including --version combined with other arguments, which System.CommandLine reports but would still run).
        if (parse.Action is ParseErrorAction || parse.Errors.Count > 0)
        {
            stderr.WriteLine(UsageError.Line(parse));
            return ExitCodes.Usage;
        }

        return parse.Invoke(configuration);
    }
}

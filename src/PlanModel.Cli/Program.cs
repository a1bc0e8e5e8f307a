using System;
using System.IO;
using System.Text;

namespace PlanModel.Cli;

/// <summary>Entry point of the <c>plan</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command with explicit writers (used by tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            if (args[0] == "diff")
            {
                return DiffArguments.Run(args, stdout, stderr);
            }

            if (args[0] == "changelog")
            {
                return ChangelogCommand.Run(args, stdout, stderr);
            }

            var options = CliOptions.Parse(args, 1);
            return args[0] switch
            {
                "validate" => ValidateCommand.Run(options, stdout),
                "export" => ExportCommand.Run(options, stdout, stderr),
                "report" => ReportCommand.Run(options, stdout, stderr),
                _ => Unknown(args[0], stderr),
            };
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine("plan: " + ex.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
    }

    private static int Unknown(string command, TextWriter stderr)
    {
        stderr.WriteLine($"plan: unknown command '{command}'");
        stderr.WriteLine(Usage);
        return 2;
    }

    internal const string Usage =
        "usage: plan validate [path] [--severity PLAN402=error;…] [--warnaserror]\n" +
        "       plan export [path] --format json|csv [--output file]\n" +
        "       plan report [path] --output dir\n" +
        "       plan diff <base> [<head>] [--corpus plans-yaml] [--format markdown|json] [--output file] [--check-version]\n" +
        "       plan changelog <from> [<to>] [--corpus plans-yaml] [--write CHANGELOG.md] [--version x.y.z]\n" +
        "path defaults to ./plans-yaml. Exit codes: 0 ok, 1 PLAN errors, 2 usage.";
}

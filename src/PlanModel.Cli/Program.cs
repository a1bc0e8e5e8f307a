using PlanModel.Cli.CommandLine;

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

    /// <summary>Runs the command with explicit writers (used by tests): 0 ok, 1 PLAN errors, 2 usage error.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => PlanCommandLine.Invoke(args, stdout, stderr);
}

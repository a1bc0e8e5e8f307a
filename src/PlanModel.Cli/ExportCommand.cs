using System.IO;

namespace PlanModel.Cli;

/// <summary><c>plan export</c>.</summary>
internal static class ExportCommand
{
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("plan export: not built yet");
        _ = stdout;
        _ = options;
        return 2;
    }
}

using System.IO;

namespace PlanModel.Cli;

/// <summary><c>plan report</c>.</summary>
internal static class ReportCommand
{
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("plan report: not built yet");
        _ = stdout;
        _ = options;
        return 2;
    }
}

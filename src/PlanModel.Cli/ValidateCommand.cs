using System.IO;
using System.Linq;
using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Cli;

/// <summary><c>plan validate</c>: the task's rules, the task's output format.</summary>
internal static class ValidateCommand
{
    public static int Run(CliOptions options, TextWriter stdout)
    {
        var session = Sessions.Open(options);
        foreach (var d in session.Diagnostics)
        {
            stdout.WriteLine(d.ToCanonicalString());
        }

        var errors = session.Diagnostics.Count(d => d.Severity == PlanSeverity.Error);
        var warnings = session.Diagnostics.Count(d => d.Severity == PlanSeverity.Warning);
        stdout.WriteLine($"{session.Files.Count} files: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}

namespace PlanModel.Cli;

/// <summary><c>plan validate</c>: the task's rules, the task's output format.</summary>
internal static class ValidateCommand
{
    public static int Run(CliOptions options, TextWriter stdout)
    {
        var session = Sessions.Open(options);
        Print(session, stdout);
        return session.Count(PlanSeverity.Error) > 0 ? 1 : 0;
    }

    /// <summary>One line per finding, then "N files: E error(s), W warning(s)" (also after each round of --watch).</summary>
    public static void Print(CorpusSession session, TextWriter stdout)
    {
        foreach (var d in session.Diagnostics)
        {
            stdout.WriteLine(d.ToCanonicalString());
        }

        stdout.WriteLine($"{session.Files.Count} files: {session.Count(PlanSeverity.Error)} error(s), {session.Count(PlanSeverity.Warning)} warning(s)");
    }
}

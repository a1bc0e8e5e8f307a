namespace PlanModel.Cli.CommandLine;

/// <summary>The exit codes of <c>plan</c> (docs/rules.md, docs/export.md, docs/report.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; no PLAN error.</summary>
    public const int Ok = 0;

    /// <summary>The corpus has PLAN errors.</summary>
    public const int PlanErrors = 1;

    /// <summary>A usage error: unknown command or option, a bad value, a missing required option, an unusable path.</summary>
    public const int Usage = 2;
}

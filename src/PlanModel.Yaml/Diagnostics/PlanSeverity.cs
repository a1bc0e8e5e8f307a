namespace PlanModel.Yaml.Diagnostics;

/// <summary>Severity of a PLAN diagnostic.</summary>
public enum PlanSeverity
{
    /// <summary>Not reported.</summary>
    None = 0,
    /// <summary>Informational.</summary>
    Info,
    /// <summary>A warning.</summary>
    Warning,
    /// <summary>An error: fails the build.</summary>
    Error,
}

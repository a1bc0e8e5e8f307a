namespace PlanModel.Yaml.Diagnostics;

/// <summary>A located finding: rule code, severity, message, file and 1-based line/column.</summary>
public sealed record PlanDiagnostic(string Code, PlanSeverity Severity, string Message, string File, int Line, int Column)
{
    /// <summary>The canonical MSBuild form: <c>file(line,col): error PLANnnn: message</c>.</summary>
    public string ToCanonicalString()
    {
        var sev = Severity switch
        {
            PlanSeverity.Error => "error",
            PlanSeverity.Warning => "warning",
            _ => "info",
        };
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", File, Line, Column, sev, Code, Message);
    }

    /// <inheritdoc />
    public override string ToString() => ToCanonicalString();
}

namespace PlanModel.Cli;

/// <summary>A usage error.</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the error.</summary>
    public CliUsageException(string message) : base(message)
    {
    }
}

/// <summary>The options a command runs with, read from its command line (see <c>CommandLine/</c>): the corpus
/// path and, for the commands that take them, the output format, the output path and the severity overrides.</summary>
public sealed record CliOptions
{
    /// <summary>The corpus path when none is given.</summary>
    public const string DefaultPath = "plans-yaml";

    /// <summary>The corpus path.</summary>
    public string Path { get; init; } = DefaultPath;

    /// <summary>--format.</summary>
    public string? Format { get; init; }

    /// <summary>--output.</summary>
    public string? Output { get; init; }

    /// <summary>--severity.</summary>
    public string? Severity { get; init; }

    /// <summary>--accept (plan names: rewrite the lock of published names).</summary>
    public bool Accept { get; init; }

    /// <summary>--warnaserror.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>report --baseline: a folder or git revision to show the data changes against.</summary>
    public string? Baseline { get; init; }
}

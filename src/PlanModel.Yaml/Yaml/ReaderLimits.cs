namespace PlanModel.Yaml.Yaml;

/// <summary>Resource limits for reading untrusted YAML; each breach is a PLAN003 error, never a hang.</summary>
public sealed class ReaderLimits
{
    /// <summary>The defaults (documented in docs/rules.md).</summary>
    public static ReaderLimits Default { get; } = new ReaderLimits();

    /// <summary>Largest file in characters (default 4 Mi).</summary>
    public int MaxFileChars { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Longest scalar in characters (default 64 Ki).</summary>
    public int MaxScalarChars { get; init; } = 64 * 1024;

    /// <summary>Most nodes in one file (default 500 000).</summary>
    public int MaxNodes { get; init; } = 500_000;
}

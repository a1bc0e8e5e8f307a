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

    /// <summary>Largest archived source in bytes (default 32 MiB); a larger one is PLAN003 and is never read whole.</summary>
    public long MaxSourceBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Most lines one citation may join (default 64).</summary>
    public int MaxLinesPerCitation { get; init; } = 64;

    /// <summary>Most characters one citation may join from its lines (default 1 Mi).</summary>
    public int MaxJoinedCharsPerCitation { get; init; } = 1024 * 1024;

    /// <summary>Most source characters the citations of one YAML file may make the validator join or search
    /// (default 256 Mi): bounds the work a file can cause by citing long lines many times.</summary>
    public long MaxCitedCharsPerFile { get; init; } = 256L * 1024 * 1024;

    /// <summary>The same budget for the whole corpus (default 2 Gi).</summary>
    public long MaxCitedCharsPerCorpus { get; init; } = 2L * 1024 * 1024 * 1024;
}

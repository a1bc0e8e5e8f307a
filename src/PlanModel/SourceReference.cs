namespace PlanModel;

/// <summary>The archived, hash-pinned source text a document was transcribed from.</summary>
public sealed class SourceReference
{
    /// <summary>The archived file, relative to the corpus root.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the archived file.</summary>
    public string Sha256 { get; init; } = string.Empty;

    /// <summary>The first line of the document in the file.</summary>
    public int Line { get; init; }

    /// <summary>The last line that belongs to the document (web-page chrome after it is excluded).</summary>
    public int EndLine { get; init; }
}

namespace PlanModel;

/// <summary>Where a value is printed: a line (or lines) of the archived source text, and an exact quote.</summary>
public sealed class Citation
{
    /// <summary>The archived source file, relative to the corpus root (for example <c>sources/003_….txt</c>).</summary>
    public string SourceFile { get; init; } = string.Empty;

    /// <summary>The 1-based line that holds the text (the first line when it is split).</summary>
    public int Line { get; init; }

    /// <summary>All lines the text is split over, when more than one; empty otherwise.</summary>
    public IReadOnlyList<int> Lines { get; init; } = System.Array.Empty<int>();

    /// <summary>An exact excerpt of the line, when the line is long; <see langword="null"/> for short table cells.</summary>
    public string? Quote { get; init; }

    /// <summary>The 0-based UTF-16 offset of <see cref="Quote"/> in the line, when known.</summary>
    public int? Offset { get; init; }

    /// <summary>Returns "file:line".</summary>
    public override string ToString() => SourceFile + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

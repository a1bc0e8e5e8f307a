namespace PlanModel;

/// <summary>
/// One printed value: the raw text exactly as printed, and beside it the interpretation (qualifier, number,
/// markers, measure). The raw text is the truth; the interpretation is our reading of it.
/// </summary>
public sealed class PlanValue
{
    /// <summary>The text exactly as printed (fullwidth symbols, markers and all); empty for a blank cell,
    /// <see langword="null"/> when the extraction lost the cell.</summary>
    public string? Raw { get; init; }

    /// <summary>How to read the value.</summary>
    public ValueQualifier Qualifier { get; init; }

    /// <summary>The number; the lower bound of a range; <see langword="null"/> when none is printed.</summary>
    public decimal? Value { get; init; }

    /// <summary>The upper bound of a range.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>The terms of a ratio.</summary>
    public IReadOnlyList<decimal> RatioTerms { get; init; } = System.Array.Empty<decimal>();

    /// <summary>Footnote markers printed with the value.</summary>
    public IReadOnlyList<string> Markers { get; init; } = System.Array.Empty<string>();

    /// <summary>True when 力争 ("strive for") is printed before the number: an aspiration, not a commitment.</summary>
    public bool Aspiration { get; init; }

    /// <summary>What the value measures, from the table legend's markers (or the transcriber's reading).</summary>
    public ValueMeasure Measure { get; init; }

    /// <summary>The key of the table column (or <c>target</c> for prose figures).</summary>
    public string Column { get; init; } = string.Empty;

    /// <summary>The year of the column, when the column has one.</summary>
    public int? Year { get; init; }

    /// <summary>The role of the column: baseline, target, actual ….</summary>
    public ValueRole Role { get; init; }

    /// <summary>The unit id from the unit catalogue, when known.</summary>
    public string? UnitId { get; init; }

    /// <summary>True when the transcriber overrode the parser's reading (see <see cref="Note"/>).</summary>
    public bool IsOverridden { get; init; }

    /// <summary>Where the value is printed; <see langword="null"/> for a lost cell.</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note on what is odd about this value.</summary>
    public string? Note { get; init; }

    /// <summary>True when a number is printed (exact, approximate, bound or range).</summary>
    public bool HasNumber => Value.HasValue;

    /// <summary>Returns the raw text as printed.</summary>
    public override string ToString() => Raw ?? "(missing)";
}

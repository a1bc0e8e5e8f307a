namespace PlanModel;

/// <summary>The interpretation <see cref="PlanValueParser"/> reads from a raw printed value.</summary>
public sealed class ParsedValue
{
    /// <summary>How to read the value.</summary>
    public ValueQualifier Qualifier { get; init; }

    /// <summary>The number (the lower bound of a range); <see langword="null"/> when none is printed.</summary>
    public decimal? Value { get; init; }

    /// <summary>The upper bound of a range.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>The terms of a ratio (1.84∶1 → 1.84, 1).</summary>
    public IReadOnlyList<decimal> RatioTerms { get; init; } = System.Array.Empty<decimal>();

    /// <summary>Footnote markers printed with the value (<c>*</c>, <c>【】</c>, <c>△</c>, <c>〔〕</c>).</summary>
    public IReadOnlyList<string> Markers { get; init; } = System.Array.Empty<string>();

    /// <summary>True when 力争 ("strive for") is printed before the number: the figure is an aspiration.</summary>
    public bool Aspiration { get; init; }

    /// <summary>The multiple word read as the number (翻一番 → 2), when the value prints one instead of digits.</summary>
    public string? Multiple { get; init; }

    /// <summary>Text left after the number and qualifiers, usually a unit (<c>%</c>, <c>万人</c>).</summary>
    public string UnitText { get; init; } = string.Empty;
}

using System.Collections.Generic;

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

    /// <summary>Text left after the number and qualifiers, usually a unit (<c>%</c>, <c>万人</c>).</summary>
    public string UnitText { get; init; } = string.Empty;
}

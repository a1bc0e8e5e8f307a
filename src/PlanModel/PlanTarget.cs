namespace PlanModel;

/// <summary>The period or year a figure is for.</summary>
public sealed class Horizon
{
    /// <summary>The first year (equal to <see cref="To"/> for a single year).</summary>
    public int From { get; init; }

    /// <summary>The last year.</summary>
    public int To { get; init; }

    /// <summary>True for a single year.</summary>
    public bool IsYear => From == To;

    /// <inheritdoc />
    public override string ToString() => IsYear
        ? From.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : From.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + To.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A figure stated in the prose: a target for 2025 or 2035, a year's expected target, a review figure.</summary>
public sealed class PlanTarget
{
    /// <summary>The target id, unique in its document.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Ids the target was published under before a rename (<c>formerIds</c>); look-ups by them resolve.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = System.Array.Empty<string>();

    /// <summary>The id of the document.</summary>
    public string DocumentId { get; init; } = string.Empty;

    /// <summary>What is measured, as printed.</summary>
    public BilingualText Subject { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The catalogue id, when catalogued.</summary>
    public string? CatalogueId { get; init; }

    /// <summary>The value as printed and interpreted.</summary>
    public PlanValue Value { get; init; } = new PlanValue();

    /// <summary>The verb as printed (增长, 达到, 控制在 …).</summary>
    public string? Relation { get; init; }

    /// <summary>What is measured: level, annual average, cumulative ….</summary>
    public ValueMeasure Measure { get; init; }

    /// <summary>The year or period.</summary>
    public Horizon Horizon { get; init; } = new Horizon();

    /// <summary>The year whose level a multiple or doubling is relative to (较2020年翻一番 → 2020).</summary>
    public int? BaseYear { get; init; }

    /// <summary>Target, expected (the year's), or actual (review figure).</summary>
    public ValueRole Role { get; init; }

    /// <summary>The list it belongs to in a work report (main-expected, binding).</summary>
    public string? List { get; init; }

    /// <summary>The outline node it is stated in.</summary>
    public string? Section { get; init; }

    /// <summary>Where it is stated (line and exact quote).</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => Subject.Zh + " " + Value.Raw;
}

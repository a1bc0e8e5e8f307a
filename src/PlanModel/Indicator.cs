namespace PlanModel;

/// <summary>Binding force of an indicator (指标属性).</summary>
public enum IndicatorAttribute
{
    /// <summary>The table prints no attribute.</summary>
    None = 0,
    /// <summary>预期性: anticipatory / expected.</summary>
    Expected,
    /// <summary>约束性: binding / obligatory.</summary>
    Binding,
}

/// <summary>The unit printed in an indicator's name cell.</summary>
public sealed class IndicatorUnit
{
    /// <summary>The unit text exactly as printed (e.g. <c>万元，2020年价</c> → <c>万元</c>).</summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>The unit id in the unit catalogue.</summary>
    public string? Id { get; init; }

    /// <summary>The price basis, when printed (e.g. <c>2020年价</c>).</summary>
    public string? PriceBasis { get; init; }

    /// <inheritdoc />
    public override string ToString() => Raw;
}

/// <summary>One row of an indicator table.</summary>
public sealed class Indicator
{
    /// <summary>The row's key within its document (table id + sequence).</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The id of the document the row belongs to.</summary>
    public string DocumentId { get; init; } = string.Empty;

    /// <summary>The id of the table.</summary>
    public string TableId { get; init; } = string.Empty;

    /// <summary>The sequence number as printed; <see langword="null"/> for <c>#</c> sub-rows.</summary>
    public string? Sequence { get; init; }

    /// <summary>The sequence of the parent row, for <c>#</c> sub-rows.</summary>
    public string? ParentSequence { get; init; }

    /// <summary>The category key, or <see langword="null"/> for rows printed before the first category.</summary>
    public string? Category { get; init; }

    /// <summary>The name cell exactly as printed (with its unit parenthesis).</summary>
    public string Printed { get; init; } = string.Empty;

    /// <summary>The indicator's name without the unit.</summary>
    public BilingualText Name { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The shared catalogue id, when the row is a catalogued indicator.</summary>
    public string? CatalogueId { get; init; }

    /// <summary>The unit.</summary>
    public IndicatorUnit Unit { get; init; } = new IndicatorUnit();

    /// <summary>The attribute (预期性 / 约束性).</summary>
    public IndicatorAttribute Attribute { get; init; }

    /// <summary>The attribute text as printed.</summary>
    public string? AttributeRaw { get; init; }

    /// <summary>One value per table column, in column order.</summary>
    public IReadOnlyList<PlanValue> Values { get; init; } = System.Array.Empty<PlanValue>();

    /// <summary>Where the name cell is printed.</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note.</summary>
    public string? Note { get; init; }

    /// <summary>True for a binding (约束性) indicator.</summary>
    public bool IsBinding => Attribute == IndicatorAttribute.Binding;

    /// <summary>The value of the column with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public PlanValue? this[string key]
    {
        get
        {
            foreach (var v in Values)
            {
                if (v.Column == key)
                {
                    return v;
                }
            }

            return null;
        }
    }

    /// <summary>The first value with the given role (baseline, target, actual …).</summary>
    public PlanValue? ValueFor(ValueRole role)
    {
        foreach (var v in Values)
        {
            if (v.Role == role)
            {
                return v;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Printed;
}

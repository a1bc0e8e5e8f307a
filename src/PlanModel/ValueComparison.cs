namespace PlanModel;

/// <summary>Whether two values can be compared, and if so how they relate.</summary>
public enum ComparisonOutcome
{
    /// <summary>The first is certainly lower.</summary>
    Lower = 0,
    /// <summary>Both state the same number with compatible qualifiers.</summary>
    Equal,
    /// <summary>The first is certainly higher.</summary>
    Higher,
    /// <summary>Both have numbers but their ranges overlap (6左右 vs ≥6): no order can be stated.</summary>
    Indeterminate,
    /// <summary>At least one side has no number (qualitative, assigned by a higher level, blank, missing, ratio).</summary>
    NotComparable,
    /// <summary>The units differ and do not convert.</summary>
    IncompatibleUnits,
}

/// <summary>The result of comparing two printed values honestly: an outcome and the reason in words.</summary>
public sealed class ValueComparisonResult
{
    /// <summary>The outcome.</summary>
    public ComparisonOutcome Outcome { get; init; }

    /// <summary>Why, in English (e.g. "6左右 is approximate; ≥6.5 is a lower bound: they may overlap").</summary>
    public string Explanation { get; init; } = string.Empty;

    /// <summary>True when an order (lower, equal, higher) could be stated.</summary>
    public bool IsDecided => Outcome is ComparisonOutcome.Lower or ComparisonOutcome.Equal or ComparisonOutcome.Higher;

    /// <inheritdoc />
    public override string ToString() => Outcome + ": " + Explanation;
}

/// <summary>
/// Compares printed values by what they state, not by their bare numbers: 6左右 is not 6, ≥6.5 is a bound,
/// 以市下达为准 has no number. Values are read as intervals (exact [x,x], 以上 [x,∞), ＞ (x,∞), 以内 (−∞,x],
/// ＜ (−∞,x), range [a,b]); 左右 is read as [x,x] but flagged approximate, so a tie with it is Indeterminate.
/// </summary>
public static class ValueComparer
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>; converts units through the catalogue when both ids are known.</summary>
    public static ValueComparisonResult Compare(PlanValue a, PlanValue b, IndicatorCatalogue? catalogue = null)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        if (b is null)
        {
            throw new ArgumentNullException(nameof(b));
        }

        if (!TryInterval(a, out var ia, out var why) || !TryInterval(b, out var ib, out why))
        {
            return new ValueComparisonResult { Outcome = ComparisonOutcome.NotComparable, Explanation = why };
        }

        if (catalogue is not null && a.UnitId is not null && b.UnitId is not null && a.UnitId != b.UnitId)
        {
            var factor = UnitConverter.Factor(catalogue, b.UnitId, a.UnitId);
            if (factor is null)
            {
                return new ValueComparisonResult { Outcome = ComparisonOutcome.IncompatibleUnits, Explanation = $"units {a.UnitId} and {b.UnitId} do not convert" };
            }

            ib = ib.Scale(factor.Value);
        }

        var approximate = a.Qualifier == ValueQualifier.Approximately || b.Qualifier == ValueQualifier.Approximately;
        if (ia.IsBelow(ib))
        {
            return Decided(ComparisonOutcome.Lower, a, b, approximate);
        }

        if (ib.IsBelow(ia))
        {
            return Decided(ComparisonOutcome.Higher, a, b, approximate);
        }

        if (ia.IsPoint && ib.IsPoint && ia.Low == ib.Low)
        {
            return approximate
                ? new ValueComparisonResult { Outcome = ComparisonOutcome.Indeterminate, Explanation = $"'{a.Raw}' and '{b.Raw}' state the same number, but one is approximate (左右)" }
                : new ValueComparisonResult { Outcome = ComparisonOutcome.Equal, Explanation = $"'{a.Raw}' equals '{b.Raw}'" };
        }

        return new ValueComparisonResult { Outcome = ComparisonOutcome.Indeterminate, Explanation = $"'{a.Raw}' ({a.Qualifier}) and '{b.Raw}' ({b.Qualifier}) overlap: no order can be stated" };
    }

    private static ValueComparisonResult Decided(ComparisonOutcome outcome, PlanValue a, PlanValue b, bool approximate)
    {
        var word = outcome == ComparisonOutcome.Lower ? "below" : "above";
        var caveat = approximate ? " (one side is approximate, 左右)" : string.Empty;
        return new ValueComparisonResult { Outcome = outcome, Explanation = $"'{a.Raw}' is {word} '{b.Raw}'{caveat}" };
    }

    private static bool TryInterval(PlanValue v, out Interval interval, out string why)
    {
        interval = default;
        why = string.Empty;
        if (v.Value is not decimal x)
        {
            why = $"'{v.Raw ?? "(missing)"}' states no number ({v.Qualifier})";
            return false;
        }

        Interval? read = v.Qualifier switch
        {
            ValueQualifier.Exact or ValueQualifier.Approximately => new Interval(x, true, x, true),
            ValueQualifier.AtLeast => new Interval(x, true, null, false),
            ValueQualifier.MoreThan => new Interval(x, false, null, false),
            ValueQualifier.AtMost => new Interval(null, false, x, true),
            ValueQualifier.LessThan => new Interval(null, false, x, false),
            ValueQualifier.Range when v.MaxValue is decimal max => new Interval(x, true, max, true),
            _ => null,
        };
        if (read is not Interval found)
        {
            why = $"'{v.Raw}' ({v.Qualifier}) is not a comparable number";
            return false;
        }

        interval = found;
        return true;
    }

    private readonly struct Interval
    {
        public Interval(decimal? low, bool lowIn, decimal? high, bool highIn)
        {
            Low = low;
            LowIn = lowIn;
            High = high;
            HighIn = highIn;
        }

        public decimal? Low { get; }

        public bool LowIn { get; }

        public decimal? High { get; }

        public bool HighIn { get; }

        public bool IsPoint => Low is not null && Low == High;

        public Interval Scale(decimal f) => new(Low * f, LowIn, High * f, HighIn);

        /// <summary>True when every value of this interval is below every value of <paramref name="o"/>.</summary>
        public bool IsBelow(Interval o)
        {
            if (High is null || o.Low is null)
            {
                return false;
            }

            return High < o.Low || (High == o.Low && !(HighIn && o.LowIn));
        }
    }

    /// <summary>Formats a number invariantly (helper for explanations).</summary>
    internal static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Converts between units of the catalogue that share a base (万元 ↔ 亿元 ↔ 元).</summary>
public static class UnitConverter
{
    /// <summary>The factor that turns a value in <paramref name="fromId"/> into <paramref name="toId"/>, or
    /// <see langword="null"/> when they do not share a base. 1 亿元 = 10 000 万元: Factor(100m-yuan, 10k-yuan) = 10000.</summary>
    public static decimal? Factor(IndicatorCatalogue catalogue, string fromId, string toId)
    {
        if (fromId == toId)
        {
            return 1m;
        }

        var from = catalogue.FindUnit(fromId);
        var to = catalogue.FindUnit(toId);
        if (from is null || to is null)
        {
            return null;
        }

        var fromBase = from.BaseId ?? from.Id;
        var toBase = to.BaseId ?? to.Id;
        if (fromBase != toBase)
        {
            return null;
        }

        var exponent = (from.BaseId is null ? 0 : from.Multiplier) - (to.BaseId is null ? 0 : to.Multiplier);
        var factor = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            factor *= 10m;
        }

        return exponent >= 0 ? factor : 1m / factor;
    }

    /// <summary>Converts <paramref name="value"/>; <see langword="null"/> when the units do not convert.</summary>
    public static decimal? Convert(IndicatorCatalogue catalogue, decimal value, string fromId, string toId) =>
        Factor(catalogue, fromId, toId) is decimal f ? value * f : null;
}

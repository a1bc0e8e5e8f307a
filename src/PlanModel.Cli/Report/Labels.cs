namespace PlanModel.Cli.Report;

/// <summary>Bilingual words for the model's enumerations (their labels in <see cref="Vocabularies"/>), and the number
/// a value states (its reading is Parts/Reading.razor).</summary>
internal static class Labels
{
    public static (string Zh, string En) Qualifier(ValueQualifier q) => Pair(Vocabularies.Qualifiers.Label(q));

    public static (string Zh, string En) Measure(ValueMeasure m) => Pair(Vocabularies.Measures.Label(m));

    public static (string Zh, string En) Role(ValueRole r) => Pair(Vocabularies.Roles.Label(r));

    public static (string Zh, string En) Kind(DocumentKind k) => Pair(Vocabularies.DocumentKinds.Label(k));

    public static (string Zh, string En) Attribute(IndicatorAttribute a) => Pair(Vocabularies.Attributes.Label(a));

    public static (string Zh, string En) Status(ProjectStatusCode s) => Pair(Vocabularies.StatusCodes.Label(s));

    public static (string Zh, string En) Direction(IndicatorDirection d) => Pair(Vocabularies.Directions.Label(d));

    public static (string Zh, string En) Level(RegionLevel l) => Pair(Vocabularies.RegionLevels.Label(l));

    private static (string Zh, string En) Pair(BilingualText label) => (label.Zh, label.En);

    /// <summary>The number a value states, with its qualifier's symbol: <c>≈ 6</c>, <c>≥ 57</c>, <c>5–6</c>,
    /// <c>1.84 : 1</c>; <see langword="null"/> when none is stated.</summary>
    public static string? Number(PlanValue v)
    {
        if (v.Qualifier == ValueQualifier.Ratio && v.RatioTerms.Count > 0)
        {
            var parts = new List<string>();
            foreach (var t in v.RatioTerms)
            {
                parts.Add(Format.D(t));
            }

            return string.Join(" : ", parts);
        }

        if (v.Value is not decimal x)
        {
            return null;
        }

        return v.Qualifier switch
        {
            ValueQualifier.Approximately => "≈ " + Format.D(x),
            ValueQualifier.AtLeast => "≥ " + Format.D(x),
            ValueQualifier.MoreThan => "> " + Format.D(x),
            ValueQualifier.AtMost => "≤ " + Format.D(x),
            ValueQualifier.LessThan => "< " + Format.D(x),
            ValueQualifier.Range when v.MaxValue is decimal max => Format.D(x) + "–" + Format.D(max),
            _ => "= " + Format.D(x),
        };
    }
}

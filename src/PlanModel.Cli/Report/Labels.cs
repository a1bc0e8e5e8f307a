namespace PlanModel.Cli.Report;

/// <summary>Bilingual words for the model's enumerations (their labels in <see cref="Vocabularies"/>), and the reading
/// of a value in one line.</summary>
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
                parts.Add(Html.D(t));
            }

            return string.Join(" : ", parts);
        }

        if (v.Value is not decimal x)
        {
            return null;
        }

        return v.Qualifier switch
        {
            ValueQualifier.Approximately => "≈ " + Html.D(x),
            ValueQualifier.AtLeast => "≥ " + Html.D(x),
            ValueQualifier.MoreThan => "> " + Html.D(x),
            ValueQualifier.AtMost => "≤ " + Html.D(x),
            ValueQualifier.LessThan => "< " + Html.D(x),
            ValueQualifier.Range when v.MaxValue is decimal max => Html.D(x) + "–" + Html.D(max),
            _ => "= " + Html.D(x),
        };
    }

    /// <summary>The reading of a value as HTML: number, qualifier, measure, markers, unit, override.</summary>
    public static string Reading(PlanValue v, ValueMeasure? measureOverride = null)
    {
        var q = Qualifier(v.Qualifier);
        var html = "<span class=\"reading q-" + Html.Safe(v.Qualifier.ToString().ToLowerInvariant()) + "\">";
        var n = Number(v);
        if (n is not null)
        {
            html += "<b>" + Html.E(n) + "</b> ";
        }

        html += "<span class=\"tag\" title=\"" + Html.E(v.Qualifier.ToString()) + "\">" + Html.L(q.Zh, q.En) + "</span>";
        var measure = measureOverride ?? v.Measure;
        if (measure != ValueMeasure.Unspecified)
        {
            var m = Measure(measure);
            html += " <span class=\"tag measure\" title=\"" + Html.E(measure.ToString()) + "\">" + Html.L(m.Zh, m.En) + "</span>";
        }

        if (v.Markers.Count > 0)
        {
            html += " <span class=\"tag marker\" title=\"markers\">" + Html.E(string.Join(" ", v.Markers)) + "</span>";
        }

        if (v.IsOverridden)
        {
            html += " <span class=\"tag override\" title=\"the transcriber overrode the parser's reading\">" + Html.L("人工解读", "overridden") + "</span>";
        }

        return html + "</span>";
    }
}

using System.Collections.Generic;

namespace PlanModel.Cli.Report;

/// <summary>Bilingual words for the model's enumerations, and the reading of a value in one line.</summary>
internal static class Labels
{
    public static (string Zh, string En) Qualifier(ValueQualifier q) => q switch
    {
        ValueQualifier.Exact => ("精确", "exact"),
        ValueQualifier.Approximately => ("左右", "approximately"),
        ValueQualifier.AtLeast => ("以上", "at least"),
        ValueQualifier.MoreThan => ("超过", "more than"),
        ValueQualifier.AtMost => ("以内", "at most"),
        ValueQualifier.LessThan => ("低于", "less than"),
        ValueQualifier.Range => ("区间", "range"),
        ValueQualifier.Ratio => ("比例", "ratio"),
        ValueQualifier.Relative => ("相对", "relative"),
        ValueQualifier.Qualitative => ("定性", "qualitative"),
        ValueQualifier.AssignedByHigherLevel => ("上级下达", "assigned by a higher level"),
        ValueQualifier.Blank => ("空白", "blank"),
        ValueQualifier.NotApplicable => ("不适用", "not applicable"),
        ValueQualifier.Missing => ("缺失", "lost by the extraction"),
        _ => (q.ToString(), q.ToString()),
    };

    public static (string Zh, string En) Measure(ValueMeasure m) => m switch
    {
        ValueMeasure.Level => ("水平值", "level"),
        ValueMeasure.AnnualAverage => ("年均", "annual average"),
        ValueMeasure.Cumulative => ("累计", "cumulative"),
        ValueMeasure.PlanPeriodAverage => ("规划期平均", "plan-period average"),
        ValueMeasure.OtherYear => ("其他年份", "other year"),
        ValueMeasure.Growth => ("增长", "growth"),
        _ => ("未说明", "unspecified"),
    };

    public static (string Zh, string En) Role(ValueRole r) => r switch
    {
        ValueRole.Baseline => ("基期", "baseline"),
        ValueRole.Target => ("目标", "target"),
        ValueRole.Planned => ("规划目标", "planned"),
        ValueRole.Actual => ("实际", "actual"),
        ValueRole.Expected => ("预期目标", "expected"),
        _ => ("未说明", "unspecified"),
    };

    public static (string Zh, string En) Kind(DocumentKind k) => k == DocumentKind.WorkReport
        ? ("政府工作报告", "work report")
        : ("五年规划纲要", "five-year-plan outline");

    public static (string Zh, string En) Attribute(IndicatorAttribute a) => a switch
    {
        IndicatorAttribute.Binding => ("约束性", "binding"),
        IndicatorAttribute.Expected => ("预期性", "expected"),
        _ => ("—", "none"),
    };

    public static (string Zh, string En) Status(ProjectStatusCode s) => s switch
    {
        ProjectStatusCode.New => ("新建", "new"),
        ProjectStatusCode.UnderConstruction => ("续建", "under construction"),
        ProjectStatusCode.Completed => ("建成", "completed"),
        ProjectStatusCode.Preparatory => ("前期", "preparatory"),
        ProjectStatusCode.Research => ("研究", "under study"),
        ProjectStatusCode.Upgrade => ("改造提升", "upgrade"),
        _ => ("其他", "other"),
    };

    public static (string Zh, string En) Direction(IndicatorDirection d) => d switch
    {
        IndicatorDirection.Increase => ("越高越好", "higher is better"),
        IndicatorDirection.Decrease => ("越低越好", "lower is better"),
        IndicatorDirection.Maintain => ("保持稳定", "keep stable"),
        _ => ("未说明", "unspecified"),
    };

    public static (string Zh, string En) Level(RegionLevel l) => l switch
    {
        RegionLevel.National => ("国家", "national"),
        RegionLevel.Province => ("省", "province"),
        RegionLevel.Municipality => ("直辖市", "municipality"),
        RegionLevel.Prefecture => ("地级市", "prefecture"),
        RegionLevel.District => ("区", "district"),
        RegionLevel.County => ("县", "county"),
        _ => ("未说明", "unknown"),
    };

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

namespace PlanModel.Yaml.Validation;

/// <summary>
/// One printed form, one typing, checked without the source: a status code agrees with the status table (PLAN506);
/// a multiple (翻一番, 增长N倍) is typed as growth by a factor over a base year (PLAN504).
/// </summary>
internal static class TypingRules
{
    /// <summary>Units a multiple is typed in: <c>times</c> (the level as a multiple of the base: 翻一番 = 2) and
    /// <c>times-increase</c> (增长N倍: the increase as a multiple of the base, factor N + 1).</summary>
    public const string TimesUnit = "times";

    /// <summary>See <see cref="TimesUnit"/>.</summary>
    public const string TimesIncreaseUnit = "times-increase";

    public static void Status(string path, StatusSpec? status, DiagnosticBag d)
    {
        if (status?.Code is null || status.Raw is null)
        {
            return;
        }

        var row = StatusVerbs.Match(status.Raw);
        var table = StatusVerbs.Word(row?.Code ?? ProjectStatusCode.Other);
        if (table != status.Code)
        {
            var finding = row is null
                ? PlanRules.StatusNoRow.With((status.Raw, table, status.Code))
                : PlanRules.StatusByRow.With((status.Raw, table, row.Verb, status.Code));
            d.Add(finding, path, status.Pos.Line, status.Pos.Column);
        }
    }

    public static void Multiple(string path, TargetSpec t, DiagnosticBag d)
    {
        if (t.Value.Raw is null)
        {
            return;
        }

        var parsed = PlanValueParser.Parse(t.Value.Raw);
        var isMultiple = parsed.Multiple is not null || t.Unit is TimesUnit or TimesIncreaseUnit;
        if (!isMultiple)
        {
            return;
        }

        var pos = t.Pos;
        if (parsed.Multiple is not null && t.Unit != TimesUnit)
        {
            d.Add(PlanRules.DoublingUnit, path, pos.Line, pos.Column, (t.Id, parsed.Multiple, parsed.Value ?? 0, t.Unit ?? "none"));
        }

        if (t.Measure != "growth")
        {
            d.Add(PlanRules.MultipleMeasure, path, pos.Line, pos.Column, (t.Id, t.Value.Raw, t.Measure ?? "none"));
        }

        if (t.BaseYear is null)
        {
            d.Add(PlanRules.MultipleBaseYear, path, pos.Line, pos.Column, (t.Id, t.Value.Raw));
        }
    }
}

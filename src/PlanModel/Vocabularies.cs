namespace PlanModel;

/// <summary>
/// Every closed vocabulary of the format, one table each (docs/format.md). The YAML reader accepts a table's
/// written words, the interpreter reads them into the model's enumerations, the JSON Schema's enums are checked
/// against them, the exports name every meaning by its word, and the review report shows its label.
/// </summary>
public static class Vocabularies
{
    /// <summary>Document types (<c>type:</c>).</summary>
    public static VocabularyTable<DocumentKind> DocumentKinds { get; } = new(
        "document types", DocumentKind.FiveYearPlan,
        T("five-year-plan", DocumentKind.FiveYearPlan, "五年规划纲要", "five-year-plan outline"),
        T("work-report", DocumentKind.WorkReport, "政府工作报告", "work report"));

    /// <summary>Region levels (<c>region: level:</c>).</summary>
    public static VocabularyTable<RegionLevel> RegionLevels { get; } = new(
        "region levels", RegionLevel.Unknown,
        Unwritten("unknown", RegionLevel.Unknown, "未说明", "unknown"),
        T("national", RegionLevel.National, "国家", "national"),
        T("province", RegionLevel.Province, "省", "province"),
        T("municipality", RegionLevel.Municipality, "直辖市", "municipality"),
        T("prefecture", RegionLevel.Prefecture, "地级市", "prefecture"),
        T("district", RegionLevel.District, "区", "district"),
        T("county", RegionLevel.County, "县", "county"));

    /// <summary>Roles of a column or a prose figure (<c>role:</c>).</summary>
    public static VocabularyTable<ValueRole> Roles { get; } = new(
        "roles", ValueRole.Unspecified,
        Unwritten("unspecified", ValueRole.Unspecified, "未说明", "unspecified"),
        T("baseline", ValueRole.Baseline, "基期", "baseline"),
        T("target", ValueRole.Target, "目标", "target"),
        T("planned", ValueRole.Planned, "规划目标", "planned"),
        T("actual", ValueRole.Actual, "实际", "actual"),
        T("expected", ValueRole.Expected, "预期目标", "expected"));

    /// <summary>What a value measures (<c>measure:</c> of a legend marker, a reading or a target).</summary>
    public static VocabularyTable<ValueMeasure> Measures { get; } = new(
        "measures", ValueMeasure.Unspecified,
        Unwritten("unspecified", ValueMeasure.Unspecified, "未说明", "unspecified"),
        T("level", ValueMeasure.Level, "水平值", "level"),
        T("annual-average", ValueMeasure.AnnualAverage, "年均", "annual average"),
        T("cumulative", ValueMeasure.Cumulative, "累计", "cumulative"),
        T("plan-period-average", ValueMeasure.PlanPeriodAverage, "规划期平均", "plan-period average"),
        T("other-year", ValueMeasure.OtherYear, "其他年份", "other year"),
        T("growth", ValueMeasure.Growth, "增长", "growth"));

    /// <summary>How a value is read (<c>interpret: qualifier:</c>); the printed words behind each are
    /// <see cref="RelationWords"/>.</summary>
    public static VocabularyTable<ValueQualifier> Qualifiers { get; } = new(
        "qualifiers", ValueQualifier.Exact,
        T("exact", ValueQualifier.Exact, "精确", "exact"),
        T("approximately", ValueQualifier.Approximately, "左右", "approximately"),
        T("at-least", ValueQualifier.AtLeast, "以上", "at least"),
        T("more-than", ValueQualifier.MoreThan, "超过", "more than"),
        T("at-most", ValueQualifier.AtMost, "以内", "at most"),
        T("less-than", ValueQualifier.LessThan, "低于", "less than"),
        T("range", ValueQualifier.Range, "区间", "range"),
        T("ratio", ValueQualifier.Ratio, "比例", "ratio"),
        T("relative", ValueQualifier.Relative, "相对", "relative"),
        T("qualitative", ValueQualifier.Qualitative, "定性", "qualitative"),
        T("assigned-by-higher-level", ValueQualifier.AssignedByHigherLevel, "上级下达", "assigned by a higher level"),
        T("blank", ValueQualifier.Blank, "空白", "blank"),
        T("not-applicable", ValueQualifier.NotApplicable, "不适用", "not applicable"),
        T("missing", ValueQualifier.Missing, "缺失", "lost by the extraction"));

    /// <summary>Project status codes (<c>status: code:</c>); the printed verbs behind each are <see cref="StatusVerbs"/>.</summary>
    public static VocabularyTable<ProjectStatusCode> StatusCodes { get; } = new(
        "status codes", ProjectStatusCode.Other,
        T("new", ProjectStatusCode.New, "新建", "new"),
        T("under-construction", ProjectStatusCode.UnderConstruction, "续建", "under construction"),
        T("completed", ProjectStatusCode.Completed, "建成", "completed"),
        T("preparatory", ProjectStatusCode.Preparatory, "前期", "preparatory"),
        T("research", ProjectStatusCode.Research, "研究", "under study"),
        T("upgrade", ProjectStatusCode.Upgrade, "改造提升", "upgrade"),
        T("other", ProjectStatusCode.Other, "其他", "other"));

    /// <summary>Outline levels (<c>level:</c> of an outline node).</summary>
    public static VocabularyTable<OutlineLevel> OutlineLevels { get; } = new(
        "outline levels", OutlineLevel.Subitem,
        T("part", OutlineLevel.Part, "篇", "part"),
        T("chapter", OutlineLevel.Chapter, "章", "chapter"),
        T("section", OutlineLevel.Section, "节", "section"),
        T("item", OutlineLevel.Item, "条", "item"),
        T("subitem", OutlineLevel.Subitem, "款", "subitem"));

    /// <summary>Directions of a catalogue indicator (<c>direction:</c>).</summary>
    public static VocabularyTable<IndicatorDirection> Directions { get; } = new(
        "directions", IndicatorDirection.Unspecified,
        Unwritten("unspecified", IndicatorDirection.Unspecified, "未说明", "unspecified"),
        T("increase", IndicatorDirection.Increase, "越高越好", "higher is better"),
        T("decrease", IndicatorDirection.Decrease, "越低越好", "lower is better"),
        T("maintain", IndicatorDirection.Maintain, "保持稳定", "keep stable"));

    /// <summary>Indicator attributes, read from the printed 属性 cell (预期性/约束性), never written as a word.</summary>
    public static VocabularyTable<IndicatorAttribute> Attributes { get; } = new(
        "attributes", IndicatorAttribute.None,
        Unwritten("none", IndicatorAttribute.None, "—", "none"),
        Unwritten("expected", IndicatorAttribute.Expected, "预期性", "expected"),
        Unwritten("binding", IndicatorAttribute.Binding, "约束性", "binding"));

    /// <summary>Box register statuses (<c>registeredBoxes: status:</c>).</summary>
    public static VocabularyTable<string> BoxStatuses { get; } = new(
        "box statuses", "pending",
        Word("pending", "待录入", "pending"),
        Word("waived", "不录入", "waived"));

    /// <summary>The lists of a work report's targets (<c>list:</c>).</summary>
    public static VocabularyTable<string> Lists { get; } = new(
        "lists", "other",
        Word("main-expected", "主要预期目标", "main expected targets"),
        Word("binding", "约束性指标", "binding targets"),
        Word("other", "其他", "other"));

    /// <summary>What a catalogue indicator measures (<c>measure:</c> in catalogue/indicators.yaml).</summary>
    public static VocabularyTable<string> CatalogueMeasures { get; } = new(
        "catalogue measures", "level",
        Word("level", "水平值", "level"),
        Word("growth-rate", "增长率", "growth rate"),
        Word("share", "比重", "share"),
        Word("ratio", "比例", "ratio"),
        Word("count", "数量", "count"),
        Word("index", "指数", "index"));

    private static VocabularyTerm<TValue> T<TValue>(string word, TValue value, string zh, string en)
        where TValue : notnull => new(word, value, zh, en, written: true);

    private static VocabularyTerm<TValue> Unwritten<TValue>(string word, TValue value, string zh, string en)
        where TValue : notnull => new(word, value, zh, en, written: false);

    private static VocabularyTerm<string> Word(string word, string zh, string en) => new(word, word, zh, en, written: true);
}

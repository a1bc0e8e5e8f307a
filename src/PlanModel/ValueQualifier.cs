namespace PlanModel;

/// <summary>
/// How a printed value is to be read (the interpretation beside the raw text). The words that give each reading are
/// one table, <see cref="RelationWords"/>.
/// </summary>
public enum ValueQualifier
{
    /// <summary>A plain number: 3.9.</summary>
    Exact = 0,
    /// <summary>Approximately (左右, 约, 近/接近 "nearly"): 6左右, 近3500亿元.</summary>
    Approximately,
    /// <summary>At least (以上, ≥, 不低于, 不少于): ≥88, 6%以上.</summary>
    AtLeast,
    /// <summary>More than (＞, &gt;, 超过, 突破, 逾, 高于, 大于; 余, 多 after the number): ＞【500】, 突破9000美元, 200余公里.</summary>
    MoreThan,
    /// <summary>At most (≤, 以内, 以下, 不超过, 控制在): 5.5%以内.</summary>
    AtMost,
    /// <summary>Less than (＜, &lt;, 低于, 少于, 小于): ＜5.5.</summary>
    LessThan,
    /// <summary>A range (5-6, 5～6).</summary>
    Range,
    /// <summary>A ratio (1.84∶1, 9.9:27.6:62.5).</summary>
    Ratio,
    /// <summary>Relative to another quantity (与经济增长同步, 持平, 高于GDP增长).</summary>
    Relative,
    /// <summary>Text without a number.</summary>
    Qualitative,
    /// <summary>Assigned by a higher level (国家下达, 以市下达为准, 完成市下达任务).</summary>
    AssignedByHigherLevel,
    /// <summary>The cell is printed blank.</summary>
    Blank,
    /// <summary>Not applicable (—).</summary>
    NotApplicable,
    /// <summary>The cell was lost by the extraction; nothing is printed.</summary>
    Missing,
}

/// <summary>What a value measures, as the table's legend defines its markers.</summary>
public enum ValueMeasure
{
    /// <summary>Nothing states it.</summary>
    Unspecified = 0,
    /// <summary>A level in the column's year.</summary>
    Level,
    /// <summary>Five-year annual average (年均), often marked *.</summary>
    AnnualAverage,
    /// <summary>Five-year cumulative total (累计), often marked 【】.</summary>
    Cumulative,
    /// <summary>Average over the plan period (规划期平均数).</summary>
    PlanPeriodAverage,
    /// <summary>A figure for a year other than the column's (e.g. * = 2019 data).</summary>
    OtherYear,
    /// <summary>A growth rate for the period.</summary>
    Growth,
}

/// <summary>The role of a table column or a prose figure.</summary>
public enum ValueRole
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,
    /// <summary>The base-year value (基期).</summary>
    Baseline,
    /// <summary>A target (目标).</summary>
    Target,
    /// <summary>A planned figure of an earlier plan (规划目标).</summary>
    Planned,
    /// <summary>An actual outcome (实现情况, review figures).</summary>
    Actual,
    /// <summary>A work report's expected target for the year (预期目标).</summary>
    Expected,
}

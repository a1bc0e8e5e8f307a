namespace PlanModel.Yaml.Diagnostics;

// PLAN5xx: typing: what a value reads agrees with what is printed.
public static partial class PlanRules
{
    /// <summary>A typed number disagrees with the raw text.</summary>
    public static readonly PlanRule Arithmetic = new("PLAN501", PlanSeverity.Error, "Number disagrees with raw text");
    /// <summary>interpret.value against the printed number.</summary>
    public static readonly PlanMessage<(string element, decimal stated, string raw, decimal read)> InterpretDisagrees = new(Arithmetic, "{element}: interpret.value {stated} disagrees with the number printed in '{raw}' ({read})");
    /// <summary>A quantity's value against its printed number.</summary>
    public static readonly PlanMessage<(string element, decimal stated, string raw, decimal read)> ValueDisagrees = new(Arithmetic, "{element}: value {stated} disagrees with the number printed in '{raw}' ({read})");

    /// <summary>A range whose lower bound exceeds its upper bound, or another impossible figure.</summary>
    public static readonly PlanRule Impossible = new("PLAN502", PlanSeverity.Error, "Impossible value");
    /// <summary>A period that ends before it starts.</summary>
    public static readonly PlanMessage<(int start, int end)> PeriodReversed = new(Impossible, "period starts ({start}) after it ends ({end})");
    /// <summary>A horizon that ends before it starts.</summary>
    public static readonly PlanMessage<(string element, int from, int to)> HorizonReversed = new(Impossible, "{element}: horizon starts ({from}) after it ends ({to})");
    /// <summary>A range read backwards.</summary>
    public static readonly PlanMessage<(string element, string raw)> RangeReversed = new(Impossible, "{element}: range '{raw}' has its lower bound above its upper bound");

    /// <summary>A percentage of a share indicator outside 0–100.</summary>
    public static readonly PlanRule ShareRange = new("PLAN503", PlanSeverity.Error, "Share outside 0–100%");
    /// <summary>A share above 100 or below 0.</summary>
    public static readonly PlanMessage<(string raw, decimal percent, string indicator)> ShareOutside = new(ShareRange, "'{raw}' reads as {percent}%, but '{indicator}' is a share (catalogue measure: share), which lies between 0 and 100");

    /// <summary>A relation word (超过, 不低于, 左右, 力争, 翻一番 …) is printed with a number, but the value's reading disagrees with the word.</summary>
    public static readonly PlanRule RelationReading = new("PLAN504", PlanSeverity.Error, "Reading disagrees with the printed relation word");
    /// <summary>A relation word printed against the number but left out of raw.</summary>
    public static readonly PlanMessage<(string element, string printed, string excerpt, string expected, string reading, string raw)> RelationWordOutsideRaw = new(RelationReading, "{element}: the source prints {printed} (\"{excerpt}\"), which reads {expected}, but the value reads {reading}; put the word inside raw (raw: \"{raw}\")");
    /// <summary>A relation word printed once for a list of values.</summary>
    public static readonly PlanMessage<(string element, string printed, string excerpt, string expected, string reading, string qualifier)> RelationWordOfList = new(RelationReading, "{element}: the source prints {printed} (\"{excerpt}\"), which reads {expected}, but the value reads {reading}; state interpret.qualifier: {qualifier} with a note");
    /// <summary>A doubling typed in another unit.</summary>
    public static readonly PlanMessage<(string target, string multiple, decimal times, string unit)> DoublingUnit = new(RelationReading, "target '{target}': '{multiple}' reads {times} times the base level; a doubling is typed in unit 'times' (found '{unit}')");
    /// <summary>A multiple typed with another measure.</summary>
    public static readonly PlanMessage<(string target, string raw, string measure)> MultipleMeasure = new(RelationReading, "target '{target}': a multiple ('{raw}') is typed as growth over a base year; write measure: growth (found '{measure}')");
    /// <summary>A multiple without a base year.</summary>
    public static readonly PlanMessage<(string target, string raw)> MultipleBaseYear = new(RelationReading, "target '{target}': a multiple ('{raw}') needs the year it is relative to: write baseYear (较2020年 → 2020; when the base is not printed, the year before the horizon, with a note)");

    /// <summary>A value's raw text is not exactly as printed: a table cell differs from its printed cell, a prose value drops a marker or qualifier.</summary>
    public static readonly PlanRule NotAsPrinted = new("PLAN505", PlanSeverity.Error, "Value not exactly as printed");
    /// <summary>A cell's raw shorter than the printed cell.</summary>
    public static readonly PlanMessage<(string element, string raw, string cell, string lines)> CellNotWhole = new(NotAsPrinted, "{element}: raw \"{raw}\" is not the printed cell \"{cell}\" (line {lines}); a cell's raw is the whole cell as printed, markers and qualifiers included");
    /// <summary>A prose value dropping a marker.</summary>
    public static readonly PlanMessage<(string element, string raw, string dropped, string excerpt)> MarkerDropped = new(NotAsPrinted, "{element}: raw \"{raw}\" drops '{dropped}' printed against its number (\"{excerpt}\"); raw keeps every marker and qualifier as printed");

    /// <summary>A project's status code disagrees with the status table's reading of its printed verb.</summary>
    public static readonly PlanRule StatusCode = new("PLAN506", PlanSeverity.Error, "Status code disagrees with the status table");
    /// <summary>A status whose verb matches a row of the table.</summary>
    public static readonly PlanMessage<(string status, string reads, string verb, string code)> StatusByRow = new(StatusCode, "status '{status}' reads {reads} by the status table (row '{verb}'), not {code}; write code: {reads}, or leave code out to derive it");
    /// <summary>A status no row matches.</summary>
    public static readonly PlanMessage<(string status, string reads, string code)> StatusNoRow = new(StatusCode, "status '{status}' reads {reads} by the status table (no row matches: other), not {code}; write code: {reads}, or leave code out to derive it");
}

namespace PlanModel.Yaml.Diagnostics;

// PLAN6xx: alignment of a district plan with its parent.
public static partial class PlanRules
{
    /// <summary>A binding indicator of the parent plan is missing from a district's table.</summary>
    public static readonly PlanRule AlignMissingBinding = new("PLAN601", PlanSeverity.Warning, "Parent's binding indicator missing");
    /// <summary>The district has no row for a binding indicator.</summary>
    public static readonly PlanMessage<(string parent, string indicator, string name, string child)> BindingRowMissing = new(AlignMissingBinding, "{parent}'s binding indicator '{indicator}' ({name}) has no row in {child}'s tables");

    /// <summary>A district target contradicts the parent's in the binding direction.</summary>
    public static readonly PlanRule AlignContradiction = new("PLAN602", PlanSeverity.Warning, "Target looser than the parent's");
    /// <summary>A looser district target.</summary>
    public static readonly PlanMessage<(string indicator, string target, string parent, string parentTarget, string why)> LooserThanParent = new(AlignContradiction, "binding indicator '{indicator}': target '{target}' is less ambitious than {parent}'s '{parentTarget}' ({why})");

    /// <summary>The same indicator with units that do not convert.</summary>
    public static readonly PlanRule AlignUnits = new("PLAN603", PlanSeverity.Warning, "Inconsistent units");
    /// <summary>Units that do not convert.</summary>
    public static readonly PlanMessage<(string indicator, string unit, string otherUnit, string document, string row)> UnitsDoNotConvert = new(AlignUnits, "indicator '{indicator}' is in {unit} here but in {otherUnit} in {document} ({row}); the units do not convert");

    /// <summary>The same baseline reported differently.</summary>
    public static readonly PlanRule AlignBaseline = new("PLAN604", PlanSeverity.Warning, "Baselines disagree");
    /// <summary>Two baselines for one region and year.</summary>
    public static readonly PlanMessage<(string indicator, string year, string region, string raw, string otherRaw, string document, string row)> BaselinesDiffer = new(AlignBaseline, "{indicator} {year} for {region} is printed '{raw}' here but '{otherRaw}' in {document} ({row}); both are kept as printed");
}

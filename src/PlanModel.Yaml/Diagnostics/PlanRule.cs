namespace PlanModel.Yaml.Diagnostics;

/// <summary>A documented validation rule (docs/rules.md).</summary>
public sealed record PlanRule(string Code, PlanSeverity DefaultSeverity, string Title);

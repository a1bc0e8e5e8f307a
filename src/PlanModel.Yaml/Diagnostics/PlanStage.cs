namespace PlanModel.Yaml.Diagnostics;

/// <summary>The stage that raises a rule; the hundreds digit of its code.</summary>
public enum PlanStage
{
    /// <summary>PLAN0xx: reading the YAML (syntax, limits, characters) and unexpected failures.</summary>
    Reader = 0,
    /// <summary>PLAN1xx: the shape of each file (required keys, types, unknown keys, enums, ids).</summary>
    Schema = 1,
    /// <summary>PLAN2xx: references and uniqueness across files (catalogue, parents, ids, generated names).</summary>
    References = 2,
    /// <summary>PLAN3xx: provenance, checked against the archived source.</summary>
    Provenance = 3,
    /// <summary>PLAN4xx: completeness (boxes, rows, lines, headings, lists, target text).</summary>
    Completeness = 4,
    /// <summary>PLAN5xx: typing (numbers agree with what is printed).</summary>
    Typing = 5,
    /// <summary>PLAN6xx: alignment between a district and its parent plan.</summary>
    Alignment = 6,
}

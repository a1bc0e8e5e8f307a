using System.Text.RegularExpressions;

namespace PlanModel.Yaml.Binding;

/// <summary>The closed sets of words the format allows (mirrored in the JSON Schema).</summary>
public static class Vocabulary
{
    /// <summary>Document types.</summary>
    public static readonly string[] DocumentTypes = { "five-year-plan", "work-report" };
    /// <summary>Region levels.</summary>
    public static readonly string[] RegionLevels = { "national", "province", "municipality", "prefecture", "district", "county" };
    /// <summary>Column and figure roles.</summary>
    public static readonly string[] Roles = { "baseline", "target", "planned", "actual", "expected" };
    /// <summary>Measures of values.</summary>
    public static readonly string[] Measures = { "level", "annual-average", "cumulative", "plan-period-average", "other-year", "growth" };
    /// <summary>Box register statuses.</summary>
    public static readonly string[] BoxStatuses = { "pending", "waived" };
    /// <summary>Project status codes.</summary>
    public static readonly string[] StatusCodes = { "new", "under-construction", "completed", "preparatory", "research", "upgrade", "other" };
    /// <summary>Outline levels.</summary>
    public static readonly string[] OutlineLevels = { "part", "chapter", "section", "item", "subitem" };
    /// <summary>Work-report lists.</summary>
    public static readonly string[] Lists = { "main-expected", "binding", "other" };
    /// <summary>Catalogue measures.</summary>
    public static readonly string[] CatalogueMeasures = { "level", "growth-rate", "share", "ratio", "count", "index" };
    /// <summary>Directions.</summary>
    public static readonly string[] Directions = { "increase", "decrease", "maintain" };
    /// <summary>Qualifiers an override may state.</summary>
    public static readonly string[] Qualifiers =
    {
        "exact", "approximately", "at-least", "more-than", "at-most", "less-than", "range", "ratio", "relative",
        "qualitative", "assigned-by-higher-level", "blank", "not-applicable", "missing",
    };

    private static readonly Regex IdPattern = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyPattern = new("^[A-Za-z0-9_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    /// <summary>True for a kebab-case id (lower-case ASCII letters, digits and '-').</summary>
    public static bool IsId(string value) => value.Length <= 128 && IdPattern.IsMatch(value);

    /// <summary>True for a column or category key.</summary>
    public static bool IsKey(string value) => value.Length <= 128 && KeyPattern.IsMatch(value);

    /// <summary>True for an ASCII C# identifier that is no keyword (<see cref="Naming.Identifiers"/>, the one rule set).</summary>
    public static bool IsSymbol(string value) => Naming.Identifiers.Problem(value) is null;
}

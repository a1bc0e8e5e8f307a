using System.Text.RegularExpressions;

namespace PlanModel.Yaml.Binding;

/// <summary>The shapes of ids, keys and symbols (mirrored in the JSON Schema). The closed word lists are
/// <see cref="PlanModel.Vocabularies"/>.</summary>
public static class Patterns
{
    private static readonly Regex IdPattern = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyPattern = new("^[A-Za-z0-9_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    /// <summary>True for a kebab-case id (lower-case ASCII letters, digits and '-').</summary>
    public static bool IsId(string value) => value.Length <= 128 && IdPattern.IsMatch(value);

    /// <summary>True for a column or category key.</summary>
    public static bool IsKey(string value) => value.Length <= 128 && KeyPattern.IsMatch(value);

    /// <summary>True for an ASCII C# identifier that is no keyword (<see cref="Naming.Identifiers"/>, the one rule set).</summary>
    public static bool IsSymbol(string value) => Naming.Identifiers.Problem(value) is null;
}

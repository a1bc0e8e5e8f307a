using System.Reflection;

namespace PlanModel.Yaml.Diagnostics;

/// <summary>
/// The rule catalogue: every PLAN rule with its messages, one file per stage (Rules/PlanRules.*.cs). A rule is a
/// <see cref="PlanRule"/> field; the <see cref="PlanMessageFormat"/> fields below it are what it reports. docs/rules.md
/// has a section per rule, checked by the catalogue's tests.
/// </summary>
public static partial class PlanRules
{
    /// <summary>All rules by code, found from the declarations themselves: a rule cannot be left out.</summary>
    public static IReadOnlyList<PlanRule> All => Catalogue.Rules;

    /// <summary>Every message of every rule, ordered by rule code, then declaration.</summary>
    public static IReadOnlyList<PlanMessageFormat> Messages => Catalogue.Formats;

    /// <summary>The rule with <paramref name="code"/>, or null.</summary>
    public static PlanRule? Find(string code)
    {
        foreach (var r in All)
        {
            if (string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return r;
            }
        }

        return null;
    }

    // Collected on first use, once every partial file's fields are set (their order across files is not defined).
    private static class Catalogue
    {
        public static readonly IReadOnlyList<PlanRule> Rules = Collect<PlanRule>(r => r.Code);
        public static readonly IReadOnlyList<PlanMessageFormat> Formats = Collect<PlanMessageFormat>(m => m.Rule.Code);
    }

    private static List<T> Collect<T>(Func<T, string> code)
        where T : class
    {
        var list = new List<T>();
        foreach (var f in typeof(PlanRules).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (typeof(T).IsAssignableFrom(f.FieldType) && f.GetValue(null) is T item)
            {
                list.Add(item);
            }
        }

        // Stable: the reflection order within one code is declaration order.
        var indexed = new List<KeyValuePair<int, T>>();
        for (var i = 0; i < list.Count; i++)
        {
            indexed.Add(new KeyValuePair<int, T>(i, list[i]));
        }

        indexed.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(code(a.Value), code(b.Value));
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        });
        return indexed.ConvertAll(kv => kv.Value);
    }
}

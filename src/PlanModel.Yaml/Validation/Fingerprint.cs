using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// A text that stands for a value across processes (what <see cref="ValidationCacheFile"/> keeps of a context
/// lookup's answer): strings as they are, anything else (catalogue entries, options) as the SHA-256 of a canonical
/// dump of its public properties. Equal fingerprints mean equal values (the dump is at least as fine as the records'
/// equality); a value too deep to dump gets a fingerprint of its own, which only makes a cached result be checked again.
/// </summary>
internal static class Fingerprint
{
    private const int MaxDepth = 32;

    // Catalogue entries are asked about by many documents: each object is dumped once per process.
    private static readonly ConditionalWeakTable<object, string> Known = new();

    public static string Of(object? value) => value switch
    {
        null => "-",
        string s => "s" + s,
        _ => Known.GetValue(value, Compute),
    };

    private static string Compute(object value)
    {
        var sb = new StringBuilder();
        if (!Dump(value, sb, 0))
        {
            return "!" + Guid.NewGuid().ToString("N");
        }

        return "h" + Sha256Hex.Of(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static bool Dump(object? value, StringBuilder sb, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                sb.Append('~');
                return true;
            case string s:
                sb.Append('"').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
                return true;
            case Enum or bool or char:
                sb.Append(value.GetType().Name).Append(':').Append(value).Append(';');
                return true;
            case IFormattable f when value.GetType().IsPrimitive || value is decimal:
                sb.Append(f.ToString(null, CultureInfo.InvariantCulture)).Append(';');
                return true;
            case IEnumerable items:
                sb.Append('[');
                foreach (var item in items)
                {
                    if (!Dump(item, sb, depth + 1))
                    {
                        return false;
                    }
                }

                sb.Append(']');
                return true;
        }

        var type = value.GetType();
        sb.Append('{').Append(type.FullName);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Array.Sort(properties, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var p in properties)
        {
            if (p.GetIndexParameters().Length > 0)
            {
                continue;
            }

            sb.Append(p.Name).Append('=');
            if (!Dump(p.GetValue(value), sb, depth + 1))
            {
                return false;
            }
        }

        sb.Append('}');
        return true;
    }
}

using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PlanModel.Generator.Emit;

/// <summary>Turns ids and English names into unique, valid C# identifiers.</summary>
internal static class Naming
{
    /// <summary>PascalCase of the ASCII letters and digits of <paramref name="text"/>; "_" prefix when it would start
    /// with a digit or be a keyword; <paramref name="fallback"/> when nothing usable remains.</summary>
    public static string Pascal(string? text, string fallback)
    {
        var sb = new StringBuilder();
        var upper = true;
        foreach (var c in text ?? string.Empty)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            {
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (sb.Length > 80)
        {
            sb.Length = 80;
        }

        var s = sb.ToString();
        if (s.Length == 0)
        {
            return fallback;
        }

        if (char.IsDigit(s[0]) || SyntaxFacts.GetKeywordKind(s) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(s) != SyntaxKind.None)
        {
            s = "_" + s;
        }

        return s;
    }

    /// <summary>Hands out unique names within one scope; reserved names (members of the base class) are avoided.</summary>
    public sealed class Scope
    {
        private readonly HashSet<string> _used;

        public Scope(params string[] reserved)
        {
            _used = new HashSet<string>(reserved, System.StringComparer.Ordinal);
        }

        public string Unique(string name)
        {
            var candidate = name;
            var i = 2;
            while (!_used.Add(candidate))
            {
                candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                i++;
            }

            return candidate;
        }
    }
}

namespace PlanModel.Yaml.Naming;

/// <summary>
/// The one set of C# identifier rules of PlanModel, used by the reader (<c>plan validate</c>, the MSBuild task),
/// the source generator and so the IDE: what a <c>symbol:</c> may be, and the member name an id makes.
/// </summary>
public static class Identifiers
{
    /// <summary>The longest symbol accepted (ids are at most 128 characters too).</summary>
    public const int MaxLength = 128;

    // C# reserved keywords, and the contextual keywords: a contextual keyword is legal as a name in most places, but
    // `var`, `record`, `field` or `value` as a generated type or property name breaks or confuses consumer code, so
    // every keyword is refused. A test compares this set with Roslyn's SyntaxFacts.
    internal static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
        "add", "alias", "allows", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
        "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof",
        "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
        "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
        "assembly", "module", "type", "method", "param", "property", "typevar",
    };

    /// <summary>True for a C# keyword, reserved or contextual.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>True for an ASCII C# identifier: <c>[A-Za-z_][A-Za-z0-9_]*</c>, at most <see cref="MaxLength"/>.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Why <paramref name="symbol"/> cannot name a generated type or member by itself (not an identifier, a keyword),
    /// or <see langword="null"/> when it can. Reserved names depend on where the name goes; see <see cref="ReservedNames"/>.
    /// </summary>
    public static string? Problem(string symbol)
    {
        if (!IsIdentifier(symbol))
        {
            return $"'{symbol}' is not a valid C# identifier (ASCII letters, digits and '_', not starting with a digit, at most {MaxLength})";
        }

        if (IsKeyword(symbol))
        {
            return $"'{symbol}' is a C# keyword";
        }

        return null;
    }

    /// <summary>
    /// The member name an id makes: each '-'-separated part with its first letter upper-cased
    /// (<c>grp-growth</c> → <c>GrpGrowth</c>, <c>box-07</c> → <c>Box07</c>); a leading digit gets a '_'
    /// (<c>2025-grp</c> → <c>_2025Grp</c>). Only the id counts: translations, notes and printed text never do.
    /// </summary>
    public static string FromId(string id)
    {
        var sb = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
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

        if (sb.Length == 0 || char.IsDigit(sb[0]))
        {
            sb.Insert(0, '_');
        }

        return sb.ToString();
    }
}

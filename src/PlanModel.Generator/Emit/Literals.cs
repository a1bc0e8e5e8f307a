using System.Globalization;
using System.Text;

namespace PlanModel.Generator.Emit;

/// <summary>Escapes text for C# string literals and XML doc comments; culture-invariant numbers.</summary>
internal static class Literals
{
    /// <summary>The braces of an array initializer: <c>{ a, b }</c>, or <c>{ }</c> when empty.</summary>
    public static string ArrayBody(System.Collections.Generic.IEnumerable<string> items)
    {
        var body = string.Join(", ", items);
        return body.Length == 0 ? "{ }" : "{ " + body + " }";
    }

    /// <summary>A C# regular string literal that round-trips <paramref name="value"/> exactly (or <c>null</c>).</summary>
    public static string Str(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        // Most text needs no escape at all (CJK, ASCII letters and punctuation): copy it in one piece.
        var first = FirstToEscape(value, xml: false);
        if (first < 0)
        {
            return "\"" + value + "\"";
        }

        var sb = new StringBuilder(value.Length + 16);
        sb.Append('"').Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            AppendEscaped(sb, value[i]);
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="chars"/> as the inside of a C# string literal.</summary>
    public static void AppendEscaped(StringBuilder sb, char[] chars, int count)
    {
        var run = 0;
        for (var i = 0; i < count; i++)
        {
            if (!NeedsEscape(chars[i], xml: false))
            {
                continue;
            }

            sb.Append(chars, run, i - run);
            AppendEscaped(sb, chars[i]);
            run = i + 1;
        }

        sb.Append(chars, run, count - run);
    }

    private static void AppendEscaped(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '"': sb.Append("\\\""); break;
            case '\\': sb.Append("\\\\"); break;
            case '\n': sb.Append("\\n"); break;
            case '\r': sb.Append("\\r"); break;
            case '\t': sb.Append("\\t"); break;
            case '\0': sb.Append("\\0"); break;
            default:
                var cat = CharUnicodeInfo.GetUnicodeCategory(c);
                if (cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                    or UnicodeCategory.PrivateUse)
                {
                    // Invisible or line-breaking characters never appear raw in generated code.
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }

                break;
        }
    }

    /// <summary>Text safe inside an XML doc element on one line.</summary>
    public static string Xml(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var first = FirstToEscape(value, xml: true);
        if (first < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 16);
        sb.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\t':
                    sb.Append(' ');
                    break;
                default:
                    var cat = CharUnicodeInfo.GetUnicodeCategory(c);
                    if (cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
                    {
                        sb.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The index of the first character <see cref="Str"/> (or <see cref="Xml"/>) must rewrite, or -1.</summary>
    private static int FirstToEscape(string value, bool xml)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (NeedsEscape(value[i], xml))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>False for the characters that are certainly copied as they are; true means "look closer" (the slow path
    /// decides, and may still copy the character).</summary>
    private static bool NeedsEscape(char c, bool xml)
    {
        if (c >= ' ' && c <= '~')
        {
            return xml ? c is '&' or '<' or '>' : c is '"' or '\\';
        }

        // CJK ideographs (those assigned by Unicode 8, so every host agrees), CJK punctuation and fullwidth forms print as
        // they are: no category lookup needed.
        return !((c >= '\u4E00' && c <= '\u9FD5') || (c >= '\u3001' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF5E'));
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? value) => value is null ? "null" : Int(value.Value);

    public static string Dec(decimal? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Bool(bool value) => value ? "true" : "false";
}

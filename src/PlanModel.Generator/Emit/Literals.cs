using System.Globalization;
using System.Text;

namespace PlanModel.Generator.Emit;

/// <summary>Escapes text for C# string literals (doc comments: <see cref="PlanModel.Yaml.Docs.DocText"/>); culture-invariant numbers.</summary>
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
        var first = FirstToEscape(value);
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
            if (!NeedsEscape(chars[i]))
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

    /// <summary>The index of the first character <see cref="Str"/> must rewrite, or -1.</summary>
    private static int FirstToEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (NeedsEscape(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>False for the characters that are certainly copied as they are; true means "look closer" (the slow path
    /// decides, and may still copy the character).</summary>
    private static bool NeedsEscape(char c)
    {
        if (c >= ' ' && c <= '~')
        {
            return c is '"' or '\\';
        }

        return !PlanModel.Yaml.Docs.DocText.PrintsAsIs(c);
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? value) => value is null ? "null" : Int(value.Value);

    public static string Dec(decimal? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Bool(bool value) => value ? "true" : "false";
}

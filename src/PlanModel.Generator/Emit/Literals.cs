using System.Globalization;
using System.Text;

namespace PlanModel.Generator.Emit;

/// <summary>Escapes text for C# string literals and XML doc comments; culture-invariant numbers.</summary>
internal static class Literals
{
    /// <summary>A C# regular string literal that round-trips <paramref name="value"/> exactly (or <c>null</c>).</summary>
    public static string Str(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
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

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Text safe inside an XML doc element on one line.</summary>
    public static string Xml(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
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

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(int? value) => value is null ? "null" : Int(value.Value);

    public static string Dec(decimal? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Bool(bool value) => value ? "true" : "false";
}

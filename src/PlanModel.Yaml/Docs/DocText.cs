namespace PlanModel.Yaml.Docs;

/// <summary>
/// The lines of a generated member's <c>&lt;summary&gt;</c>, escaped: the one composer of generated documentation,
/// whether the generator writes it as <c>///</c> comments or the build writes it into the side file it merges into
/// the documentation file (docs/performance.md, section 4).
/// </summary>
public static class DocText
{
    /// <summary>The summary's lines without the <c>///</c> prefix: <c>&lt;summary&gt;</c>, the first non-empty
    /// paragraph, each further one as <c>&lt;para&gt;</c>, <c>&lt;/summary&gt;</c>.</summary>
    public static IEnumerable<string> SummaryLines(IEnumerable<string?> paragraphs)
    {
        yield return "<summary>";
        var first = true;
        foreach (var p in paragraphs)
        {
            if (string.IsNullOrEmpty(p))
            {
                continue;
            }

            yield return first ? Escape(p) : "<para>" + Escape(p) + "</para>";
            first = false;
        }

        yield return "</summary>";
    }

    /// <summary>Text safe inside an XML doc element on one line.</summary>
    public static string Escape(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var first = FirstToEscape(value);
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
                case var _ when char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    // A pair is one character (U+20BB7 𠮷): XML has no reference for either half.
                    sb.Append(c).Append(value[++i]);
                    break;
                case var _ when XmlCharacters.IsForbidden(c):
                    // Not even as a reference: the documentation file would not read.
                    sb.Append('\uFFFD');
                    break;
                default:
                    var cat = CharUnicodeInfo.GetUnicodeCategory(c);
                    if (cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
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

    /// <summary>Non-ASCII characters certainly printed as they are, in a doc comment or a string literal: CJK
    /// ideographs (those assigned by Unicode 8, so every host agrees), CJK punctuation and fullwidth forms.</summary>
    public static bool PrintsAsIs(char c) =>
        (c >= '\u4E00' && c <= '\u9FD5') || (c >= '\u3001' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF5E');

    private static int FirstToEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~' ? c is '&' or '<' or '>' : !PrintsAsIs(c))
            {
                return i;
            }
        }

        return -1;
    }
}

namespace PlanModel.Cli.Report;

/// <summary>Escaping, invariant formatting and safe names for the report. Every string from the corpus goes
/// through <see cref="E"/>; the output is also well-formed XML (only the five XML entities are used).</summary>
internal static class Html
{
    /// <summary>Escapes text for an element or a double- or single-quoted attribute. Control characters other than
    /// tab and line feed, and unpaired surrogates, become U+FFFD so the page stays well-formed.</summary>
    public static string E(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        for (var i = 0; i < s!.Length; i++)
        {
            var c = s[i];
            string? rep = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (rep is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    sb?.Append(c).Append(s[i + 1]);
                    i++;
                    continue;
                }

                if ((c < ' ' && c != '\t' && c != '\n') || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                {
                    rep = "\uFFFD";
                }
            }

            if (rep is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(s.Length + 16).Append(s, 0, i);
            sb.Append(rep);
        }

        return sb?.ToString() ?? s;
    }

    /// <summary>An integer, invariant.</summary>
    public static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal as printed by the export (invariant, no trailing-zero normalisation).</summary>
    public static string D(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id made safe for a file name or a fragment: <c>a-z</c>, <c>0-9</c> and <c>-</c> are kept, every
    /// other UTF-8 byte becomes <c>_XX</c> (so the mapping is one-to-one and case-insensitive file systems agree).</summary>
    public static string Safe(string id)
    {
        if (id.Length == 0)
        {
            return "_";
        }

        var sb = new StringBuilder(id.Length);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('_').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>A bilingual label: the Chinese, then the English in a muted span.</summary>
    public static string L(string zh, string en) => E(zh) + " <span class=\"en\">" + E(en) + "</span>";

    /// <summary>Bilingual text from the corpus (the English is omitted when empty or the same).</summary>
    public static string T(BilingualText? t)
    {
        if (t is null)
        {
            return string.Empty;
        }

        return t.En.Length == 0 || t.En == t.Zh ? E(t.Zh) : L(t.Zh, t.En);
    }
}

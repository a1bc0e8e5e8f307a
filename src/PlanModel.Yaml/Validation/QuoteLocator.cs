namespace PlanModel.Yaml.Validation;

/// <summary>
/// Finds a quote in its cited line: the one place that decides where a citation's text is, used by the validator
/// (PLAN304/306), the export (the quote's offset) and the report (what to highlight).
/// </summary>
public static class QuoteLocator
{
    /// <summary>True when <paramref name="quote"/> is printed at <paramref name="offset"/> of <paramref name="line"/>.</summary>
    public static bool IsAt(string line, string quote, int offset) =>
        line is not null && quote is not null && offset >= 0 && offset + quote.Length <= line.Length
        && string.CompareOrdinal(line, offset, quote, 0, quote.Length) == 0;

    /// <summary>Where <paramref name="quote"/> is in <paramref name="line"/>: at the recorded
    /// <paramref name="offset"/> when it is there, else its first occurrence; −1 when absent.</summary>
    public static int Find(string line, string quote, int? offset = null)
    {
        if (line is null || string.IsNullOrEmpty(quote))
        {
            return -1;
        }

        return offset is int o && IsAt(line, quote, o) ? o : line.IndexOf(quote, StringComparison.Ordinal);
    }

    /// <summary>The longest piece of <paramref name="text"/> printed in <paramref name="line"/> (what a near miss
    /// most likely meant): its offset in the line and its length; offset −1 when no character is shared.</summary>
    public static int Closest(string line, string text, out int length)
    {
        for (length = Math.Min(text.Length, line.Length); length > 0; length--)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                var at = line.IndexOf(text.Substring(start, length), StringComparison.Ordinal);
                if (at >= 0)
                {
                    return at;
                }
            }
        }

        return -1;
    }

    /// <summary>What <paramref name="line"/> prints around its closest match to <paramref name="text"/>, trimmed
    /// and cut to about <paramref name="width"/> characters, '…' where it is cut.</summary>
    public static string Excerpt(string line, string text, int width = 40)
    {
        var at = Closest(line, text, out var length);
        var centre = at < 0 ? 0 : at + (length / 2);
        var start = Math.Max(0, Math.Min(centre - (width / 2), line.Length - width));
        var end = Math.Min(line.Length, start + width);
        var piece = SourceText.Trim(line.Substring(start, end - start));
        return (start > 0 ? "…" : string.Empty) + piece + (end < line.Length ? "…" : string.Empty);
    }

    /// <summary>The lines of <paramref name="source"/> that print <paramref name="text"/>, at most
    /// <paramref name="max"/>, in order.</summary>
    public static List<int> LinesWith(SourceText source, string text, int max = 3)
    {
        var found = new List<int>();
        for (var n = 1; n <= source.LineCount && found.Count < max && text.Length > 0; n++)
        {
            if (source.Line(n)!.IndexOf(text, StringComparison.Ordinal) >= 0)
            {
                found.Add(n);
            }
        }

        return found;
    }
}

namespace PlanModel.Yaml.Validation;

/// <summary>Where a value's raw text sits in its cited source line(s): the text around it is what PLAN504/505 read.</summary>
internal readonly struct PrintedContext
{
    private PrintedContext(string text, int start, int end) => (Text, Start, End) = (text, start, end);

    /// <summary>The cited line (or the trimmed join of the cited lines).</summary>
    public string Text { get; }

    /// <summary>Index of the first character of raw in <see cref="Text"/>.</summary>
    public int Start { get; }

    /// <summary>Index just past raw.</summary>
    public int End { get; }

    /// <summary>
    /// Finds raw where the citation puts it: inside the quote (at its offset when given), else its first occurrence
    /// on the line. Nothing when raw is empty or not found (PLAN304/305 report that).
    /// </summary>
    public static PrintedContext? Locate(SourceText source, ValueSpec value)
    {
        var raw = value.Raw;
        var cite = value.Cite;
        if (raw is null || raw.Length == 0 || cite is null)
        {
            return null;
        }

        var text = source.Joined(cite.AllLines);
        if (text is null)
        {
            return null;
        }

        int start;
        if (cite.Quote is not null)
        {
            var q = cite.Offset is int o && cite.AllLines.Count == 1 && o >= 0 && o + cite.Quote.Length <= text.Length
                && string.CompareOrdinal(text, o, cite.Quote, 0, cite.Quote.Length) == 0
                ? o
                : text.IndexOf(cite.Quote, System.StringComparison.Ordinal);
            var r = q < 0 ? -1 : cite.Quote.IndexOf(raw, System.StringComparison.Ordinal);
            if (r < 0)
            {
                return null;
            }

            start = q + r;
        }
        else
        {
            start = text.IndexOf(raw, System.StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }
        }

        return new PrintedContext(text, start, start + raw.Length);
    }

    /// <summary>A short excerpt around raw for messages.</summary>
    public string Excerpt()
    {
        var from = System.Math.Max(0, Start - 8);
        var to = System.Math.Min(Text.Length, End + 8);
        return (from > 0 ? "…" : string.Empty) + Text.Substring(from, to - from) + (to < Text.Length ? "…" : string.Empty);
    }
}

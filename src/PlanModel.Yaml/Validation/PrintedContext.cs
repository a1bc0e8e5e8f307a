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
    /// Finds raw where the citation puts it in <paramref name="text"/>, the cited text the citation check read (so it
    /// is bounded by the citation budget): inside the quote (where the one quote locator finds it), else its first
    /// occurrence. Nothing when the text was not checked, or raw is empty or not found (PLAN304/305 report that).
    /// </summary>
    public static PrintedContext? Locate(string? text, ValueSpec value)
    {
        var raw = value.Raw;
        var cite = value.Cite;
        if (text is null || raw is null || raw.Length == 0 || cite is null)
        {
            return null;
        }

        int start;
        if (cite.Quote is not null)
        {
            var q = QuoteLocator.Find(text, cite.Quote, cite.AllLines.Count == 1 ? cite.Offset : null);
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

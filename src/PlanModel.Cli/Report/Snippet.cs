namespace PlanModel.Cli.Report;

/// <summary>Renders a citation as its source line with the quote (or the raw value) in a <c>&lt;mark&gt;</c>:
/// the whole line when it is short, a window of about 80 characters around the quote when it is long.</summary>
internal sealed class Snippet
{
    /// <summary>Lines up to this length are shown whole.</summary>
    public const int ShortLine = 120;

    /// <summary>The width of the window around the quote on a long line.</summary>
    public const int Window = 80;

    private readonly CorpusBuild _build;

    public Snippet(CorpusBuild build)
    {
        _build = build;
    }

    /// <summary>The file shown without its name (the document's own source); other files are named.</summary>
    public string? HomeFile { get; set; }

    /// <summary>The citation beside a value; <paramref name="needle"/> is what to highlight when the citation has
    /// no quote (the raw value or the printed name).</summary>
    public string Render(Citation? c, string? needle, bool lost = false)
    {
        if (c is null)
        {
            return lost
                ? "<div class=\"src none\">" + Html.L("提取时丢失，无出处", "lost by the extraction; no line") + "</div>"
                : "<div class=\"src none\">" + Html.L("无出处", "no citation") + "</div>";
        }

        var lines = c.Lines.Count > 1 ? string.Join("+", Numbers(c.Lines)) : Html.I(c.Line);
        var where = c.SourceFile + ":" + lines;
        var label = (c.SourceFile == HomeFile ? string.Empty : c.SourceFile + " ") + "L" + lines;
        var title = c.Lines.Count > 1
            ? where + " (lines joined, as the validator reads them)"
            : where;
        var head = "<div class=\"src\"><span class=\"ln\" title=\"" + Html.E(title) + "\">" + Html.E(label) + "</span>";
        var text = _build.Text(c);
        if (text is null)
        {
            // Missing, refused, or not matching its pinned hash: an unverified source is never shown.
            return "<div class=\"src bad\"><span class=\"ln\">" + Html.E(label) + "</span>"
                + Html.L("来源未经核验或找不到该行", "source not verified or line not found: " + where) + "</div>";
        }

        var find = c.Quote ?? needle;
        if (string.IsNullOrEmpty(find))
        {
            var trimmed = text.Trim(' ', '\t', '\u00A0', '\u3000', '\r');
            return trimmed.Length == 0
                ? head + "<code class=\"blank\">" + Html.L("（空行）", "(blank line)") + "</code></div>"
                : head + "<code>" + Html.E(Head(text)) + "</code></div>";
        }

        var at = PlanModel.Yaml.Validation.QuoteLocator.Find(text, find!, c.Lines.Count <= 1 ? c.Offset : null);
        if (at < 0)
        {
            return "<div class=\"src bad\">" + head.Substring("<div class=\"src\">".Length)
                + "<code>" + Html.E(Head(text)) + "</code>"
                + " <span class=\"flag\">" + Html.L("引文不在该行", "quote not on this line") + ": " + Html.E(find) + "</span></div>";
        }

        var (start, end) = Bounds(text, at, find!.Length);
        var before = (start > 0 ? "…" : string.Empty) + text.Substring(start, at - start);
        var after = text.Substring(at + find.Length, end - at - find.Length) + (end < text.Length ? "…" : string.Empty);
        return head + "<code>" + Html.E(before) + "<mark>" + Html.E(find) + "</mark>" + Html.E(after) + "</code></div>";
    }

    /// <summary>The window to show: the whole line when short, else about <see cref="Window"/> characters
    /// centred on the match (at least 12 either side), never splitting a surrogate pair.</summary>
    private static (int Start, int End) Bounds(string text, int at, int length)
    {
        if (text.Length <= ShortLine)
        {
            return (0, text.Length);
        }

        var pad = Math.Max(12, (Window - length) / 2);
        var start = Math.Max(0, at - pad);
        var end = Math.Min(text.Length, at + length + pad);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The head of a line (no match to centre on): the whole line when short, else its first
    /// <see cref="Window"/> characters.</summary>
    private static string Head(string text)
    {
        if (text.Length <= ShortLine)
        {
            return text;
        }

        var end = char.IsLowSurrogate(text[Window]) ? Window + 1 : Window;
        return text.Substring(0, end) + "…";
    }

    private static IEnumerable<string> Numbers(IReadOnlyList<int> lines)
    {
        foreach (var l in lines)
        {
            yield return Html.I(l);
        }
    }
}

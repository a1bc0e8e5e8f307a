namespace PlanModel.Cli.Report;

/// <summary>Cuts a citation's source line for display, the quote (or the raw value) to be marked: the whole line
/// when it is short, a window of about 80 characters around the quote when it is long.</summary>
public sealed class Snippet
{
    /// <summary>Lines up to this length are shown whole.</summary>
    public const int ShortLine = 120;

    /// <summary>The width of the window around the quote on a long line.</summary>
    public const int Window = 80;

    private readonly CorpusBuild _build;

    /// <summary>Cuts lines of <paramref name="build"/>'s verified sources.</summary>
    public Snippet(CorpusBuild build)
    {
        _build = build;
    }

    /// <summary>The file shown without its name (the document's own source); other files are named.</summary>
    public string? HomeFile { get; set; }

    /// <summary>What to show for the citation beside a value (rendered by <c>Parts/Source.razor</c>);
    /// <paramref name="needle"/> is what to highlight when the citation has no quote (the raw value or the printed
    /// name).</summary>
    public SnippetView Of(Citation? c, string? needle, bool lost = false)
    {
        if (c is null)
        {
            return new SnippetView(lost ? SnippetKind.Lost : SnippetKind.NoCitation);
        }

        var lines = c.Lines.Count > 1 ? string.Join("+", Numbers(c.Lines)) : Format.I(c.Line);
        var where = c.SourceFile + ":" + lines;
        var label = (c.SourceFile == HomeFile ? string.Empty : c.SourceFile + " ") + "L" + lines;
        var title = c.Lines.Count > 1
            ? where + " (lines joined, as the validator reads them)"
            : where;
        var text = _build.Text(c);
        if (text is null)
        {
            // Missing, refused, or not matching its pinned hash: an unverified source is never shown.
            return new SnippetView(SnippetKind.Unverified, label, title, Where: where);
        }

        var find = c.Quote ?? needle;
        if (string.IsNullOrEmpty(find))
        {
            var trimmed = text.Trim(' ', '\t', '\u00A0', '\u3000', '\r');
            return trimmed.Length == 0
                ? new SnippetView(SnippetKind.Blank, label, title)
                : new SnippetView(SnippetKind.Line, label, title, Head(text));
        }

        var at = PlanModel.Yaml.Validation.QuoteLocator.Find(text, find!, c.Lines.Count <= 1 ? c.Offset : null);
        if (at < 0)
        {
            return new SnippetView(SnippetKind.NotFound, label, title, Head(text), find);
        }

        var (start, end) = Bounds(text, at, find!.Length);
        var before = (start > 0 ? "…" : string.Empty) + text.Substring(start, at - start);
        var after = text.Substring(at + find.Length, end - at - find.Length) + (end < text.Length ? "…" : string.Empty);
        return new SnippetView(SnippetKind.Marked, label, title, before, find, after);
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
            yield return Format.I(l);
        }
    }
}

/// <summary>How a citation is shown.</summary>
public enum SnippetKind
{
    /// <summary>The value has no citation.</summary>
    NoCitation,

    /// <summary>The value was lost by the extraction: no line.</summary>
    Lost,

    /// <summary>The source is not verified or the line is not found: nothing of it is shown.</summary>
    Unverified,

    /// <summary>The line is blank.</summary>
    Blank,

    /// <summary>The line (or its head), nothing to mark.</summary>
    Line,

    /// <summary>The quote is not on the line: its head and the quote, flagged.</summary>
    NotFound,

    /// <summary>The line with the quote marked.</summary>
    Marked,
}

/// <summary>A citation as shown: the line label and its tooltip, and the text before, in and after the mark.</summary>
/// <param name="Kind">What is shown.</param>
/// <param name="Label">The label, <c>L380</c> (with the file when it is not the document's own).</param>
/// <param name="Title">The label's tooltip: file and line(s).</param>
/// <param name="Before">The text before the mark, or the line's head.</param>
/// <param name="Mark">The marked text, or the quote that was not found.</param>
/// <param name="After">The text after the mark.</param>
/// <param name="Where">file:line, for an unverified source.</param>
public sealed record SnippetView(SnippetKind Kind, string Label = "", string Title = "", string Before = "", string? Mark = null, string After = "", string Where = "");

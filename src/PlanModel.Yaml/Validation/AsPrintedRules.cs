namespace PlanModel.Yaml.Validation;

/// <summary>
/// "Exactly as printed", strictly (PLAN505). PLAN304 only asks that raw occur on the cited line; here a table cell's
/// raw must BE its printed cell (the trimmed line, or the trimmed join of a split cell's lines), and a prose value's
/// raw may not stop short of a marker or qualifier printed against its number (【】, *, 左右, 以上, ≥, ＜ …).
/// </summary>
internal static class AsPrintedRules
{
    private const string OpenMarks = "【〔[［";
    private const string CloseMarks = "】〕]］";
    private const string StarMarks = "*＊△▲※";
    private const string Symbols = "≥≤＞＜><=";

    /// <summary>A table cell (value, sequence or attribute) cited by line(s) without a quote; <paramref name="text"/>
    /// is the cited text the citation check read (null when it read none: out of range or over budget).</summary>
    public static void Cell(string path, ValueSpec value, string what, string? text, DiagnosticBag d)
    {
        if (text is null || value.Missing || value.Raw is null || value.Cite is null || value.Cite.Quote is not null)
        {
            return;
        }

        var cell = SourceText.Trim(text);
        if (value.Raw != cell && cell.IndexOf(value.Raw, System.StringComparison.Ordinal) >= 0)
        {
            // Not found at all is PLAN304's finding; found but not the whole cell is this rule's.
            d.Add(PlanRules.CellNotWhole, path, value.Pos.Line, value.Pos.Column, (what, value.Raw, cell, string.Join("+", value.Cite.AllLines)));
        }
    }

    /// <summary>A prose value (a target): nothing printed against its number may be left outside raw.</summary>
    public static void Prose(string path, ValueSpec value, string what, PrintedContext? at, DiagnosticBag d)
    {
        if (at is not PrintedContext c)
        {
            return;
        }

        var dropped = DroppedBefore(c) ?? DroppedAfter(c, value.Raw!);
        if (dropped is not null)
        {
            d.Add(PlanRules.MarkerDropped, path, value.Pos.Line, value.Pos.Column, (what, value.Raw!, dropped, c.Excerpt()));
        }
    }

    private static string? DroppedBefore(PrintedContext c)
    {
        if (c.Start == 0)
        {
            return null;
        }

        var ch = c.Text[c.Start - 1];
        return OpenMarks.IndexOf(ch) >= 0 || StarMarks.IndexOf(ch) >= 0 || Symbols.IndexOf(ch) >= 0 ? ch.ToString() : null;
    }

    private static string? DroppedAfter(PrintedContext c, string raw)
    {
        var pos = c.End;
        if (pos >= c.Text.Length)
        {
            return null;
        }

        var ch = c.Text[pos];
        if (CloseMarks.IndexOf(ch) >= 0 || StarMarks.IndexOf(ch) >= 0)
        {
            return ch.ToString();
        }

        // A raw cut right after its digits may also have dropped the unit: look past a short unit for the qualifier.
        var last = raw[raw.Length - 1];
        if (char.IsDigit(last) || (last >= '０' && last <= '９'))
        {
            while (pos < c.Text.Length && pos - c.End < 4 && IsUnitChar(c.Text[pos]) && RelationWords.StartingAt(c.Text, pos, RelationPosition.After) is null)
            {
                pos++;
            }
        }

        var word = RelationWords.StartingAt(c.Text, pos, RelationPosition.After);
        return word is null ? null : c.Text.Substring(c.End, pos - c.End) + word.Text;
    }

    private static bool IsUnitChar(char ch) => ch is '%' or '％' or '‰' || (ch >= '\u4E00' && ch <= '\u9FFF');
}

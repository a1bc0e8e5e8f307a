using System.Text.RegularExpressions;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// Completeness against the archived source: every box the source prints (PLAN401, PLAN408), every printed line
/// inside a table or box (PLAN409), every heading line (PLAN410), every item of a printed target list (PLAN411);
/// every number of the declared target-setting prose is in <see cref="TargetTextRules"/> (PLAN412, PLAN413).
/// </summary>
internal static class CompletenessRules
{
    private static readonly Regex HeadingLine = new(@"^[\s\u3000]*第[一二三四五六七八九十百零〇两]+[篇章节]", RegexOptions.CultureInvariant);

    /// <summary>
    /// Completeness of the outline: every line of the document that starts like a heading (第…篇, 第…章, 第…节) is
    /// cited by an outline node, or lies in an <c>uncited</c> entry of an outline file (the table of contents).
    /// </summary>
    public static void Headings(DocumentModel doc, HashSet<int> cited, SourceText text, DiagnosticBag d)
    {
        var uncited = doc.OutlineUncited.ToEquatable();
        var src = doc.Document.Source;
        var missing = new List<string>();
        var count = 0;
        for (var n = src.Line; n <= src.EndLine; n++)
        {
            var line = text.Line(n);
            if (line is null)
            {
                break;
            }

            if (cited.Contains(n) || !HeadingLine.IsMatch(line) || IsExcused(uncited, n))
            {
                continue;
            }

            count++;
            ListMissing(missing, n, line);
        }

        if (count > 0)
        {
            var (path, pos) = doc.OutlineFile ?? (doc.Path, doc.Document.Pos);
            d.Add(PlanRules.HeadingsNotInOutline, path, pos.Line, pos.Column, (count, PlanElements.Listing(missing, count)));
        }
    }

    /// <summary>A printed number: ASCII or fullwidth digits, an optional decimal part (PLAN411, PLAN412).</summary>
    internal static readonly Regex Number = new(@"[0-9０-９]+(?:[.．][0-9０-９]+)?", RegexOptions.CultureInvariant);

    /// <summary>
    /// Completeness of a printed list of targets (a report's 今年主要预期目标 …): the targets of one <c>list</c> quoted
    /// on one line span a stretch of it; a number in that stretch outside every quote is an item left out.
    /// </summary>
    public static void TargetLists(DocumentModel doc, SourceText text, DiagnosticBag d)
    {
        var lists = new Dictionary<(string List, int Line), List<(string Path, TargetSpec Target)>>();
        foreach (var (path, t) in doc.Targets)
        {
            var c = t.Value.Cite;
            if (t.List is null || c is null || c.Quote is null || c.Offset is null || c.AllLines.Count != 1)
            {
                continue;
            }

            if (!lists.TryGetValue((t.List, c.Line), out var members))
            {
                lists[(t.List, c.Line)] = members = new List<(string, TargetSpec)>();
            }

            members.Add((path, t));
        }

        foreach (var kv in lists)
        {
            var line = text.Line(kv.Key.Line);
            if (line is null || kv.Value.Count < 2)
            {
                continue;
            }

            var covered = new bool[line.Length];
            var first = int.MaxValue;
            var last = 0;
            var placed = true;
            foreach (var (_, t) in kv.Value)
            {
                var start = t.Value.Cite!.Offset!.Value;
                var end = start + t.Value.Cite.Quote!.Length;
                if (start < 0 || end > line.Length)
                {
                    placed = false; // PLAN306 reports the offset
                    break;
                }

                first = System.Math.Min(first, start);
                last = System.Math.Max(last, end);
                for (var i = start; i < end; i++)
                {
                    covered[i] = true;
                }
            }

            if (!placed)
            {
                continue;
            }

            var gaps = new List<string>();
            foreach (Match m in Number.Matches(line.Substring(first, last - first)))
            {
                var at = first + m.Index;
                var inside = true;
                for (var i = at; i < at + m.Length; i++)
                {
                    inside &= covered[i];
                }

                if (!inside)
                {
                    var from = System.Math.Max(first, at - 10);
                    gaps.Add("\"" + line.Substring(from, System.Math.Min(last, at + m.Length + 4) - from) + "\" (offset " + at.ToString(CultureInfo.InvariantCulture) + ")");
                }
            }

            if (gaps.Count > 0)
            {
                var (path, head) = kv.Value[0];
                d.Add(PlanRules.ListNumbersUnquoted, path, head.Pos.Line, head.Pos.Column,
                    (kv.Key.List, kv.Key.Line, gaps.Count, string.Join(", ", gaps.Count > 5 ? gaps.GetRange(0, 5) : gaps)));
            }
        }
    }

    /// <summary>
    /// Completeness inside a table or box: every printed line between its first and last cited line is cited by
    /// something, or listed under <c>uncited</c> with a reason. An item dropped from the middle of a box leaves its
    /// line uncited. (An item dropped from a run-on line that other items still cite is not caught here.)
    /// </summary>
    public static void Lines(string path, Pos pos, string what, HashSet<int> cited, EquatableArray<UncitedSpec> uncited, SourceText text, DiagnosticBag d)
    {
        if (cited.Count == 0)
        {
            return;
        }

        var (first, last) = LineSpan.Of(cited);
        var missing = new List<string>();
        var count = 0;
        for (var n = System.Math.Max(first, 1); n <= System.Math.Min(last, text.LineCount); n++)
        {
            var line = text.Line(n) ?? string.Empty;
            if (cited.Contains(n) || IsExcused(uncited, n) || !HasContent(line))
            {
                continue;
            }

            count++;
            ListMissing(missing, n, line);
        }

        if (count > 0)
        {
            d.Add(PlanRules.LinesUncited, path, pos.Line, pos.Column, (count, what, first, last, PlanElements.Listing(missing, count)));
        }
    }

    /// <summary>Lists an uncited line (number and its first 20 characters) among the first five the message names.</summary>
    private static void ListMissing(List<string> missing, int n, string line)
    {
        if (missing.Count < 5)
        {
            var t = SourceText.Trim(line);
            missing.Add(n.ToString(CultureInfo.InvariantCulture) + " \"" + (t.Length > 20 ? t.Substring(0, 20) + "…" : t) + "\"");
        }
    }

    private static bool IsExcused(EquatableArray<UncitedSpec> uncited, int line)
    {
        foreach (var u in uncited)
        {
            if (u.Covers(line))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasContent(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static void Boxes(DocumentModel doc, SourceText text, DiagnosticBag d, Regex boxMention)
    {
        var covered = new HashSet<int>();
        foreach (var (_, t) in doc.Tables)
        {
            if (t.Box is int b)
            {
                covered.Add(b);
            }
        }

        foreach (var (_, p) in doc.ProjectLists)
        {
            if (p.Box is int b)
            {
                covered.Add(b);
            }
        }

        foreach (var r in doc.Document.Boxes)
        {
            covered.Add(r.Box);
        }

        var printed = new SortedDictionary<int, int>();
        for (var line = doc.Document.Source.Line; line <= doc.Document.Source.EndLine; line++)
        {
            var l = text.Line(line);
            if (l is null)
            {
                break;
            }

            foreach (Match m in boxMention.Matches(l))
            {
                if (int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && !printed.ContainsKey(n))
                {
                    printed[n] = line;
                }
            }
        }

        var pos = doc.Document.Pos;
        foreach (var kv in printed)
        {
            if (!covered.Contains(kv.Key))
            {
                d.Add(PlanRules.BoxNotTranscribed, doc.Path, pos.Line, pos.Column, (kv.Key, kv.Value));
            }
        }

        foreach (var n in covered)
        {
            if (!printed.ContainsKey(n))
            {
                d.Add(PlanRules.BoxNotPrinted, doc.Path, pos.Line, pos.Column, n);
            }
        }
    }
}

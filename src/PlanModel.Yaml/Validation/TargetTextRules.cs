using System.Text.RegularExpressions;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// Completeness of the prose that sets the plan's goals (PLAN412): in every stretch a targets file declares under
/// <c>targetText</c>, every printed number lies inside a cited span (a target's quote, or any other value cited
/// there) or is listed under <c>untargeted</c> with a reason. An <c>untargeted</c> entry that explains no such
/// number is PLAN413.
/// </summary>
internal static class TargetTextRules
{
    private const int MaxShown = 5;

    // A sentence wrapped by the extraction spans a few lines; past this many it has lost its 。 and the rest of the
    // paragraph is not the sentence.
    private const int MaxWrap = 3;

    /// <summary>Runs PLAN412 and PLAN413 for one document.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="spans">Where every citation of the document sits, by source line (<see cref="CitationChecker.Spans"/>).</param>
    /// <param name="headings">The heading lines the outline cites: never target text.</param>
    /// <param name="blocks">The lines each table and box file cites: their span is never target text.</param>
    /// <param name="text">The archived source.</param>
    /// <param name="d">Where findings go.</param>
    public static void Check(
        DocumentModel doc,
        Dictionary<int, List<(int Start, int End)>> spans,
        HashSet<int> headings,
        List<HashSet<int>> blocks,
        SourceText text,
        DiagnosticBag d)
    {
        var excuses = new Dictionary<int, List<UntargetedSpec>>();
        foreach (var (_, u) in doc.Untargeted)
        {
            if (!excuses.TryGetValue(u.Line, out var list))
            {
                excuses[u.Line] = list = new List<UntargetedSpec>();
            }

            list.Add(u);
        }

        var excluded = Excluded(headings, blocks);
        var reported = new HashSet<(int Line, int At)>();
        var declared = new HashSet<(int Line, int At)>();
        foreach (var (path, entry) in doc.TargetText)
        {
            var gaps = new List<string>();
            var count = 0;
            foreach (var (n, start, end) in Stretches(doc, entry, excluded, text))
            {
                var line = text.Line(n)!;
                foreach (Match m in CompletenessRules.Number.Matches(line.Substring(start, end - start)))
                {
                    var at = start + m.Index;
                    declared.Add((n, at));
                    if (Inside(spans, n, at, m.Length) || Excused(excuses, n, at, m.Length) || !reported.Add((n, at)))
                    {
                        continue;
                    }

                    count++;
                    if (gaps.Count < MaxShown)
                    {
                        var from = System.Math.Max(0, at - 10);
                        gaps.Add(n.ToString(CultureInfo.InvariantCulture) + " \"" + line.Substring(from, System.Math.Min(line.Length, at + m.Length + 4) - from)
                            + "\" (offset " + at.ToString(CultureInfo.InvariantCulture) + ")");
                    }
                }
            }

            if (count > 0)
            {
                d.Add(PlanRules.TargetTextNumbers, path, entry.Pos.Line, entry.Pos.Column, (Describe(entry), count, PlanElements.Listing(gaps, count)));
            }
        }

        foreach (var (path, u) in doc.Untargeted)
        {
            var line = text.Line(u.Line);
            if (line is null || !QuoteLocator.IsAt(line, u.Printed, u.Offset))
            {
                continue; // PLAN304/306 reports the citation
            }

            PlanMessage<(string, int, int)>? why = PlanRules.UntargetedNoNumber;
            foreach (Match m in CompletenessRules.Number.Matches(u.Printed))
            {
                var at = u.Offset + m.Index;
                if (!declared.Contains((u.Line, at)))
                {
                    why = PlanRules.UntargetedOutside;
                }
                else if (Inside(spans, u.Line, at, m.Length))
                {
                    why = PlanRules.UntargetedQuoted;
                }
                else
                {
                    why = null;
                    break;
                }
            }

            if (why is not null)
            {
                d.Add(why, path, u.Pos.Line, u.Pos.Column, (u.Printed, u.Line, u.Offset));
            }
        }
    }

    /// <summary>The stretches (line, start, end) of one declaration, heading lines and table/box spans left out.</summary>
    private static IEnumerable<(int Line, int Start, int End)> Stretches(DocumentModel doc, TargetTextSpec entry, HashSet<int> excluded, SourceText text)
    {
        int first, last;
        int firstAt = 0, lastEnd = -1;
        if (entry.Section is not null)
        {
            if (!Body(doc, entry.Section, out first, out firstAt, out last, out lastEnd))
            {
                yield break; // PLAN204 reports the reference
            }
        }
        else if (entry.Cite is not null)
        {
            if (entry.IsSentence)
            {
                var line = text.Line(entry.Cite.Line);
                var quote = entry.Cite.Quote!;
                if (line is null)
                {
                    yield break;
                }

                var at = QuoteLocator.Find(line, quote, entry.Cite.Offset);
                if (at < 0)
                {
                    yield break; // PLAN304 reports the quote
                }

                // A sentence runs to its 。; one that the extraction wrapped continues on the next lines that print
                // something (blank lines skipped), up to a heading, a table or box, or MaxWrap lines.
                var n = entry.Cite.Line;
                var start = at + quote.Length;
                for (var wrapped = 0; line is not null && wrapped <= MaxWrap; wrapped++)
                {
                    var stop = line.IndexOf('。', start);
                    yield return (n, start, stop < 0 ? line.Length : stop + 1);
                    if (stop >= 0)
                    {
                        yield break;
                    }

                    do
                    {
                        n++;
                        line = n <= doc.Document.Source.EndLine ? text.Line(n) : null;
                    }
                    while (line is not null && SourceText.Trim(line).Length == 0);
                    if (excluded.Contains(n))
                    {
                        yield break;
                    }

                    start = 0;
                }

                yield break;
            }

            foreach (var l in entry.Cite.AllLines)
            {
                var line = text.Line(l);
                if (line is not null && !excluded.Contains(l))
                {
                    yield return (l, 0, line.Length);
                }
            }

            yield break;
        }
        else
        {
            first = entry.From;
            last = entry.To;
        }

        for (var l = first; l <= last; l++)
        {
            var line = text.Line(l);
            if (line is null || l > doc.Document.Source.EndLine)
            {
                break;
            }

            if (l < doc.Document.Source.Line)
            {
                continue;
            }

            // A body that starts or ends inside a line (a report printed as one line, its headings at offsets) is
            // cut at the headings; only whole lines are left out as heading or block lines.
            var start = l == first ? System.Math.Min(firstAt, line.Length) : 0;
            var end = l == last && lastEnd >= 0 ? System.Math.Min(lastEnd, line.Length) : line.Length;
            if (start == 0 && end == line.Length ? !excluded.Contains(l) : start < end)
            {
                yield return (l, start, end);
            }
        }
    }

    /// <summary>
    /// An outline node's body: from its heading to the next node of the same or a higher level (so a chapter includes
    /// its sections), or to the end of the document. Positions are (line, offset): a heading cited with an offset
    /// starts inside its line, so the bodies of a report printed as one line are cut at their headings.
    /// </summary>
    private static bool Body(DocumentModel doc, string id, out int first, out int firstAt, out int last, out int lastEnd)
    {
        first = 0;
        firstAt = 0;
        last = doc.Document.Source.EndLine;
        lastEnd = -1;
        var rank = -1;
        foreach (var (_, n) in doc.Outline)
        {
            if (n.Id == id && At(n) is (int l, int at))
            {
                (first, firstAt, rank) = (l, at, Rank(n.Level));
                break;
            }
        }

        if (rank < 0)
        {
            return false;
        }

        foreach (var (_, n) in doc.Outline)
        {
            if (At(n) is (int l, int at) && (l > first || (l == first && at > firstAt)) && (l < last || (l == last && (lastEnd < 0 || at < lastEnd))) && Rank(n.Level) <= rank)
            {
                (last, lastEnd) = at > 0 ? (l, at) : (l - 1, -1);
            }
        }

        return true;
    }

    private static (int Line, int At)? At(OutlineNodeSpec n) =>
        (n.Title.Cite ?? n.Cite) is { } c ? (c.AllLines[0], c.Offset ?? 0) : null;


    // part > chapter > section for plans, item > subitem for reports.
    private static int Rank(string level) => level switch
    {
        "part" or "item" => 0,
        "chapter" or "subitem" => 1,
        _ => 2,
    };

    /// <summary>Heading lines and the span (first to last cited line) of every table and box.</summary>
    private static HashSet<int> Excluded(HashSet<int> headings, List<HashSet<int>> blocks)
    {
        var excluded = new HashSet<int>(headings);
        foreach (var b in blocks)
        {
            if (b.Count == 0)
            {
                continue;
            }

            var (lo, hi) = LineSpan.Of(b);
            for (var l = lo; l <= hi; l++)
            {
                excluded.Add(l);
            }
        }

        return excluded;
    }

    private static bool Inside(Dictionary<int, List<(int Start, int End)>> spans, int line, int at, int length)
    {
        if (spans.TryGetValue(line, out var list))
        {
            foreach (var (s, e) in list)
            {
                if (s <= at && at + length <= e)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Excused(Dictionary<int, List<UntargetedSpec>> excuses, int line, int at, int length)
    {
        if (excuses.TryGetValue(line, out var list))
        {
            foreach (var u in list)
            {
                if (u.Offset <= at && at + length <= u.Offset + u.Printed.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Describe(TargetTextSpec e)
    {
        if (e.Section is not null)
        {
            return "section '" + e.Section + "'";
        }

        if (e.Cite is null)
        {
            return "lines " + e.From.ToString(CultureInfo.InvariantCulture) + "–" + e.To.ToString(CultureInfo.InvariantCulture);
        }

        if (e.IsSentence)
        {
            return "the sentence after \"" + e.Cite.Quote + "\" on line " + e.Cite.Line.ToString(CultureInfo.InvariantCulture);
        }

        return e.Cite.AllLines.Count == 1 ? "line " + e.Cite.Line.ToString(CultureInfo.InvariantCulture) : "lines " + string.Join(", ", e.Cite.AllLines);
    }
}

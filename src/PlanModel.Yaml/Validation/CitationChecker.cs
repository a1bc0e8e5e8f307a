namespace PlanModel.Yaml.Validation;

/// <summary>Checks that cited text is printed on the cited line(s) of one document's source.</summary>
internal sealed class CitationChecker
{
    private readonly SourceText _source;
    private readonly int _first;
    private readonly int _last;
    private readonly DiagnosticBag _d;
    private readonly CitationBudget _budget;
    private System.Collections.Generic.HashSet<int>? _recording;

    public CitationChecker(SourceText source, int first, int last, DiagnosticBag diagnostics, CitationBudget budget)
    {
        _source = source;
        _first = Math.Max(1, first);
        _last = last <= 0 ? source.LineCount : Math.Min(last, source.LineCount);
        _d = diagnostics;
        _budget = budget;
    }

    /// <summary>Collects the lines of every citation checked until <see cref="StopRecording"/>.</summary>
    public System.Collections.Generic.HashSet<int> Record() => _recording = new System.Collections.Generic.HashSet<int>();

    /// <summary>Stops collecting cited lines.</summary>
    public void StopRecording() => _recording = null;

    /// <summary>
    /// Where each checked citation's text sits, by source line: the quote, or the text itself when there is no quote
    /// (its first occurrence). PLAN412 counts a number inside one of these spans as cited.
    /// </summary>
    public System.Collections.Generic.Dictionary<int, System.Collections.Generic.List<(int Start, int End)>> Spans { get; } = new();

    private void Span(CiteSpec cite, int start, int length)
    {
        if (start < 0 || length <= 0)
        {
            return;
        }

        foreach (var (line, a, b) in _source.Unjoin(cite.AllLines, start, start + length))
        {
            if (!Spans.TryGetValue(line, out var list))
            {
                Spans[line] = list = new System.Collections.Generic.List<(int, int)>();
            }

            list.Add((a, b));
        }
    }

    /// <summary>Checks that <paramref name="text"/> is on the cited lines (inside the quote when one is given).
    /// An empty text means a blank cell: the cited line must be blank. With <paramref name="covers"/> false the
    /// citation is checked but not counted in <see cref="Spans"/> (the declarations of PLAN412 themselves).
    /// Returns the cited text it read, for the rules that read around the value (PLAN504/505): null when it read none
    /// (no citation, a line out of range, over the citation budget), so those rules are bounded by the same budget.</summary>
    public string? Check(string file, Pos pos, CiteSpec? cite, string text, string what, bool covers = true)
    {
        if (cite is null)
        {
            return null;
        }

        if (_recording is not null)
        {
            foreach (var l in cite.AllLines)
            {
                _recording.Add(l);
            }
        }

        var hay = Haystack(file, pos, cite);
        if (hay is null)
        {
            return null;
        }

        if (cite.Quote is not null)
        {
            var found = QuoteLocator.Find(hay, cite.Quote, cite.AllLines.Count == 1 ? cite.Offset : null);
            if (found < 0)
            {
                NotFound(file, pos, cite, hay, cite.Quote, what, PlanRules.QuoteNotOnLine, PlanRules.QuoteOnOtherLine);
                return hay;
            }

            if (text.Length > 0 && cite.Quote.IndexOf(text, StringComparison.Ordinal) < 0)
            {
                _d.Add(PlanRules.ValueOutsideQuote, file, pos.Line, pos.Column, (what, Short(text), Short(cite.Quote)));
            }

            if (cite.Offset is int offset && cite.AllLines.Count == 1 && !QuoteLocator.IsAt(hay, cite.Quote, offset))
            {
                _d.Add(PlanRules.OffsetWrong, file, pos.Line, pos.Column, (what, found, cite.Line, offset));
            }

            if (covers)
            {
                Span(cite, found, cite.Quote.Length);
            }

            return hay;
        }

        if (text.Length == 0)
        {
            var trimmed = SourceText.Trim(hay);
            if (trimmed.Length > 0)
            {
                _d.Add(PlanRules.BlankCellNotBlank, file, pos.Line, pos.Column, (what, LinesText(cite), Short(trimmed)));
            }

            return hay;
        }

        var index = hay.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            NotFound(file, pos, cite, hay, text, what, PlanRules.TextNotOnLine, PlanRules.TextOnOtherLine);
        }
        else if (covers)
        {
            Span(cite, index, text.Length);
        }

        return hay;
    }

    /// <summary>Checks a line number lies inside the document.</summary>
    public bool InRange(string file, Pos pos, int line, string what)
    {
        if (line < _first || line > _last)
        {
            _d.Add(PlanRules.CitedLineOutside, file, pos.Line, pos.Column, (what, line, _first, _last));
            return false;
        }

        return true;
    }

    private string? Haystack(string file, Pos pos, CiteSpec cite)
    {
        if (_budget.Exhausted(file))
        {
            return null;
        }

        if (cite.AllLines.Count > _budget.Limits.MaxLinesPerCitation)
        {
            _d.Add(PlanRules.CitationTooManyLines, file, pos.Line, pos.Column, (cite.AllLines.Count, _budget.Limits.MaxLinesPerCitation));
            return null;
        }

        long chars = 0;
        foreach (var l in cite.AllLines)
        {
            if (!InRange(file, pos, l, "citation"))
            {
                return null;
            }

            chars += _source.Line(l)!.Length;
        }

        if (cite.AllLines.Count > 1 && chars > _budget.Limits.MaxJoinedCharsPerCitation)
        {
            _d.Add(PlanRules.CitationTooLong, file, pos.Line, pos.Column, (chars, _budget.Limits.MaxJoinedCharsPerCitation));
            return null;
        }

        if (!_budget.Spend(file, chars, out var problem))
        {
            _d.Add(problem!, file, pos.Line, pos.Column);
            return null;
        }

        return _source.Joined(cite.AllLines);
    }

    /// <summary>PLAN304 with what the cited line prints around the closest match, and the lines that do print the
    /// text when it is elsewhere in the source.</summary>
    private void NotFound(string file, Pos pos, CiteSpec cite, string hay, string text, string what,
        PlanMessage<(string, string, string, string)> notOnLine, PlanMessage<(string, string, string, string, string)> onOtherLine)
    {
        var printed = QuoteLocator.Excerpt(hay, text);
        var elsewhere = QuoteLocator.LinesWith(_source, text);
        if (elsewhere.Count == 0)
        {
            _d.Add(notOnLine, file, pos.Line, pos.Column, (what, Short(text), LinesText(cite), printed));
        }
        else
        {
            _d.Add(onOtherLine, file, pos.Line, pos.Column, (what, Short(text), LinesText(cite), printed, PlanElements.Lines(elsewhere)));
        }
    }

    private static string LinesText(CiteSpec cite) => cite.AllLines.Count == 1
        ? cite.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Join("+", cite.AllLines);

    private static string Short(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "…";
}

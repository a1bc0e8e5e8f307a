namespace PlanModel.Yaml.Validation;

/// <summary>
/// PLAN504: a relation word printed with a number (突破9000美元, 力争达到35万户) is part of its reading. The expected
/// reading is the parser's reading of the words as printed together with raw; the value's reading (parser, then
/// <c>interpret</c>) must agree. A word printed once for a list (分别增长7.5%、8.8%左右) applies to every value of
/// the list (docs/format.md, "A qualifier printed once for a list").
/// </summary>
internal static class RelationWordRules
{
    private const string Spaces = " \t\u00A0\u3000\u2002\u2003";

    public static void Prose(string path, ValueSpec value, string what, PrintedContext? at, DiagnosticBag d)
    {
        if (at is not PrintedContext c || value.Raw is null)
        {
            return;
        }

        var own = PlanValueParser.Parse(value.Raw);
        if (own.Value is null)
        {
            return; // no number: nothing for a relation word to qualify
        }

        var wordsStart = WordsStart(c.Text, c.Start);
        var before = Words(c.Text, wordsStart, c.Start);
        string? listBefore = null;
        string? listAfter = null;
        if (before.Length == 0)
        {
            listBefore = ListPrefix(c.Text, c.Start);
        }

        if (own.Qualifier == ValueQualifier.Exact || own.Qualifier == ValueQualifier.Range)
        {
            listAfter = ListSuffix(c.Text, c.End);
        }

        var prefix = before.Length > 0 ? before : listBefore ?? string.Empty;
        if (prefix.Length == 0 && listAfter is null)
        {
            return;
        }

        var expected = PlanValueParser.Parse(prefix + value.Raw + (listAfter ?? string.Empty));
        var reading = SpecInterpreter.Value(value, null, string.Empty, null, ValueRole.Unspecified, null, null);
        if (expected.Qualifier == reading.Qualifier && expected.Aspiration == reading.Aspiration)
        {
            return;
        }

        var parts = new List<string>();
        if (before.Length > 0)
        {
            parts.Add("'" + before + "' before it");
        }

        if (listBefore is not null)
        {
            parts.Add("'" + listBefore + "' before its list (it applies to every value of the list)");
        }

        if (listAfter is not null)
        {
            parts.Add("'" + listAfter + "' once after its list (it applies to every value of the list)");
        }

        var printed = string.Join(" and ", parts);

        // The word printed right before the number goes inside raw, exactly as printed (spaces too); a word
        // printed once for a list cannot, so the list's other values state the reading.
        var expects = Word(expected.Qualifier) + (expected.Aspiration ? " (aspiration, 力争)" : string.Empty);
        var reads = Word(reading.Qualifier) + (reading.Aspiration ? " (aspiration)" : string.Empty);
        var finding = listBefore is null && listAfter is null
            ? PlanRules.RelationWordOutsideRaw.With((what, printed, c.Excerpt(), expects, reads, c.Text.Substring(wordsStart, c.End - wordsStart)))
            : PlanRules.RelationWordOfList.With((what, printed, c.Excerpt(), expects, reads, Word(expected.Qualifier)));
        d.Add(finding, path, value.Pos.Line, value.Pos.Column);
    }

    /// <summary>Where the chain of relation words printed right before <paramref name="end"/> starts (力争达到, 不低于), spaces skipped.</summary>
    private static int WordsStart(string text, int end)
    {
        var start = end;
        var p = SkipSpacesBack(text, end);
        for (var w = RelationWords.EndingAt(text, p); w is not null; w = RelationWords.EndingAt(text, p))
        {
            start = p - w.Text.Length;
            p = SkipSpacesBack(text, start);
        }

        return start;
    }

    /// <summary>The relation words between <paramref name="start"/> and <paramref name="end"/>, spaces left out.</summary>
    private static string Words(string text, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (Spaces.IndexOf(text[i]) < 0)
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static string WordsBefore(string text, int end) => Words(text, WordsStart(text, end), end);

    /// <summary>For a value that follows 、 in a list of numbers (分别突破9000美元、1万元), the words before the list's first item.</summary>
    private static string? ListPrefix(string text, int start)
    {
        var p = SkipSpacesBack(text, start);
        for (var guard = 0; guard < 12 && p > 0 && text[p - 1] == '、'; guard++)
        {
            // Back over the previous item: its unit, then its number.
            var q = p - 1;
            while (q > 0 && !IsDigit(text[q - 1]) && !IsSeparator(text[q - 1]) && q > p - 8)
            {
                q--;
            }

            if (q == 0 || !IsDigit(text[q - 1]))
            {
                return null;
            }

            while (q > 0 && (IsDigit(text[q - 1]) || text[q - 1] == '.' || text[q - 1] == '．'))
            {
                q--;
            }

            var words = WordsBefore(text, q);
            if (words.Length > 0)
            {
                return words;
            }

            p = SkipSpacesBack(text, q);
        }

        return null;
    }

    /// <summary>For a value followed by 、 and more numbers (7.5%、8.8%左右), the word printed after the list's last item.</summary>
    private static string? ListSuffix(string text, int end)
    {
        var p = end;
        for (var guard = 0; guard < 12 && p < text.Length - 1 && text[p] == '、' && IsDigit(text[p + 1]); guard++)
        {
            var q = p + 1;
            while (q < text.Length && (IsDigit(text[q]) || text[q] == '.' || text[q] == '．'))
            {
                q++;
            }

            var itemEnd = q;
            while (itemEnd < text.Length && !IsSeparator(text[itemEnd]) && !IsDigit(text[itemEnd]) && itemEnd - q < 8)
            {
                itemEnd++;
            }

            var item = text.Substring(p + 1, itemEnd - p - 1);
            foreach (var w in RelationWords.AfterWords)
            {
                if (item.EndsWith(w.Text, System.StringComparison.Ordinal))
                {
                    // The word closes the list only on its last item; an item in the middle with its own word is its own.
                    var last = !(itemEnd < text.Length - 1 && text[itemEnd] == '、' && IsDigit(text[itemEnd + 1]));
                    return last ? w.Text : null;
                }
            }

            p = itemEnd;
        }

        return null;
    }

    private static int SkipSpacesBack(string text, int p)
    {
        while (p > 0 && Spaces.IndexOf(text[p - 1]) >= 0)
        {
            p--;
        }

        return p;
    }

    private static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    private static bool IsSeparator(char c) => "、，,。；;：:（）()“”\"' \t\u3000".IndexOf(c) >= 0;

    private static string Word(ValueQualifier q)
    {
        var s = q.ToString();
        var sb = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(s[i]));
        }

        return sb.ToString();
    }
}

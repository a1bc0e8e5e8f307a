namespace PlanModel;

/// <summary>
/// Reads the interpretation of a printed value (qualifier, number, markers) from its raw text.
/// One parser is shared by the generator, the validator, the CLI and consumers, so all read a cell alike.
/// </summary>
public static class PlanValueParser
{
    private static readonly string[] NotApplicableTexts = { "—", "-", "－", "--", "——", "/", "／", "–", "无" };
    private static readonly string[] RelativeMarkers = { "同步", "持平", "高于GDP", "高于地区生产总值", "快于" };

    /// <summary>Reads <paramref name="raw"/> as printed; never throws.</summary>
    /// <param name="raw">The value exactly as printed; <see langword="null"/> means the cell was lost.</param>
    public static ParsedValue Parse(string? raw)
    {
        if (raw is null)
        {
            return new ParsedValue { Qualifier = ValueQualifier.Missing };
        }

        var text = Clean(raw);
        if (text.Length == 0)
        {
            return new ParsedValue { Qualifier = ValueQualifier.Blank };
        }

        if (Array.IndexOf(NotApplicableTexts, text) >= 0)
        {
            return new ParsedValue { Qualifier = ValueQualifier.NotApplicable };
        }

        var markers = new List<string>();
        text = StripMarkers(text, markers);
        if (ContainsAny(text, RelationWords.AssignedPhrases))
        {
            return new ParsedValue { Qualifier = ValueQualifier.AssignedByHigherLevel, Markers = markers };
        }

        var qualifier = ValueQualifier.Exact;
        var qualifierSeen = false;
        var aspiration = false;

        // Words before the number, from the one table (RelationWords): 力争 flags and lets the next word read
        // (力争超过5% = strive for more than 5%); the first word with a qualifier ends the prefix.
        for (var word = RelationWords.StartingAt(text, 0, RelationPosition.Before); word is not null; word = RelationWords.StartingAt(text, 0, RelationPosition.Before))
        {
            text = StripMarkers(text.Substring(word.Text.Length).Trim(), markers);
            if (word.Aspiration)
            {
                aspiration = true;
            }

            if (word.Qualifier is ValueQualifier q)
            {
                qualifier = q;
                qualifierSeen = true;
                break;
            }
        }

        var multiple = MultipleAt(text);
        if (multiple is not null)
        {
            text = text.Substring(multiple.Text.Length).Trim();
        }

        var ratio = TryRatio(text);
        if (ratio is not null)
        {
            return new ParsedValue { Qualifier = ValueQualifier.Ratio, RatioTerms = ratio, Markers = markers };
        }

        decimal number;
        string rest;
        if (multiple is not null)
        {
            number = multiple.Factor;
            rest = text;
        }
        else if (!TryLeadingNumber(text, out number, out rest))
        {
            var relative = ContainsAny(text, RelativeMarkers);
            return new ParsedValue
            {
                Qualifier = relative ? ValueQualifier.Relative : ValueQualifier.Qualitative,
                Markers = markers,
                Aspiration = aspiration,
            };
        }

        decimal? max = null;
        var rangeRest = rest.TrimStart();
        if (multiple is null && rangeRest.Length > 0 && "-－~～—–至到".IndexOf(rangeRest[0]) >= 0)
        {
            var afterDash = rangeRest.Substring(1).TrimStart();
            // "5%-6%": the unit may sit on both bounds.
            var unitFirst = TakeUnit(afterDash.Length > 0 && !char.IsDigit(afterDash[0]) ? afterDash : string.Empty);
            if (TryLeadingNumber(afterDash, out var upper, out var afterUpper))
            {
                max = upper;
                rest = afterUpper;
                qualifier = ValueQualifier.Range;
                qualifierSeen = true;
            }
            else if (unitFirst.Length > 0)
            {
                rest = rangeRest;
            }
        }

        rest = StripMarkers(rest.Trim(), markers);

        // 余 and 多 are printed between the number and its unit (200余公里, 300多个): a word there reads like one
        // printed after the unit.
        if (multiple is null && RelationWords.StartingAt(rest, 0, RelationPosition.After) is { Qualifier: ValueQualifier infix } between
            && (!qualifierSeen || qualifier == ValueQualifier.Exact))
        {
            qualifier = infix;
            qualifierSeen = true;
            rest = rest.Substring(between.Text.Length).TrimStart();
        }

        var unit = new StringBuilder();
        var remaining = rest;
        while (remaining.Length > 0)
        {
            var matched = false;
            foreach (var word in RelationWords.AfterWords)
            {
                if (remaining.EndsWith(word.Text, StringComparison.Ordinal))
                {
                    if ((!qualifierSeen || qualifier == ValueQualifier.Exact) && word.Qualifier is ValueQualifier q)
                    {
                        qualifier = q;
                        qualifierSeen = true;
                    }

                    remaining = remaining.Substring(0, remaining.Length - word.Text.Length).TrimEnd();
                    remaining = StripMarkers(remaining, markers);
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                break;
            }
        }

        unit.Append(remaining.Trim());
        return new ParsedValue
        {
            Qualifier = qualifier,
            Value = number,
            MaxValue = max,
            Markers = markers,
            UnitText = unit.ToString(),
            Aspiration = aspiration,
            Multiple = multiple?.Text,
        };
    }

    /// <summary>Reads a decimal number written with ASCII or fullwidth digits; spaces inside it are ignored.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var ok = TryLeadingNumber(Clean(text), out value, out var rest);
        return ok && rest.Trim().Length == 0;
    }

    private static MultipleWord? MultipleAt(string text)
    {
        foreach (var m in RelationWords.Multiples)
        {
            if (text.StartsWith(m.Text, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    private static string TakeUnit(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsDigit(text[i]))
        {
            i++;
        }

        return text.Substring(0, i);
    }

    private static string Clean(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c >= '０' && c <= '９')
            {
                sb.Append((char)('0' + (c - '０')));
            }
            else if (c == '．')
            {
                sb.Append('.');
            }
            else if (c == '％')
            {
                sb.Append('%');
            }
            else if (c == '\u00A0' || c == '\u3000' || c == '\t' || c == '\u2002' || c == '\u2003')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    private static string StripMarkers(string text, List<string> markers)
    {
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            foreach (var (open, close, name) in new[] { ('【', '】', "【】"), ('〔', '〕', "〔〕"), ('[', ']', "[]"), ('［', '］', "[]") })
            {
                var o = text.IndexOf(open);
                var c = o >= 0 ? text.IndexOf(close, o + 1) : -1;
                if (o >= 0 && c > o)
                {
                    text = (text.Substring(0, o) + text.Substring(o + 1, c - o - 1) + text.Substring(c + 1)).Trim();
                    AddOnce(markers, name);
                    changed = true;
                }
            }

            var last = text[text.Length - 1];
            if (last == '*' || last == '＊' || last == '△' || last == '▲' || last == '※')
            {
                AddOnce(markers, last == '＊' ? "*" : last.ToString());
                text = text.Substring(0, text.Length - 1).TrimEnd();
                changed = true;
            }
            else if (text.Length > 0 && (text[0] == '*' || text[0] == '＊' || text[0] == '△'))
            {
                AddOnce(markers, text[0] == '＊' ? "*" : text[0].ToString());
                text = text.Substring(1).TrimStart();
                changed = true;
            }

            if (text.Length == 0)
            {
                break;
            }
        }

        return text;
    }

    private static void AddOnce(List<string> markers, string marker)
    {
        if (!markers.Contains(marker))
        {
            markers.Add(marker);
        }
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> needles)
    {
        foreach (var n in needles)
        {
            if (text.IndexOf(n, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<decimal>? TryRatio(string text)
    {
        var parts = text.Split('∶', ':', '：', '︰');
        if (parts.Length < 2)
        {
            return null;
        }

        var terms = new List<decimal>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (i == parts.Length - 1 && part.EndsWith("左右", StringComparison.Ordinal))
            {
                part = part.Substring(0, part.Length - 2);
            }

            if (!TryLeadingNumber(part, out var term, out var rest) || rest.Trim().Length != 0)
            {
                return null;
            }

            terms.Add(term);
        }

        return terms;
    }

    private static bool TryLeadingNumber(string text, out decimal value, out string rest)
    {
        value = 0;
        rest = text;
        var i = 0;
        var sb = new StringBuilder();
        if (i < text.Length && (text[i] == '+' || text[i] == '-' || text[i] == '－'))
        {
            if (i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                sb.Append(text[i] == '+' ? '+' : '-');
                i++;
            }
        }

        var digits = 0;
        var dot = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                sb.Append(c);
                digits++;
            }
            else if (c == '.' && !dot && digits > 0)
            {
                dot = true;
                sb.Append(c);
            }
            else if (c == ',' && digits > 0 && i + 3 < text.Length + 0 && IsThousandsGroup(text, i))
            {
                // 1,075: a thousands separator, not a list separator.
            }
            else if (c == ' ' && digits > 0 && i + 1 < text.Length && char.IsDigit(text[i + 1]) && dot)
            {
                // "523. 8": PDF extraction put a space inside the number.
            }
            else
            {
                break;
            }

            i++;
        }

        if (digits == 0)
        {
            return false;
        }

        var s = sb.ToString().TrimEnd('.');
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        rest = text.Substring(i);
        return true;
    }

    private static bool IsThousandsGroup(string text, int comma)
    {
        var n = 0;
        var j = comma + 1;
        while (j < text.Length && char.IsDigit(text[j]))
        {
            n++;
            j++;
        }

        return n == 3;
    }
}

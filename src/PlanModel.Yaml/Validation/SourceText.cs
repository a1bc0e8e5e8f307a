namespace PlanModel.Yaml.Validation;

/// <summary>An archived source: its lines (1-based) and its sha256.</summary>
public sealed class SourceText
{
    private readonly string[] _lines;

    /// <summary>Creates a source from its bytes.</summary>
    public SourceText(byte[] bytes)
        : this(bytes, Sha256Hex.Of(bytes))
    {
    }

    /// <summary>Creates a source from its bytes and their sha256, already computed while the bytes were streamed in.</summary>
    internal SourceText(byte[] bytes, string sha256)
    {
        Sha256 = sha256;
        var text = new UTF8Encoding(false, false).GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        // Split on \n only, dropping a trailing \r, so line numbers match sed/awk and editors.
        var parts = text.Split('\n');
        var lines = new List<string>(parts.Length);
        foreach (var p in parts)
        {
            lines.Add(p.EndsWith("\r", StringComparison.Ordinal) ? p.Substring(0, p.Length - 1) : p);
        }

        _lines = lines.ToArray();
    }

    /// <summary>Lower-case hex sha256 of the bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lines.Length;

    /// <summary>The 1-based line, or <see langword="null"/> when out of range.</summary>
    public string? Line(int number) => number >= 1 && number <= _lines.Length ? _lines[number - 1] : null;

    /// <summary>The trimmed texts of several lines joined with no separator (a cell split over lines).</summary>
    public string? Joined(IReadOnlyList<int> numbers)
    {
        if (numbers.Count == 1)
        {
            return Line(numbers[0]);
        }

        var sb = new StringBuilder();
        foreach (var n in numbers)
        {
            var l = Line(n);
            if (l is null)
            {
                return null;
            }

            sb.Append(Trim(l));
        }

        return sb.ToString();
    }

    private static readonly char[] Blanks = { ' ', '\t', '\u00A0', '\u3000', '\u2002', '\u2003', '\r' };

    /// <summary>Trims ASCII and ideographic whitespace, tabs and U+00A0.</summary>
    public static string Trim(string s) => s.Trim(Blanks);

    /// <summary>
    /// Maps the characters <paramref name="start"/>..<paramref name="end"/> (exclusive) of <see cref="Joined"/> back to
    /// the lines they come from: each piece as (line, start, end) in that line's own characters.
    /// </summary>
    public IEnumerable<(int Line, int Start, int End)> Unjoin(IReadOnlyList<int> numbers, int start, int end)
    {
        if (numbers.Count == 1)
        {
            yield return (numbers[0], start, end);
            yield break;
        }

        var at = 0;
        foreach (var n in numbers)
        {
            var raw = Line(n) ?? string.Empty;
            var lead = raw.Length - raw.TrimStart(Blanks).Length;
            var length = Trim(raw).Length;
            var a = Math.Max(start, at);
            var b = Math.Min(end, at + length);
            if (a < b)
            {
                yield return (n, lead + a - at, lead + b - at);
            }

            at += length;
        }
    }
}

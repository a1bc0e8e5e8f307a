using System;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// Finds a quote in its cited line: the one place that decides where a citation's text is, used by the validator
/// (PLAN304/306), the export (the quote's offset) and the report (what to highlight).
/// </summary>
public static class QuoteLocator
{
    /// <summary>True when <paramref name="quote"/> is printed at <paramref name="offset"/> of <paramref name="line"/>.</summary>
    public static bool IsAt(string line, string quote, int offset) =>
        line is not null && quote is not null && offset >= 0 && offset + quote.Length <= line.Length
        && string.CompareOrdinal(line, offset, quote, 0, quote.Length) == 0;

    /// <summary>Where <paramref name="quote"/> is in <paramref name="line"/>: at the recorded
    /// <paramref name="offset"/> when it is there, else its first occurrence; −1 when absent.</summary>
    public static int Find(string line, string quote, int? offset = null)
    {
        if (line is null || string.IsNullOrEmpty(quote))
        {
            return -1;
        }

        return offset is int o && IsAt(line, quote, o) ? o : line.IndexOf(quote, StringComparison.Ordinal);
    }
}

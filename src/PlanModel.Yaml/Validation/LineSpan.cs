namespace PlanModel.Yaml.Validation;

/// <summary>The span a table or box covers in its source: from the first to the last line it cites.</summary>
internal static class LineSpan
{
    /// <summary>The lowest and highest of <paramref name="lines"/> (<c>(int.MaxValue, 0)</c> when empty).</summary>
    public static (int First, int Last) Of(IEnumerable<int> lines)
    {
        var first = int.MaxValue;
        var last = 0;
        foreach (var l in lines)
        {
            first = Math.Min(first, l);
            last = Math.Max(last, l);
        }

        return (first, last);
    }
}

namespace PlanModel.Cli.Report;

/// <summary>Invariant formatting and safe names for the report's file names, fragments and C#-built strings
/// (tooltips, captions). Escaping is the renderer's: see <see cref="PageRenderer"/>.</summary>
internal static class Format
{
    /// <summary>An integer, invariant.</summary>
    public static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal as printed by the export (invariant, no trailing-zero normalisation).</summary>
    public static string D(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id made safe for a file name or a fragment: <c>a-z</c>, <c>0-9</c> and <c>-</c> are kept, every
    /// other UTF-8 byte becomes <c>_XX</c> (so the mapping is one-to-one and case-insensitive file systems agree).</summary>
    public static string Safe(string id)
    {
        if (id.Length == 0)
        {
            return "_";
        }

        var sb = new StringBuilder(id.Length);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('_').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}

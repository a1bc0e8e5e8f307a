namespace PlanModel.Serialization;

/// <summary>
/// FNV-1a (64-bit) over a data text's UTF-16 code units: the generator compiles each document's fingerprint into its
/// class, and <see cref="PlanDataResource"/> checks the document it finds in the embedded data file against it, so
/// a data file from other YAML (or another writer) is refused instead of read as wrong values. A check of identity,
/// not a defence: whoever can replace an assembly's resource can replace its code.
/// </summary>
internal static class PlanDataFingerprint
{
    /// <summary>The fingerprint of no text.</summary>
    public const ulong Empty = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>Continues <paramref name="hash"/> over <paramref name="count"/> code units of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static ulong Add(ulong hash, string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            hash = (hash ^ text[i]) * Prime;
        }

        return hash;
    }

    /// <summary>Continues <paramref name="hash"/> over the first <paramref name="count"/> code units of <paramref name="buffer"/>.</summary>
    public static ulong Add(ulong hash, char[] buffer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            hash = (hash ^ buffer[i]) * Prime;
        }

        return hash;
    }
}

namespace PlanModel.Yaml.Binding;

/// <summary>"Did you mean": the key a misspelt key most likely stands for.</summary>
internal static class KeySuggestion
{
    /// <summary>The key of <paramref name="keys"/> nearest to <paramref name="key"/> by edit distance (a swap of two
    /// neighbours counts as one edit): one edit for keys of up to four letters, two for longer ones; the first of
    /// equals; null when none is that near.</summary>
    public static string? Nearest(string key, IReadOnlyList<string> keys)
    {
        string? best = null;
        var bestDistance = key.Length <= 4 ? 1 : 2;
        foreach (var k in keys)
        {
            var d = Distance(key, k);
            if (d > 0 && (d < bestDistance || (d == bestDistance && best is null)))
            {
                best = k;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

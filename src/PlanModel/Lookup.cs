namespace PlanModel;

/// <summary>Look-up by id that also resolves the ids an element had before a rename.</summary>
internal static class Lookup
{
    /// <summary>The element whose id is <paramref name="id"/>, else the first whose former ids contain it.</summary>
    public static T? Find<T>(IEnumerable<T> items, string id, Func<T, string> currentId, Func<T, IReadOnlyList<string>> formerIds)
        where T : class
    {
        foreach (var item in items)
        {
            if (string.Equals(currentId(item), id, StringComparison.Ordinal))
            {
                return item;
            }
        }

        foreach (var item in items)
        {
            foreach (var former in formerIds(item))
            {
                if (string.Equals(former, id, StringComparison.Ordinal))
                {
                    return item;
                }
            }
        }

        return null;
    }
}

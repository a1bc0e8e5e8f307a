namespace PlanModel.Yaml.Validation;

/// <summary>
/// The lookups of the corpus context a document's check made (document ids, catalogue indicators, units) with the
/// answers it got. A cached result stays valid while every recorded lookup answers the same in the new context,
/// so an edit of the catalogue or a new document re-checks only the documents that asked about what changed.
/// </summary>
internal sealed class ContextReads
{
    private readonly List<(IContextTable Table, string Key, object? Answer)> _reads = new();

    public void Add(IContextTable table, string key, object? answer) => _reads.Add((table, key, answer));

    /// <summary>True when <paramref name="context"/> answers every recorded lookup as before.</summary>
    public bool StillHold(CorpusContext context)
    {
        foreach (var (table, key, answer) in _reads)
        {
            if (!Equals(context.Table(table.Name).Answer(key), answer))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A table of the corpus context, by name, that can be asked without recording.</summary>
internal interface IContextTable
{
    string Name { get; }

    object? Answer(string key);
}

/// <summary>A lookup of the corpus context (ids to entries) that records what it is asked while
/// <see cref="Reads"/> is set.</summary>
internal sealed class ContextTable<T> : IContextTable
    where T : class
{
    private readonly Dictionary<string, T> _items = new(System.StringComparer.Ordinal);

    public ContextTable(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public ContextReads? Reads { get; set; }

    public T this[string key]
    {
        set => _items[key] = value;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool Contains(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out T value)
    {
        var found = _items.TryGetValue(key, out value);
        Reads?.Add(this, key, found ? value : null);
        return found;
    }

    public object? Answer(string key) => _items.TryGetValue(key, out var v) ? v : null;
}

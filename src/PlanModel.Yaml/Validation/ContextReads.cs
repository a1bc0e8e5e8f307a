namespace PlanModel.Yaml.Validation;

/// <summary>
/// The lookups of the corpus context a document's check made (document ids, catalogue indicators, units) with the
/// answers it got. A cached result stays valid while every recorded lookup answers the same in the new context,
/// so an edit of the catalogue or a new document re-checks only the documents that asked about what changed.
/// </summary>
internal sealed class ContextReads
{
    // The answer as it was, or a Persisted fingerprint of it (read back from a ValidationCacheFile).
    private readonly List<(string Table, string Key, object? Answer)> _reads = new();

    public void Add(IContextTable table, string key, object? answer) => _reads.Add((table.Name, key, answer));

    /// <summary>Adds a lookup read back from a cache file, its answer as a <see cref="Fingerprint"/>.</summary>
    public void AddPersisted(string table, string key, string fingerprint) => _reads.Add((table, key, new Persisted(fingerprint)));

    /// <summary>True when <paramref name="context"/> answers every recorded lookup as before.</summary>
    public bool StillHold(CorpusContext context)
    {
        foreach (var (table, key, answer) in _reads)
        {
            // A table this version does not have (a cache file of another version) holds nothing.
            if (context.Table(table) is not { } t)
            {
                return false;
            }

            var now = t.Answer(key);
            if (answer is Persisted p ? p.Fingerprint != Fingerprint.Of(now) : !Equals(now, answer))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each distinct lookup once, its answer as a <see cref="Fingerprint"/>, in the order first made.</summary>
    public IEnumerable<(string Table, string Key, string Fingerprint)> Persist()
    {
        var seen = new HashSet<(string, string)>();
        foreach (var (table, key, answer) in _reads)
        {
            if (seen.Add((table, key)))
            {
                yield return (table, key, answer is Persisted p ? p.Fingerprint : Fingerprint.Of(answer));
            }
        }
    }

    private sealed record Persisted(string Fingerprint);
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

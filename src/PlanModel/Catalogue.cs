namespace PlanModel;

/// <summary>Whether more of an indicator is better.</summary>
public enum IndicatorDirection
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,
    /// <summary>Higher is better.</summary>
    Increase,
    /// <summary>Lower is better.</summary>
    Decrease,
    /// <summary>Keep stable.</summary>
    Maintain,
}

/// <summary>An entry of the shared indicator catalogue: one concept, however documents name it.</summary>
public sealed class CatalogueIndicator
{
    /// <summary>The stable id (grp-growth).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The canonical name.</summary>
    public BilingualText Name { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>Ids the indicator had before a rename (<c>formerIds</c>); <see cref="IndicatorCatalogue.Find"/> resolves them.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = Array.Empty<string>();

    /// <summary>Other names documents print for it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

    /// <summary>The usual unit id.</summary>
    public string? UnitId { get; init; }

    /// <summary>level, growth-rate, share, ratio, count, index.</summary>
    public string? Measure { get; init; }

    /// <summary>Whether more is better.</summary>
    public IndicatorDirection Direction { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>A unit of the unit catalogue.</summary>
public sealed class UnitDefinition
{
    /// <summary>The unit id (100m-yuan).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The printed symbol (亿元).</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public BilingualText Name { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The base unit id this one scales (yuan), if any.</summary>
    public string? BaseId { get; init; }

    /// <summary>Power of ten relative to the base unit (万 = 4, 亿 = 8).</summary>
    public int Multiplier { get; init; }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}

/// <summary>The shared catalogue: indicators and units, looked up by id or alias.</summary>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<string, CatalogueIndicator> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogueIndicator> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitDefinition> _units = new(StringComparer.Ordinal);

    /// <summary>Creates a catalogue.</summary>
    public IndicatorCatalogue(IEnumerable<CatalogueIndicator> indicators, IEnumerable<UnitDefinition> units)
    {
        var list = new List<CatalogueIndicator>();
        foreach (var i in indicators)
        {
            list.Add(i);
            _byId[i.Id] = i;
        }

        // A former id resolves unless it is some indicator's current id (the validator keeps the two apart).
        foreach (var i in list)
        {
            foreach (var former in i.FormerIds)
            {
                if (!_byId.ContainsKey(former))
                {
                    _byId[former] = i;
                }
            }
        }

        foreach (var i in list)
        {
            _byName[i.Name.Zh] = i;
            foreach (var a in i.Aliases)
            {
                _byName[a] = i;
            }
        }

        var unitList = new List<UnitDefinition>();
        foreach (var u in units)
        {
            unitList.Add(u);
            _units[u.Id] = u;
        }

        Indicators = list;
        Units = unitList;
    }

    /// <summary>All indicators.</summary>
    public IReadOnlyList<CatalogueIndicator> Indicators { get; }

    /// <summary>All units.</summary>
    public IReadOnlyList<UnitDefinition> Units { get; }

    /// <summary>The indicator with the id (or with it among its former ids), or <see langword="null"/>.</summary>
    public CatalogueIndicator? Find(string id) => _byId.TryGetValue(id, out var i) ? i : null;

    /// <summary>The indicator whose name or alias is exactly <paramref name="zh"/>, or <see langword="null"/>.</summary>
    public CatalogueIndicator? FindByName(string zh) => _byName.TryGetValue(zh, out var i) ? i : null;

    /// <summary>The unit with the id, or <see langword="null"/>.</summary>
    public UnitDefinition? FindUnit(string id) => _units.TryGetValue(id, out var u) ? u : null;
}

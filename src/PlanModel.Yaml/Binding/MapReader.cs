using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Binding;

/// <summary>Reads typed values from a YAML mapping, reporting located diagnostics and unknown keys.</summary>
internal sealed class MapReader
{
    private readonly YamlMapping _map;

    // Which entries were read, by position (a mapping has a handful of keys: no set needed per mapping).
    private readonly bool[] _used;

    // The keys the binder asked for: the keys this mapping takes, where "did you mean" looks.
    private readonly List<string> _asked = new();

    // Entries read under the key they misspell (the second binding, DiagnosticBag.Misspelt), by position.
    private string?[]? _meant;

    public MapReader(YamlMapping map, string file, DiagnosticBag diagnostics)
    {
        _map = map;
        _used = map.Entries.Count == 0 ? System.Array.Empty<bool>() : new bool[map.Entries.Count];
        File = file;
        Diagnostics = diagnostics;
        Element = "the mapping";
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    public Pos Pos => new(_map.Line, _map.Column);

    /// <summary>What messages call this mapping: "a row" until the binder knows better ("row '森林覆盖率（%）'").</summary>
    public string Element { get; set; }

    /// <summary>Names the mapping after its id or printed text, once read (an empty one keeps the general name).</summary>
    public void NameAs(string name, System.Func<string, string> element)
    {
        if (name.Length > 0)
        {
            Element = element(name);
        }
    }

    public static MapReader? From(YamlNode? node, string file, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMapping m)
        {
            return new MapReader(m, file, diagnostics) { Element = what };
        }

        if (node is not null && !(node is YamlScalar s && s.IsNull))
        {
            diagnostics.Add(PlanRules.NotMapping, file, node.Line, node.Column, (what, node.TypeName));
        }

        return null;
    }

    /// <summary>The node at <paramref name="key"/>; absent or null is <see langword="null"/>, reported when required.</summary>
    private YamlNode? Present(string key, bool required = false)
    {
        var node = Node(key);
        if (node is YamlScalar s && s.IsNull)
        {
            node = null;
        }

        if (node is null && required)
        {
            Missing(key);
        }

        return node;
    }

    public bool Has(string key) => IndexOf(key) is int i && !(_map.Entries[i].Value is YamlScalar s && s.IsNull);

    public YamlNode? Node(string key)
    {
        if (IndexOf(key) is int i)
        {
            _used[i] = true;
            return _map.Entries[i].Value;
        }

        return null;
    }

    public Pos PosOf(string key) => IndexOf(key) is int i ? new Pos(_map.Entries[i].Value.Line, _map.Entries[i].Value.Column) : Pos;

    /// <summary>The position of the key itself (where a finding about the whole entry points), else the map's.</summary>
    public Pos KeyPosOf(string key) => IndexOf(key) is int i ? new Pos(_map.Entries[i].Key.Line, _map.Entries[i].Key.Column) : Pos;

    public void Missing(string key) =>
        Diagnostics.Add(PlanRules.MissingKey, File, _map.Line, _map.Column, (key, Element));

    public string? String(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar s)
        {
            return s.Value;
        }

        Diagnostics.Add(PlanRules.NotText, File, node.Line, node.Column, (Element, key, node.TypeName));
        return null;
    }

    public string RequiredString(string key) => String(key, required: true) ?? string.Empty;

    public int? Int(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar s && !s.Quoted && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Diagnostics.Add(PlanRules.NotInteger, File, node.Line, node.Column, (Element, key));
        return null;
    }

    public decimal? Decimal(string key)
    {
        var node = Present(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar s && decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Diagnostics.Add(PlanRules.NotNumber, File, node.Line, node.Column, (Element, key));
        return null;
    }

    public bool Bool(string key)
    {
        var node = Present(key);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalar s && !s.Quoted && (s.Value == "true" || s.Value == "false"))
        {
            return s.Value == "true";
        }

        Diagnostics.Add(PlanRules.NotBoolean, File, node.Line, node.Column, (Element, key));
        return false;
    }

    public MapReader? Map(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        var child = From(node, File, Diagnostics, "'" + key + "'");
        if (child is not null)
        {
            child.Element = PlanElements.KeyOf(key, Element);
        }

        return child;
    }

    public IReadOnlyList<YamlNode> Seq(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return System.Array.Empty<YamlNode>();
        }

        if (node is YamlSequence seq)
        {
            return seq.Items;
        }

        Diagnostics.Add(PlanRules.NotList, File, node.Line, node.Column, (Element, key, node.TypeName));
        return System.Array.Empty<YamlNode>();
    }

    /// <summary>
    /// Reads each mapping in the list at <paramref name="key"/> with <paramref name="read"/>: an item that is not a
    /// mapping is reported (as <paramref name="what"/>) and skipped, as is one <paramref name="read"/> rejects (null).
    /// </summary>
    public EquatableArray<T> Each<T>(string key, string what, System.Func<MapReader, T?> read, bool required = false)
        where T : class
    {
        var list = new List<T>();
        foreach (var node in Seq(key, required))
        {
            if (From(node, File, Diagnostics, what) is { } item && read(item) is { } value)
            {
                list.Add(value);
            }
        }

        return list.ToEquatable();
    }

    public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries(string key)
    {
        var node = Node(key);
        if (node is YamlMapping m)
        {
            return m.Entries;
        }

        if (node is not null && !(node is YamlScalar s && s.IsNull))
        {
            Diagnostics.Add(PlanRules.NotMapping, File, node.Line, node.Column, ("'" + key + "'", node.TypeName));
        }

        return System.Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();
    }

    public string? Enum(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !Contains(allowed, value))
        {
            var p = PosOf(key);
            Diagnostics.Add(PlanRules.NotInVocabulary, File, p.Line, p.Column, (Element, value, key, string.Join(", ", allowed)));
        }

        return value;
    }

    /// <summary>
    /// Reports keys that were never read (typos, unknown fields), with the nearest key the mapping takes when one is
    /// a near miss. A near miss of a key the mapping lacks is recorded so the file is bound again reading it as meant.
    /// </summary>
    public void Done()
    {
        var entries = _map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var meant = _meant?[i];
            if (meant is null && _used[i])
            {
                continue;
            }

            meant ??= KeySuggestion.Nearest(e.Key.Value, _asked);
            if (meant is null)
            {
                Diagnostics.Add(PlanRules.KeyUnknown, File, e.Key.Line, e.Key.Column, (e.Key.Value, Element));
                continue;
            }

            Diagnostics.Add(PlanRules.KeyMisspelt, File, e.Key.Line, e.Key.Column, (e.Key.Value, Element, meant));
            if (!Diagnostics.CorrectMisspelt && Exact(meant) is null)
            {
                Diagnostics.Misspelt[(e.Key.Line, e.Key.Column)] = meant;
            }
        }
    }

    /// <summary>The entry for <paramref name="key"/>: written as is, or (on the second binding) misspelt.</summary>
    private int? IndexOf(string key)
    {
        if (!_asked.Contains(key))
        {
            _asked.Add(key);
        }

        if (Exact(key) is int i)
        {
            return i;
        }

        if (!Diagnostics.CorrectMisspelt)
        {
            return null;
        }

        var entries = _map.Entries;
        for (var j = 0; j < entries.Count; j++)
        {
            if (Diagnostics.Misspelt.TryGetValue((entries[j].Key.Line, entries[j].Key.Column), out var meant) && meant == key)
            {
                _meant ??= new string?[entries.Count];
                _meant[j] = key;
                return j;
            }
        }

        return null;
    }

    private int? Exact(string key)
    {
        var entries = _map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value == key)
            {
                return i;
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyCollection<string> set, string value)
    {
        foreach (var s in set)
        {
            if (s == value)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using System.Globalization;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Binding;

/// <summary>Reads typed values from a YAML mapping, reporting located diagnostics and unknown keys.</summary>
internal sealed class MapReader
{
    private readonly YamlMapping _map;

    // Which entries were read, by position (a mapping has a handful of keys: no set needed per mapping).
    private readonly bool[] _used;

    public MapReader(YamlMapping map, string file, DiagnosticBag diagnostics)
    {
        _map = map;
        _used = map.Entries.Count == 0 ? System.Array.Empty<bool>() : new bool[map.Entries.Count];
        File = file;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    public Pos Pos => new(_map.Line, _map.Column);

    public static MapReader? From(YamlNode? node, string file, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMapping m)
        {
            return new MapReader(m, file, diagnostics);
        }

        if (node is not null && !(node is YamlScalar s && s.IsNull))
        {
            diagnostics.Add(PlanRules.WrongType, file, node.Line, node.Column, "{0} must be a mapping, not a {1}", what, node.TypeName);
        }

        return null;
    }

    public bool Has(string key)
    {
        foreach (var e in _map.Entries)
        {
            if (e.Key.Value == key)
            {
                return !(e.Value is YamlScalar s && s.IsNull);
            }
        }

        return false;
    }

    public YamlNode? Node(string key)
    {
        var entries = _map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value == key)
            {
                _used[i] = true;
                return entries[i].Value;
            }
        }

        return null;
    }

    public Pos PosOf(string key)
    {
        foreach (var e in _map.Entries)
        {
            if (e.Key.Value == key)
            {
                return new Pos(e.Value.Line, e.Value.Column);
            }
        }

        return Pos;
    }

    /// <summary>The position of the key itself (where a finding about the whole entry points), else the map's.</summary>
    public Pos KeyPosOf(string key)
    {
        foreach (var e in _map.Entries)
        {
            if (e.Key.Value == key)
            {
                return new Pos(e.Key.Line, e.Key.Column);
            }
        }

        return Pos;
    }

    public void Missing(string key) =>
        Diagnostics.Add(PlanRules.Required, File, _map.Line, _map.Column, "missing required key '{0}'", key);

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar n && n.IsNull))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlScalar s)
        {
            return s.Value;
        }

        Diagnostics.Add(PlanRules.WrongType, File, node.Line, node.Column, "'{0}' must be text, not a {1}", key, node.TypeName);
        return null;
    }

    public string RequiredString(string key) => String(key, required: true) ?? string.Empty;

    public int? Int(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar n && n.IsNull))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlScalar s && !s.Quoted && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Diagnostics.Add(PlanRules.WrongType, File, node.Line, node.Column, "'{0}' must be an integer", key);
        return null;
    }

    public decimal? Decimal(string key)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar n && n.IsNull))
        {
            return null;
        }

        if (node is YamlScalar s && decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Diagnostics.Add(PlanRules.WrongType, File, node.Line, node.Column, "'{0}' must be a number", key);
        return null;
    }

    public bool Bool(string key)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar n && n.IsNull))
        {
            return false;
        }

        if (node is YamlScalar s && !s.Quoted && (s.Value == "true" || s.Value == "false"))
        {
            return s.Value == "true";
        }

        Diagnostics.Add(PlanRules.WrongType, File, node.Line, node.Column, "'{0}' must be true or false", key);
        return false;
    }

    public MapReader? Map(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar s && s.IsNull))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        return From(node, File, Diagnostics, "'" + key + "'");
    }

    public IReadOnlyList<YamlNode> Seq(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar s && s.IsNull))
        {
            if (required)
            {
                Missing(key);
            }

            return System.Array.Empty<YamlNode>();
        }

        if (node is YamlSequence seq)
        {
            return seq.Items;
        }

        Diagnostics.Add(PlanRules.WrongType, File, node.Line, node.Column, "'{0}' must be a list, not a {1}", key, node.TypeName);
        return System.Array.Empty<YamlNode>();
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
            Diagnostics.Add(PlanRules.WrongType, File, node.Line, node.Column, "'{0}' must be a mapping, not a {1}", key, node.TypeName);
        }

        return System.Array.Empty<KeyValuePair<YamlScalar, YamlNode>>();
    }

    public string? Enum(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !Contains(allowed, value))
        {
            var p = PosOf(key);
            Diagnostics.Add(PlanRules.BadEnum, File, p.Line, p.Column, "'{0}' is not a valid {1}; expected one of: {2}", value, key, string.Join(", ", allowed));
        }

        return value;
    }

    /// <summary>Reports keys that were never read (typos, unknown fields).</summary>
    public void Done()
    {
        var entries = _map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!_used[i])
            {
                Diagnostics.Add(PlanRules.UnknownKey, File, e.Key.Line, e.Key.Column, "unknown key '{0}'", e.Key.Value);
            }
        }
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

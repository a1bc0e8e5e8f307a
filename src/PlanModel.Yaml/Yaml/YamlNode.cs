namespace PlanModel.Yaml.Yaml;

/// <summary>A node of a parsed YAML file with its 1-based position.</summary>
/// <param name="line">1-based line of the node's start.</param>
/// <param name="column">1-based column of the node's start.</param>
public abstract class YamlNode(int line, int column)
{
    /// <summary>1-based line of the node's start.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the node's start.</summary>
    public int Column { get; } = column;

    /// <summary>A short description of the node's type for messages.</summary>
    public abstract string TypeName { get; }
}

/// <summary>A scalar.</summary>
public sealed class YamlScalar : YamlNode
{
    /// <summary>Creates a scalar.</summary>
    public YamlScalar(string value, bool quoted, int line, int column) : base(line, column)
    {
        Value = value;
        Quoted = quoted;
    }

    /// <summary>The scalar's text.</summary>
    public string Value { get; }

    /// <summary>True when the scalar was quoted (so <c>"null"</c> is text, not null).</summary>
    public bool Quoted { get; }

    /// <summary>True for a plain <c>null</c>, <c>~</c> or empty scalar.</summary>
    public bool IsNull => !Quoted && (Value.Length == 0 || Value == "null" || Value == "~" || Value == "Null" || Value == "NULL");

    /// <inheritdoc />
    public override string TypeName => IsNull ? "null" : "scalar";
}

/// <summary>A mapping; keys are scalars, in file order.</summary>
public sealed class YamlMapping : YamlNode
{
    /// <summary>Creates a mapping.</summary>
    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, int line, int column) : base(line, column)
    {
        Entries = entries;
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    /// <inheritdoc />
    public override string TypeName => "mapping";
}

/// <summary>A sequence.</summary>
public sealed class YamlSequence : YamlNode
{
    /// <summary>Creates a sequence.</summary>
    public YamlSequence(IReadOnlyList<YamlNode> items, int line, int column) : base(line, column)
    {
        Items = items;
    }

    /// <summary>The items.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <inheritdoc />
    public override string TypeName => "sequence";
}

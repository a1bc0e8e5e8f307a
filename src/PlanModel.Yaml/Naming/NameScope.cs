namespace PlanModel.Yaml.Naming;

/// <summary>
/// One C# scope (a namespace or a generated class): hands out names, reports a reserved name (PLAN107) or a
/// collision (PLAN207) at the YAML that asked for it, and returns a safe name instead so the generated code still
/// compiles and the build shows the PLAN error rather than raw CS errors.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _reserved;
    private readonly string _scope;
    private readonly Dictionary<string, string> _taken = new(System.StringComparer.Ordinal);
    private readonly DiagnosticBag? _d;

    public NameScope(IReadOnlyCollection<string> reserved, string scope, DiagnosticBag? d)
    {
        _reserved = new HashSet<string>(reserved, System.StringComparer.Ordinal);
        _scope = scope;
        _d = d;
    }

    /// <summary>Marks a name as used without checks (the class's own name).</summary>
    public void Take(string name, string owner) => _taken[name] = owner;

    /// <summary>
    /// Claims <paramref name="name"/> for <paramref name="owner"/> (e.g. "table 'main-indicators'"); reports at
    /// <paramref name="file"/>/<paramref name="pos"/> when it is reserved or taken, and then returns a free variant.
    /// </summary>
    public string Claim(string name, string owner, string file, Pos pos)
    {
        if (_reserved.Contains(name))
        {
            _d?.Add(PlanRules.NameReserved, file, pos.Line, pos.Column, (name, owner, ReservedNames.Owner(name, _scope)));
            return Free(name, owner);
        }

        if (_taken.TryGetValue(name, out var other))
        {
            _d?.Add(PlanRules.NameTaken, file, pos.Line, pos.Column, (name, owner, other, _scope));
            return Free(name, owner);
        }

        _taken[name] = owner;
        return name;
    }

    /// <summary>True when the name is free (neither reserved nor taken).</summary>
    public bool IsFree(string name) => !_reserved.Contains(name) && !_taken.ContainsKey(name);

    private string Free(string name, string owner)
    {
        for (var i = 2; ; i++)
        {
            var candidate = name + "_" + i.ToString(CultureInfo.InvariantCulture);
            if (IsFree(candidate))
            {
                _taken[candidate] = owner;
                return candidate;
            }
        }
    }
}

namespace PlanModel.Yaml.Naming;

/// <summary>A generated member: its name and the names it was published under before (kept as obsolete forwarders).</summary>
public sealed record MemberName(string Name, EquatableArray<string> Former);

/// <summary>A table's or list's property, its nested class, its former names, and one entry per row or item (null: no member).</summary>
public sealed record PartNames(string Property, string Class, EquatableArray<string> Former, EquatableArray<MemberName?> Members);

/// <summary>
/// Every name the generator gives one document, computed by <see cref="NameBinder"/> from stable identifiers only
/// (ids, catalogue ids, symbols). Always usable C#: a name the rules refuse is reported and replaced here by a safe one.
/// </summary>
public sealed record DocumentNames(
    string DocumentId,
    string Class,
    EquatableArray<string> Former,
    EquatableArray<PartNames> Tables,
    EquatableArray<PartNames> Lists,
    EquatableArray<MemberName> Targets)
{
    /// <summary>
    /// The public names consumers compile against, as <c>Class</c>, <c>Class.Member</c> and <c>Class.Member.Member</c>,
    /// obsolete forwarders included (what <c>published-names.yaml</c> records).
    /// </summary>
    public IEnumerable<string> Published()
    {
        yield return Class;
        foreach (var f in Former)
        {
            yield return f;
        }

        foreach (var part in Parts())
        {
            yield return Class + "." + part.Property;
            foreach (var f in part.Former)
            {
                yield return Class + "." + f;
            }

            foreach (var m in part.Members)
            {
                if (m is null)
                {
                    continue;
                }

                yield return Class + "." + part.Property + "." + m.Name;
                foreach (var f in m.Former)
                {
                    yield return Class + "." + part.Property + "." + f;
                }
            }
        }

        foreach (var t in Targets)
        {
            yield return Class + "." + t.Name;
            foreach (var f in t.Former)
            {
                yield return Class + "." + f;
            }
        }
    }

    private IEnumerable<PartNames> Parts()
    {
        foreach (var t in Tables)
        {
            yield return t;
        }

        foreach (var l in Lists)
        {
            yield return l;
        }
    }
}

using System.Reflection;

namespace PlanModel.Yaml.Naming;

/// <summary>
/// Names the generated code uses itself, so no <c>symbol:</c> (or id) may take them: the runtime's type names and
/// the entry points in the generated namespace, and the members each generated class inherits from its base type.
/// Read from the runtime types themselves, so a member added to <see cref="PlanDocument"/> is reserved at once.
/// </summary>
public static class ReservedNames
{
    /// <summary>The private member holding a document's data (lower-case first: no PascalCase name can take it).</summary>
    public const string DataMember = "s_planData";

    /// <summary>The default entry point class (<c>PlanModelEntryPoint</c> changes it).</summary>
    public const string DefaultEntryPoint = "Plans";

    /// <summary>The namespace of the generated types: PlanModelNamespace, else RootNamespace, else PlanModel.Data
    /// (also when the one given is not a namespace). The generator and the build's side-file docs both name it so.</summary>
    public static string Namespace(string? planModelNamespace, string? rootNamespace)
    {
        var ns = !string.IsNullOrWhiteSpace(planModelNamespace) ? planModelNamespace!.Trim()
            : !string.IsNullOrWhiteSpace(rootNamespace) ? rootNamespace!.Trim() : "PlanModel.Data";
        foreach (var part in ns.Split('.'))
        {
            if (!PlanModel.Yaml.Binding.Patterns.IsSymbol(part))
            {
                return "PlanModel.Data";
            }
        }

        return ns;
    }

    /// <summary>The entry point class's name: PlanModelEntryPoint when it is a symbol, else <see cref="DefaultEntryPoint"/>.</summary>
    public static string EntryPoint(string? configured) =>
        !string.IsNullOrWhiteSpace(configured) && PlanModel.Yaml.Binding.Patterns.IsSymbol(configured!.Trim()) ? configured.Trim() : DefaultEntryPoint;

    /// <summary>The static members of the entry point class besides the document properties.</summary>
    public static readonly string[] EntryPointMembers = { "Corpus", "DataVersion", "All", "BindingIndicators", "ChildrenOf" };

    /// <summary>The other classes the generator emits into the namespace.</summary>
    public static readonly string[] GeneratedClasses = { "PlanCatalogue", "IndicatorIds" };

    private static readonly HashSet<string> Runtime = RuntimeTypeNames();

    /// <summary>Members of a generated document class (base <see cref="PlanDocument"/>).</summary>
    public static IReadOnlyCollection<string> DocumentMembers { get; } = MembersOf(typeof(PlanDocument), DataMember);

    /// <summary>Members of a generated table class (base <see cref="IndicatorTable"/>).</summary>
    public static IReadOnlyCollection<string> TableMembers { get; } = MembersOf(typeof(IndicatorTable));

    /// <summary>Members of a generated list class (base <see cref="ProjectList"/>).</summary>
    public static IReadOnlyCollection<string> ListMembers { get; } = MembersOf(typeof(ProjectList));

    /// <summary>Members of the generated <c>IndicatorIds</c> class (a static class: object's static members).</summary>
    public static IReadOnlyCollection<string> IndicatorIdsMembers { get; } = new HashSet<string>(StringComparer.Ordinal) { "IndicatorIds", "Equals", "ReferenceEquals" };

    /// <summary>
    /// Names a document class may not take: the runtime's public types (consumers import both namespaces), the
    /// generated classes, the entry point and its members (a document is also a property of the entry point).
    /// </summary>
    public static IReadOnlyCollection<string> TopLevel(string entryPoint)
    {
        var set = new HashSet<string>(Runtime, StringComparer.Ordinal) { entryPoint, "PlanModel", "System" };
        set.UnionWith(GeneratedClasses);
        set.UnionWith(EntryPointMembers);
        set.UnionWith(MembersOf(typeof(object)));
        set.Add("ReferenceEquals");
        return set;
    }

    /// <summary>What a reserved name belongs to, for messages.</summary>
    public static string Owner(string name, string scope) => Runtime.Contains(name)
        ? $"the runtime type PlanModel.{name}"
        : scope;

    private static HashSet<string> RuntimeTypeNames()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in typeof(PlanDocument).Assembly.GetExportedTypes())
        {
            if (t.Namespace == "PlanModel" && !t.IsNested)
            {
                set.Add(t.Name);
            }
        }

        return set;
    }

    private static HashSet<string> MembersOf(Type type, params string[] more)
    {
        var set = new HashSet<string>(more, StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var m in t.GetMembers(all | BindingFlags.DeclaredOnly))
            {
                if (m.Name.StartsWith(".", StringComparison.Ordinal) || !Visible(m))
                {
                    continue;
                }

                set.Add(m.Name);
            }
        }

        return set;
    }

    /// <summary>Public or protected: what a derived generated class sees.</summary>
    private static bool Visible(MemberInfo m) => m switch
    {
        MethodBase b => b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)),
        EventInfo e => e.AddMethod is { } a && Visible(a),
        Type n => n.IsNestedPublic || n.IsNestedFamily || n.IsNestedFamORAssem,
        _ => false,
    };
}

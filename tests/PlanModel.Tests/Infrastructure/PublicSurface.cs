using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PlanModel.Tests.Infrastructure;

/// <summary>The public surface of a namespace in a compilation: one line per public type and member, sorted.</summary>
public static class PublicSurface
{
    public static IReadOnlyList<string> Of(Compilation compilation, string ns)
    {
        var lines = new List<string>();
        var target = ns.Split('.').Aggregate(compilation.Assembly.GlobalNamespace, (n, part) => n.GetNamespaceMembers().Single(m => m.Name == part));
        foreach (var type in target.GetTypeMembers())
        {
            Add(type, lines);
        }

        lines.Sort(System.StringComparer.Ordinal);
        return lines;
    }

    private static void Add(INamedTypeSymbol type, List<string> lines)
    {
        if (type.DeclaredAccessibility != Accessibility.Public)
        {
            return;
        }

        lines.Add($"{type.TypeKind} {type.ToDisplayString()} : {type.BaseType?.ToDisplayString()}");
        foreach (var m in type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared))
        {
            if (m is INamedTypeSymbol nested)
            {
                Add(nested, lines);
                continue;
            }

            var returns = m switch
            {
                IPropertySymbol p => p.Type.ToDisplayString(),
                IFieldSymbol f => f.Type.ToDisplayString() + (f.HasConstantValue ? " = " + f.ConstantValue : string.Empty),
                IMethodSymbol method => method.ReturnType.ToDisplayString(),
                _ => string.Empty,
            };
            var obsolete = m.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute") ? " [Obsolete]" : string.Empty;
            lines.Add($"  {m.Kind} {m.ToDisplayString()} : {returns}{obsolete}");
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PlanModel.Tests.Infrastructure;

/// <summary>What a compiled assembly says about itself, read from its metadata without loading it.</summary>
public sealed record AssemblyFacts(string Name, System.Version Version, string? TargetFramework, IReadOnlyList<AssemblyName> References, IReadOnlyList<string> Types)
{
    public static AssemblyFacts Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        var def = md.GetAssemblyDefinition();
        string? framework = null;
        foreach (var handle in def.GetCustomAttributes())
        {
            var attribute = md.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && md.GetString(md.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                // Blob: prolog 0x0001, then the constructor's one string argument.
                var blob = md.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                framework = blob.ReadSerializedString();
            }
        }

        var references = md.AssemblyReferences.Select(h => md.GetAssemblyReference(h).GetAssemblyName()).ToList();
        var types = md.TypeDefinitions.Select(h => md.GetTypeDefinition(h)).Select(t => TypeName(md, t)).ToList();
        return new AssemblyFacts(md.GetString(def.Name), def.Version, framework, references, types);
    }

    /// <summary>The full names of the interfaces <paramref name="typeName"/> declares (type references only).</summary>
    public static IReadOnlyList<string> InterfacesOf(string path, string typeName)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        var type = md.TypeDefinitions.Select(h => md.GetTypeDefinition(h)).Single(t => TypeName(md, t) == typeName);
        return type.GetInterfaceImplementations()
            .Select(h => md.GetInterfaceImplementation(h).Interface)
            .Where(h => h.Kind == HandleKind.TypeReference)
            .Select(h => md.GetTypeReference((TypeReferenceHandle)h))
            .Select(r => md.GetString(r.Namespace) + "." + md.GetString(r.Name))
            .ToList();
    }

    private static string TypeName(MetadataReader md, TypeDefinition t) => md.GetString(t.Namespace) + "." + md.GetString(t.Name);
}

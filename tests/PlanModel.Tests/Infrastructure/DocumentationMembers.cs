using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PlanModel.Tests.Infrastructure;

/// <summary>The members of a documentation file by name, each as its XML text, for comparing two files.</summary>
internal static class DocumentationMembers
{
    public static IReadOnlyDictionary<string, string> Of(string path)
    {
        var result = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var m in Load(path).Root?.Element("members")?.Elements("member") ?? Enumerable.Empty<XElement>())
        {
            result[(string?)m.Attribute("name") ?? string.Empty] = m.ToString(SaveOptions.DisableFormatting);
        }

        return result;
    }

    // Strict, as IntelliSense and DocFX read it: a character XML forbids is an error here too.
    private static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { CheckCharacters = true });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }
}

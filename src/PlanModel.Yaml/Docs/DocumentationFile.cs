using System.Linq;
using System.Xml;
using System.Xml.Linq;
using PlanModel.Yaml.Naming;

namespace PlanModel.Yaml.Docs;

/// <summary>
/// Side-file docs: the document classes' summaries (<see cref="DocumentDocs"/>) written as the members of a
/// documentation file, in the layout the C# compiler writes, and merged into the file the compiler wrote for the
/// rest of the assembly, so a package ships the same documentation as when the summaries were <c>///</c> comments.
/// </summary>
public static class DocumentationFile
{
    /// <summary>Writes the members of every document class of <paramref name="documents"/> (named as the generator
    /// names them, in the given order) to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<DocumentModel> documents, string ns, string entryPoint)
    {
        var names = NameBinder.Corpus(documents, null, entryPoint);
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\"?>\n<doc>\n    <members>\n");
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = RuntimeBuilder.Document(documents[i]);
            foreach (var (id, summary) in DocumentDocs.Members(doc, names[i], ns, names[i].Class))
            {
                text.Append("        <member name=\"").Append(id).Append("\">\n");
                foreach (var line in DocText.SummaryLines(summary))
                {
                    text.Append("            ").Append(line).Append('\n');
                }

                text.Append("        </member>\n");
            }
        }

        text.Append("    </members>\n</doc>\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>
    /// Merges the members of <paramref name="sideFile"/> into the compiler's <paramref name="documentationFile"/>,
    /// after its own; a member already there is replaced (merging twice changes nothing). Returns how many members
    /// were merged.
    /// </summary>
    public static int Merge(string documentationFile, string sideFile)
    {
        var target = Load(documentationFile);
        var side = Load(sideFile);
        var into = target.Root?.Element("members") ?? throw new InvalidDataException(documentationFile + " has no <members> element");
        var added = side.Root?.Element("members")?.Elements("member").ToList() ?? new List<XElement>();
        var names = new HashSet<string>(added.Select(Name), StringComparer.Ordinal);
        foreach (var old in into.Elements("member").Where(m => names.Contains(Name(m))).ToList())
        {
            if (old.PreviousNode is XText space && string.IsNullOrWhiteSpace(space.Value))
            {
                space.Remove();
            }

            old.Remove();
        }

        // The compiler's layout: each member on its own line, indented 8, the closing tag of <members> indented 4.
        var closing = into.LastNode as XText;
        foreach (var member in added)
        {
            var node = new XElement(member);
            if (closing is not null)
            {
                closing.AddBeforeSelf(new XText("\n        "), node);
            }
            else
            {
                into.Add(new XText("\n        "), node);
            }
        }

        if (closing is null)
        {
            into.Add(new XText("\n    "));
        }

        // The compiler's declaration (no encoding: UTF-8 without a byte order mark).
        var settings = new XmlWriterSettings { CheckCharacters = false, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var file = new StreamWriter(documentationFile, false, new UTF8Encoding(false)))
        {
            file.Write("<?xml version=\"1.0\"?>\n");
            using var writer = XmlWriter.Create(file, settings);
            target.Root!.Save(writer);
        }

        return added.Count;
    }

    /// <summary>The members of a documentation file by name, each as its XML text (for comparing two files).</summary>
    public static IReadOnlyDictionary<string, string> Members(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in Load(path).Root?.Element("members")?.Elements("member") ?? Enumerable.Empty<XElement>())
        {
            result[Name(m)] = m.ToString(SaveOptions.DisableFormatting);
        }

        return result;
    }

    private static string Name(XElement member) => (string?)member.Attribute("name") ?? string.Empty;

    // The compiler copies what a comment says, character references of control characters included (XML 1.0 does
    // not allow them): read and write them as they are.
    private static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { CheckCharacters = false });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }
}

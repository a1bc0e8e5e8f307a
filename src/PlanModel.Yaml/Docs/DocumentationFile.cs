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
            foreach (var (id, summary) in DocumentDocs.Members(doc, names[i], ns))
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
    /// were merged. Works on the compiler's line layout (each member's <c>&lt;member name=…&gt;</c> line indented 8,
    /// the <c>&lt;/members&gt;</c> line indented 4), which <see cref="Write"/> follows: an
    /// XML tree was measured at the cost of the compile it saves (inserting before a node is linear in
    /// System.Xml.Linq).
    /// </summary>
    public static int Merge(string documentationFile, string sideFile)
    {
        var side = Blocks(File.ReadAllText(sideFile), out _, out _);
        var names = new HashSet<string>(side.Select(b => b.Name), StringComparer.Ordinal);
        var own = Blocks(File.ReadAllText(documentationFile), out var head, out var tail);
        if (tail.Length == 0)
        {
            throw new InvalidDataException(documentationFile + " has no </members> line");
        }

        var text = new StringBuilder(head);
        foreach (var block in own.Where(b => !names.Contains(b.Name)).Concat(side))
        {
            text.Append(block.Text);
        }

        text.Append(tail);
        File.WriteAllText(documentationFile, text.ToString(), new UTF8Encoding(false));
        return side.Count;
    }

    /// <summary>The member blocks of a documentation file's text (each to the next), the text before the first and the
    /// text from the <c>&lt;/members&gt;</c> line on.</summary>
    private static List<(string Name, string Text)> Blocks(string text, out string head, out string tail)
    {
        const string Open = "        <member name=\"";
        var blocks = new List<(string Name, string Text)>();
        var membersEnd = text.LastIndexOf("\n    </members>", StringComparison.Ordinal);
        var end = membersEnd < 0 ? text.Length : membersEnd + 1;
        tail = membersEnd < 0 ? string.Empty : text.Substring(end);
        var at = text.IndexOf(Open, StringComparison.Ordinal);
        head = at < 0 || at > end ? text.Substring(0, end) : text.Substring(0, at);
        while (at >= 0 && at < end)
        {
            // A block runs to the next member (or </members>), so nothing between members is lost.
            var nameEnd = text.IndexOf('"', at + Open.Length);
            var next = text.IndexOf(Open, at + Open.Length, StringComparison.Ordinal);
            var stop = next < 0 || next > end ? end : next;
            if (nameEnd < 0 || nameEnd > stop)
            {
                throw new InvalidDataException("a <member> line without its name");
            }

            blocks.Add((text.Substring(at + Open.Length, nameEnd - at - Open.Length), text.Substring(at, stop - at)));
            at = next < 0 || next > end ? -1 : next;
        }

        return blocks;
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

    // Strict, as IntelliSense and DocFX read it: a character XML forbids is an error here too.
    private static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { CheckCharacters = true });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }
}

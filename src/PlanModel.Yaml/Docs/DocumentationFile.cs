using System.Linq;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Naming;

namespace PlanModel.Yaml.Docs;

/// <summary>
/// Side-file docs: the document classes' summaries (<see cref="DocumentDocs"/>) written as the members of a
/// documentation file, in the layout the C# compiler writes, and merged into the file the compiler wrote for the
/// rest of the assembly, so a package ships the same documentation as when the summaries were <c>///</c> comments.
/// </summary>
public static class DocumentationFile
{
    /// <summary>Writes the members of every document class of the session's corpus (named as the generator names
    /// them, in the corpus's order; the runtime documents the session already built) to <paramref name="path"/>.</summary>
    public static void Write(string path, CorpusSession session, string ns, string entryPoint)
    {
        var documents = session.Assembled.Documents;
        var built = session.Corpus.Documents;
        var names = NameBinder.Corpus(documents, null, entryPoint);
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\"?>\n<doc>\n    <members>\n");
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var (id, summary) in DocumentDocs.Members(built[i], names[i], ns))
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
    /// Merges the members of <paramref name="sideFile"/> into the compiler's <paramref name="documentationFile"/>:
    /// a member the compiler already wrote (the user's own <c>///</c> on their part of a partial document class) gets
    /// the side file's text after its own, as the compiler combines the comments of a partial class's parts (the
    /// user's files come before the generated ones); the others follow the compiler's members. A member that already
    /// ends with the side file's text is left as it is (merging twice changes nothing). Returns how many members were
    /// merged. Works on the compiler's line layout (each <c>&lt;member name=…&gt;</c> and <c>&lt;/member&gt;</c> line
    /// indented 8 at the start of a line, the <c>&lt;/members&gt;</c> line indented 4), which <see cref="Write"/>
    /// follows: an XML tree was measured at the cost of the compile it saves (inserting before a node is linear in
    /// System.Xml.Linq). The file is replaced whole (written beside it, then moved), so a stopped build never leaves
    /// half of it; a file without its <c>&lt;/members&gt;</c> line (cut short by a stopped compile) is deleted, so the
    /// next build compiles it again, and reported.
    /// </summary>
    public static int Merge(string documentationFile, string sideFile)
    {
        var side = Blocks(File.ReadAllText(sideFile), out _, out _);
        var own = Blocks(File.ReadAllText(documentationFile), out var head, out var tail);
        if (tail.Length == 0)
        {
            File.Delete(documentationFile);
            throw new InvalidDataException(documentationFile + " has no </members> line (a compile stopped while writing it?): deleted, so the next build writes it again");
        }

        var sideByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in side)
        {
            sideByName[block.Name] = Content(block.Text);
        }

        var text = new StringBuilder(head);
        foreach (var block in own)
        {
            if (sideByName.TryGetValue(block.Name, out var content))
            {
                sideByName.Remove(block.Name);
                var close = block.Text.IndexOf(Close, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new InvalidDataException("the member " + block.Name + " has no </member> line");
                }

                var before = block.Text.Substring(0, close + 1);
                text.Append(before);
                if (!before.EndsWith(content, StringComparison.Ordinal))
                {
                    text.Append(content);
                }

                text.Append(block.Text, close + 1, block.Text.Length - close - 1);
            }
            else
            {
                text.Append(block.Text);
            }
        }

        foreach (var block in side.Where(b => sideByName.ContainsKey(b.Name)))
        {
            text.Append(block.Text);
        }

        text.Append(tail);
        var temp = documentationFile + ".planmodel-merge";
        File.WriteAllText(temp, text.ToString(), new UTF8Encoding(false));
        File.Replace(temp, documentationFile, null);
        return side.Count;
    }

    private const string Open = "\n        <member name=\"";
    // At a line start, whatever ends the line (the compiler's own line breaks may be CRLF).
    private const string Close = "\n        </member>";

    /// <summary>The lines of a member block between its <c>&lt;member&gt;</c> and <c>&lt;/member&gt;</c> lines.</summary>
    private static string Content(string block)
    {
        var start = block.IndexOf('\n') + 1;
        var close = block.IndexOf(Close, StringComparison.Ordinal);
        return close < start ? string.Empty : block.Substring(start, close + 1 - start);
    }

    /// <summary>The member blocks of a documentation file's text (each to the next), the text before the first and the
    /// text from the <c>&lt;/members&gt;</c> line on. A member starts only at a line that is exactly the compiler's
    /// <c>&lt;member name=</c> line: a comment's own text is indented deeper.</summary>
    private static List<(string Name, string Text)> Blocks(string text, out string head, out string tail)
    {
        var blocks = new List<(string Name, string Text)>();
        var membersEnd = text.LastIndexOf("\n    </members>", StringComparison.Ordinal);
        var end = membersEnd < 0 ? text.Length : membersEnd + 1;
        tail = membersEnd < 0 ? string.Empty : text.Substring(end);
        var at = NextMember(text, 0);
        head = at < 0 || at > end ? text.Substring(0, end) : text.Substring(0, at);
        while (at >= 0 && at < end)
        {
            // A block runs to the next member (or </members>), so nothing between members is lost.
            var nameStart = at + Open.Length - 1;
            var nameEnd = text.IndexOf('"', nameStart);
            var next = NextMember(text, nameStart);
            var stop = next < 0 || next > end ? end : next;
            if (nameEnd < 0 || nameEnd > stop)
            {
                throw new InvalidDataException("a <member> line without its name");
            }

            blocks.Add((text.Substring(nameStart, nameEnd - nameStart), text.Substring(at, stop - at)));
            at = next < 0 || next > end ? -1 : next;
        }

        return blocks;
    }

    /// <summary>Where the next member line starts (after its line break), or -1.</summary>
    private static int NextMember(string text, int from)
    {
        var at = text.IndexOf(Open, Math.Max(0, from - 1), StringComparison.Ordinal);
        return at < 0 ? -1 : at + 1;
    }
}

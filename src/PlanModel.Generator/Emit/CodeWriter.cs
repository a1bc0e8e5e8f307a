using System.Text;

namespace PlanModel.Generator.Emit;

/// <summary>A small indented writer; output uses \n line ends on every machine.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    /// <summary>Writes a line at the current indent; each line of a multi-line text is indented alike.</summary>
    public CodeWriter Line(string text = "")
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                _sb.Append(' ', _indent * 4);
            }

            _sb.Append(line).Append('\n');
        }

        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>Writes a /// summary with each paragraph on its own line.</summary>
    public CodeWriter Summary(params string?[] paragraphs)
    {
        Line("/// <summary>");
        var first = true;
        foreach (var p in paragraphs)
        {
            if (string.IsNullOrEmpty(p))
            {
                continue;
            }

            Line("/// " + (first ? string.Empty : "<para>") + Literals.Xml(p) + (first ? string.Empty : "</para>"));
            first = false;
        }

        Line("/// </summary>");
        return this;
    }

    public override string ToString() => _sb.ToString();
}

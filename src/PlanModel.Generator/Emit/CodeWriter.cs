using System.Text;
using PlanModel.Yaml.Docs;

namespace PlanModel.Generator.Emit;

/// <summary>A small indented writer; output uses \n line ends on every machine.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private readonly bool _summaries;
    private int _indent;

    /// <param name="summaries">false: <see cref="Summary"/> writes nothing (side-file docs, <see cref="GeneratorOptions.SourceDocs"/>).</param>
    public CodeWriter(bool summaries = true) => _summaries = summaries;

    /// <summary>The text so far; appended to directly for large literals.</summary>
    public StringBuilder Builder => _sb;

    /// <summary>The length of the text so far.</summary>
    public int Length => _sb.Length;

    /// <summary>
    /// Writes a line at the current indent; each line of a multi-line text is indented alike.
    /// <paramref name="indent"/> false writes the text untouched (continuations of a verbatim literal).
    /// </summary>
    public CodeWriter Line(string text = "", bool indent = true)
    {
        if (!indent || text.IndexOf('\n') < 0)
        {
            if (text.Length > 0 && indent)
            {
                _sb.Append(' ', _indent * 4);
            }

            _sb.Append(text).Append('\n');
            return this;
        }

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

    /// <summary>Starts a line without ending it (indented).</summary>
    public CodeWriter Append(string text)
    {
        _sb.Append(' ', _indent * 4).Append(text);
        return this;
    }

    /// <summary>The text as a SourceText read in blocks (a large document never becomes one large string).</summary>
    public Microsoft.CodeAnalysis.Text.SourceText ToSourceText() =>
        Microsoft.CodeAnalysis.Text.SourceText.From(new Reader(_sb), _sb.Length, Encoding.UTF8);

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

    /// <summary>Writes a /// summary with each paragraph on its own line (<see cref="DocText"/>); nothing when the
    /// writer's summaries go to the side file instead.</summary>
    public CodeWriter Summary(params string?[] paragraphs)
    {
        if (!_summaries)
        {
            return this;
        }

        foreach (var line in DocText.SummaryLines(paragraphs))
        {
            Line("/// " + line);
        }

        return this;
    }

    /// <summary>Writes a member after a blank line, under its /// summary (<paramref name="summary"/>'s paragraphs).</summary>
    public CodeWriter Member(string declaration, params string?[] summary)
    {
        Line();
        Summary(summary);
        return Line(declaration);
    }

    /// <summary>Writes the comment and attributes of a former name kept after a rename (obsolete, hidden from
    /// completion); the caller writes the member that forwards to <paramref name="current"/>.</summary>
    public CodeWriter Renamed(string what, string current)
    {
        Line($"/// <summary>Former {what} of <see cref=\"{current}\"/>, kept after a rename.</summary>");
        Line($"[global::System.Obsolete(\"renamed to {current}\")]");
        Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        return this;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>Reads a StringBuilder without materialising it.</summary>
    private sealed class Reader : System.IO.TextReader
    {
        private readonly StringBuilder _sb;
        private int _pos;

        public Reader(StringBuilder sb) => _sb = sb;

        public override int Peek() => _pos < _sb.Length ? _sb[_pos] : -1;

        public override int Read() => _pos < _sb.Length ? _sb[_pos++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = System.Math.Min(count, _sb.Length - _pos);
            if (n <= 0)
            {
                return 0;
            }

            _sb.CopyTo(_pos, buffer, index, n);
            _pos += n;
            return n;
        }
    }
}

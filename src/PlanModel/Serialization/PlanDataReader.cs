using System.ComponentModel;
using L = PlanModel.Serialization.PlanDataLayout<PlanModel.Serialization.PlanDataReading>;

namespace PlanModel.Serialization;

/// <summary>
/// Infrastructure for code emitted by PlanModel.Generator; not meant to be called by hand. Reads the compact
/// data a generated document class carries and builds the runtime objects (indicators, values, projects, targets,
/// outline), so a large corpus compiles as data rather than as millions of object initializers.
/// </summary>
/// <remarks>
/// <para>Format (version 3: a work report's delivery information is marked, so one without a date reads back): the
/// text starts with <c>PM3|</c>, then a sequence of tokens. A token is <c>~</c> (null), <c>N;</c> (the integer N),
/// <c>N:</c> followed by N UTF-16 code units (a string, which also enters the string table), <c>N^</c> (the N-th
/// string of the table, from 0) or <c>+</c> (a marked record follows). Which fields, in which order, is
/// <see cref="PlanDataLayout{C}"/>, the one description the writer and this reader work from (docs/data-file.md
/// prints it).</para>
/// <para>The generator embeds the text as a UTF-8 literal (<c>"…"u8</c>, stored outside the 16 MB user-string
/// heap) when the consumer's compilation has C# 11 and <see cref="T:System.ReadOnlySpan`1"/>, else as a string
/// literal returned by a static property (a const would store the text twice: user strings and constant blob).</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class PlanDataReader
{
    /// <summary>The prefix every data text starts with.</summary>
    public const string Magic = "PM3|";

    private readonly string _data;
    private readonly List<string> _strings = new();
    private int _pos;

    /// <summary>Starts reading <paramref name="data"/>.</summary>
    /// <exception cref="FormatException">The data does not start with <see cref="Magic"/>.</exception>
    public PlanDataReader(string data)
    {
        _data = data ?? throw new ArgumentNullException(nameof(data));
        if (!data.StartsWith(Magic, StringComparison.Ordinal))
        {
            var other = data.Length >= 4 && data[0] == 'P' && data[1] == 'M' && data[3] == '|' ? "format " + data.Substring(0, 3) : "an unknown format";
            throw new FormatException(
                "PlanModel data of " + other + "; this PlanModel runtime reads " + Magic.Substring(0, 3) +
                ". Rebuild the data package with a PlanModel.Generator matching this PlanModel runtime.");
        }

        _pos = Magic.Length;
    }

    /// <summary>Starts reading UTF-8 data (what a <c>"…"u8</c> literal holds).</summary>
    public static PlanDataReader FromUtf8(byte[] utf8) => new(Encoding.UTF8.GetString(utf8));

    /// <summary>Checks every token was read.</summary>
    /// <exception cref="FormatException">Data is left over.</exception>
    public void End()
    {
        if (_pos != _data.Length)
        {
            throw Bad("trailing data");
        }
    }

    // ------------------------------------------------------------ primitives

    /// <summary>A string that is not null.</summary>
    public string ReadString() => ReadNullableString() ?? throw Bad("unexpected null string");

    /// <summary>A string or null.</summary>
    public string? ReadNullableString()
    {
        if (TryNull())
        {
            return null;
        }

        var (n, kind) = Number();
        switch (kind)
        {
            case ':':
                if (n < 0 || _pos + n > _data.Length)
                {
                    throw Bad("string length out of range");
                }

                var s = _data.Substring(_pos, n);
                _pos += n;
                _strings.Add(s);
                return s;
            case '^':
                if (n < 0 || n >= _strings.Count)
                {
                    throw Bad("string reference out of range");
                }

                return _strings[n];
            default:
                throw Bad("expected a string");
        }
    }

    /// <summary>An integer.</summary>
    public int ReadInt32()
    {
        var (n, kind) = Number();
        return kind == ';' ? n : throw Bad("expected an integer");
    }

    /// <summary>An integer or null.</summary>
    public int? ReadNullableInt32() => TryNull() ? null : ReadInt32();

    /// <summary>A boolean (0 or 1).</summary>
    public bool ReadBoolean() => ReadInt32() != 0;

    /// <summary>A decimal or null (written as an invariant-culture string, so its scale survives).</summary>
    public decimal? ReadNullableDecimal()
    {
        var s = ReadNullableString();
        return s is null ? null : decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    // ------------------------------------------------------------ model objects (the layout: PlanDataLayout)

    /// <summary>The document kind.</summary>
    public DocumentKind ReadDocumentKind() => (DocumentKind)ReadInt32();

    /// <summary>Bilingual text that is not null.</summary>
    public BilingualText ReadText() => L.Text(Codec, null);

    /// <summary>Bilingual text or null.</summary>
    public BilingualText? ReadNullableText() => Codec.NullableRecord<BilingualText>("Text", null, L.Text);

    /// <summary>The region.</summary>
    public Region ReadRegion() => L.Region(Codec, null);

    /// <summary>Delivery information of a work report, or null.</summary>
    public DeliveryInfo? ReadDelivery() => Codec.MarkedRecord<DeliveryInfo>("Delivered", null, L.Delivery);

    /// <summary>The archived source.</summary>
    public SourceReference ReadSource() => L.Source(Codec, null);

    /// <summary>A citation or null.</summary>
    public Citation? ReadCitation() => Codec.NullableRecord<Citation>("Citation", null, L.Citation);

    /// <summary>A value cell or a target's value.</summary>
    public PlanValue ReadValue() => L.Value(Codec, null);

    /// <summary>The columns of a table.</summary>
    public IReadOnlyList<TableColumn> ReadColumns() => Codec.List<TableColumn, TableColumn>("Columns", null, L.Column);

    /// <summary>The categories of a table.</summary>
    public IReadOnlyList<TableCategory> ReadCategories() => Codec.List<TableCategory, TableCategory>("Categories", null, L.Category);

    /// <summary>The legend of a table, or null.</summary>
    public TableLegend? ReadLegend() => Codec.NullableRecord<TableLegend>("Legend", null, L.Legend);

    /// <summary>One indicator row.</summary>
    public Indicator ReadIndicator() => L.Indicator(Codec, null);

    /// <summary>One project.</summary>
    public Project ReadProject() => L.Project(Codec, null);

    /// <summary>The groups of a project list; <paramref name="items"/> are the list's projects in printed order.</summary>
    public IReadOnlyList<ProjectGroup> ReadGroups(Project[] items) => L.Groups(Codec, null, items);

    /// <summary>A list of strings (former ids).</summary>
    public IReadOnlyList<string> ReadStrings() => L.Strings(Codec, "FormerIds", null);

    /// <summary>One prose target.</summary>
    public PlanTarget ReadTarget() => L.Target(Codec, null);

    /// <summary>The outline tree.</summary>
    public IReadOnlyList<OutlineNode> ReadOutline() => L.Outline(Codec, "Outline", null);

    /// <summary>The register of boxes without a file of their own.</summary>
    public IReadOnlyList<BoxRegistration> ReadBoxRegistrations() => Codec.List<BoxRegistration, BoxRegistration>("RegisteredBoxes", null, L.Box);

    // ------------------------------------------------------------ helpers

    private PlanDataReading Codec => new(this);

    /// <summary>How deep lists may nest (the outline: part, chapter, section …): a corrupt or hostile text cannot
    /// recurse until the stack overflows.</summary>
    private const int MaxDepth = 64;

    private int _depth;

    internal void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Bad("lists nested too deep");
        }
    }

    internal void Leave() => _depth--;

    /// <summary>A count of items still to be read: never negative and never more than the characters left (each
    /// item takes at least one), so a corrupt count cannot make the reader allocate past the data's size.</summary>
    internal int ReadCount()
    {
        var n = ReadInt32();
        if (n < 0 || n > _data.Length - _pos)
        {
            throw Bad("count out of range");
        }

        return n;
    }

    /// <summary>The <c>+</c> of a marked record that is present.</summary>
    internal bool ReadPresent() => _pos < _data.Length && _data[_pos++] == '+' ? true : throw Bad("expected + (a record)");

    internal bool TryNull()
    {
        if (_pos < _data.Length && _data[_pos] == '~')
        {
            _pos++;
            return true;
        }

        return false;
    }

    private (int Value, char Kind) Number()
    {
        var negative = _pos < _data.Length && _data[_pos] == '-';
        if (negative)
        {
            _pos++;
        }

        var start = _pos;
        long n = 0;
        while (_pos < _data.Length && _data[_pos] >= '0' && _data[_pos] <= '9')
        {
            n = (n * 10) + (_data[_pos] - '0');
            if (n > int.MaxValue)
            {
                throw Bad("number out of range");
            }

            _pos++;
        }

        if (_pos == start || _pos >= _data.Length)
        {
            throw Bad("expected a number");
        }

        var kind = _data[_pos++];
        return ((int)(negative ? -n : n), kind);
    }

    internal FormatException Bad(string what) =>
        new("PlanModel data is corrupt at offset " + _pos.ToString(CultureInfo.InvariantCulture) + ": " + what + ".");
}

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace PlanModel.Serialization;

/// <summary>
/// Infrastructure for code emitted by PlanModel.Generator; not meant to be called by hand. Reads the compact
/// data a generated document class carries and builds the runtime objects (indicators, values, projects, targets,
/// outline), so a large corpus compiles as data rather than as millions of object initializers.
/// </summary>
/// <remarks>
/// <para>Format (version 2: former ids after each id-bearing header): the text starts with <c>PM2|</c>, then a sequence of tokens read in the order the
/// generator wrote them. A token is <c>~</c> (null), <c>N;</c> (the integer N), <c>N:</c> followed by N UTF-16
/// code units (a string, which also enters the string table), or <c>N^</c> (the N-th string of the table, from 0).
/// Decimals are strings in invariant culture; enums and booleans are integers; a list is its count and then its
/// items.</para>
/// <para>The generator embeds the text as a UTF-8 literal (<c>"…"u8</c>, stored outside the 16 MB user-string
/// heap) when the consumer's compilation has C# 11 and <see cref="T:System.ReadOnlySpan`1"/>, else as a string
/// literal returned by a static property (a const would store the text twice: user strings and constant blob).</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class PlanDataReader
{
    /// <summary>The prefix every data text starts with.</summary>
    public const string Magic = "PM2|";

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
            throw new FormatException("PlanModel data of an unknown format version; rebuild the data package with a PlanModel.Generator matching this PlanModel runtime.");
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

    // ------------------------------------------------------------ model objects

    /// <summary>The document kind.</summary>
    public DocumentKind ReadDocumentKind() => (DocumentKind)ReadInt32();

    /// <summary>Bilingual text that is not null.</summary>
    public BilingualText ReadText() => ReadNullableText() ?? throw Bad("unexpected null text");

    /// <summary>Bilingual text or null.</summary>
    public BilingualText? ReadNullableText()
    {
        if (TryNull())
        {
            return null;
        }

        return new BilingualText(ReadString(), ReadString());
    }

    /// <summary>The region.</summary>
    public Region ReadRegion() => new() { Code = ReadString(), Level = (RegionLevel)ReadInt32(), Name = ReadText() };

    /// <summary>Delivery information of a work report, or null.</summary>
    public DeliveryInfo? ReadDelivery() => TryNull() ? null : new DeliveryInfo { Date = ReadNullableString(), Session = ReadNullableText(), Speaker = ReadNullableText() };

    /// <summary>The archived source.</summary>
    public SourceReference ReadSource() => new() { File = ReadString(), Sha256 = ReadString(), Line = ReadInt32(), EndLine = ReadInt32() };

    /// <summary>A citation or null.</summary>
    public Citation? ReadCitation()
    {
        if (TryNull())
        {
            return null;
        }

        var file = ReadString();
        var line = ReadInt32();
        var count = ReadInt32();
        var lines = count == 0 ? Array.Empty<int>() : new int[count];
        for (var i = 0; i < count; i++)
        {
            lines[i] = ReadInt32();
        }

        return new Citation { SourceFile = file, Line = line, Lines = lines, Quote = ReadNullableString(), Offset = ReadNullableInt32() };
    }

    /// <summary>A value cell or a target's value.</summary>
    public PlanValue ReadValue()
    {
        var raw = ReadNullableString();
        var qualifier = (ValueQualifier)ReadInt32();
        var value = ReadNullableDecimal();
        var max = ReadNullableDecimal();
        var terms = ReadArray(r => r.ReadNullableDecimal() ?? 0m);
        var markers = ReadArray(r => r.ReadString());
        return new PlanValue
        {
            Raw = raw,
            Qualifier = qualifier,
            Value = value,
            MaxValue = max,
            RatioTerms = terms,
            Markers = markers,
            Aspiration = ReadBoolean(),
            Measure = (ValueMeasure)ReadInt32(),
            Column = ReadString(),
            Year = ReadNullableInt32(),
            Role = (ValueRole)ReadInt32(),
            UnitId = ReadNullableString(),
            IsOverridden = ReadBoolean(),
            Citation = ReadCitation(),
            Note = ReadNullableString(),
        };
    }

    /// <summary>The columns of a table.</summary>
    public IReadOnlyList<TableColumn> ReadColumns() => ReadArray(r => new TableColumn
    {
        Key = r.ReadString(),
        Header = r.ReadText(),
        Year = r.ReadNullableInt32(),
        Role = (ValueRole)r.ReadInt32(),
    });

    /// <summary>The categories of a table.</summary>
    public IReadOnlyList<TableCategory> ReadCategories() => ReadArray(r => new TableCategory
    {
        Key = r.ReadString(),
        Printed = r.ReadString(),
        Label = r.ReadText(),
        Citation = r.ReadCitation(),
    });

    /// <summary>The legend of a table, or null.</summary>
    public TableLegend? ReadLegend()
    {
        if (TryNull())
        {
            return null;
        }

        return new TableLegend
        {
            Raw = ReadString(),
            Markers = ReadArray(r => new LegendMarker { Marker = r.ReadString(), Measure = (ValueMeasure)r.ReadInt32(), Text = r.ReadString() }),
            Citation = ReadCitation(),
        };
    }

    /// <summary>One indicator row.</summary>
    public Indicator ReadIndicator() => new()
    {
        Key = ReadString(),
        DocumentId = ReadString(),
        TableId = ReadString(),
        Sequence = ReadNullableString(),
        ParentSequence = ReadNullableString(),
        Category = ReadNullableString(),
        Printed = ReadString(),
        Name = ReadText(),
        CatalogueId = ReadNullableString(),
        Unit = new IndicatorUnit { Raw = ReadString(), Id = ReadNullableString(), PriceBasis = ReadNullableString() },
        Attribute = (IndicatorAttribute)ReadInt32(),
        AttributeRaw = ReadNullableString(),
        Values = ReadArray(r => r.ReadValue()),
        Citation = ReadCitation(),
        Note = ReadNullableString(),
    };

    /// <summary>One project.</summary>
    public Project ReadProject() => new()
    {
        Name = ReadText(),
        StatusRaw = ReadNullableString(),
        Status = (ProjectStatusCode)ReadInt32(),
        Quantities = ReadArray(r => new Quantity { Raw = r.ReadString(), Value = r.ReadNullableDecimal(), Unit = r.ReadNullableString() }),
        Citation = ReadCitation(),
        Note = ReadNullableString(),
    };

    /// <summary>The groups of a project list; <paramref name="items"/> are the list's projects in printed order.</summary>
    public IReadOnlyList<ProjectGroup> ReadGroups(Project[] items)
    {
        var next = 0;
        return ReadArray(r =>
        {
            var heading = r.ReadText();
            var citation = r.ReadCitation();
            var note = r.ReadNullableString();
            var count = r.ReadInt32();
            if (count < 0 || next + count > items.Length)
            {
                throw r.Bad("group item count out of range");
            }

            var groupItems = new Project[count];
            Array.Copy(items, next, groupItems, 0, count);
            next += count;
            return new ProjectGroup { Heading = heading, Citation = citation, Note = note, Items = groupItems };
        });
    }

    /// <summary>A list of strings (former ids).</summary>
    public IReadOnlyList<string> ReadStrings() => ReadArray(r => r.ReadString());

    /// <summary>One prose target.</summary>
    public PlanTarget ReadTarget() => new()
    {
        Id = ReadString(),
        DocumentId = ReadString(),
        Subject = ReadText(),
        CatalogueId = ReadNullableString(),
        Value = ReadValue(),
        Relation = ReadNullableString(),
        Measure = (ValueMeasure)ReadInt32(),
        Horizon = new Horizon { From = ReadInt32(), To = ReadInt32() },
        BaseYear = ReadNullableInt32(),
        Role = (ValueRole)ReadInt32(),
        List = ReadNullableString(),
        Section = ReadNullableString(),
        Citation = ReadCitation(),
        Note = ReadNullableString(),
        FormerIds = ReadStrings(),
    };

    /// <summary>The outline tree.</summary>
    public IReadOnlyList<OutlineNode> ReadOutline() => ReadArray(r =>
    {
        var id = r.ReadString();
        var level = (OutlineLevel)r.ReadInt32();
        var number = r.ReadString();
        var title = r.ReadText();
        var inferred = r.ReadBoolean();
        var evidence = r.ReadNullableString();
        var citation = r.ReadCitation();
        return new OutlineNode { Id = id, Level = level, Number = number, Title = title, Inferred = inferred, Evidence = evidence, Citation = citation, Children = r.ReadOutline() };
    });

    /// <summary>The register of boxes without a file of their own.</summary>
    public IReadOnlyList<BoxRegistration> ReadBoxRegistrations() => ReadArray(r => new BoxRegistration
    {
        Box = r.ReadInt32(),
        Status = r.ReadString(),
        Title = r.ReadText(),
        Reason = r.ReadString(),
        Citation = r.ReadCitation(),
    });

    // ------------------------------------------------------------ helpers

    private T[] ReadArray<T>(Func<PlanDataReader, T> item)
    {
        var count = ReadInt32();
        if (count < 0 || count > _data.Length - _pos + 1)
        {
            throw Bad("list count out of range");
        }

        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = item(this);
        }

        return items;
    }

    private bool TryNull()
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

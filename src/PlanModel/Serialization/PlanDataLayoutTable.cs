using System.Linq;

namespace PlanModel.Serialization;

/// <summary>One field of a record in the compact data.</summary>
/// <param name="Name">The field's name: the runtime model's property.</param>
/// <param name="Token">The token in the notation of docs/data-file.md: <c>s</c>, <c>i?</c>, <c>Citation?</c>, <c>[PlanValue]</c> ….</param>
/// <param name="Item">A list's item token (a record's name, or a primitive's token), else null.</param>
/// <param name="Shaped">A list whose count is not written (the shape gives it).</param>
/// <param name="Reader">The public <see cref="PlanDataReader"/> method that reads this field alone (what a generated
/// constructor calls; for a shaped list, one item), or null.</param>
internal sealed record PlanDataField(string Name, string Token, string? Item, bool Shaped, string? Reader);

/// <summary>A record of the compact data: its name (the runtime type it builds, or a data file's section) and its
/// fields in order.</summary>
internal sealed record PlanDataRecord(string Name, IReadOnlyList<PlanDataField> Fields);

/// <summary>
/// <see cref="PlanDataLayout{C}"/> as a table: every record and its fields in order with their token kind, found by
/// running the layout with a describing codec. docs/data-file.md prints <see cref="Markdown"/> (a test keeps them
/// equal) and the generator emits a document's, table's and project list's members in this order.
/// </summary>
internal static class PlanDataLayoutTable
{
    /// <summary>The record of a data file's document section (its shape, then the document).</summary>
    public const string DocumentSection = "DocumentSection";

    /// <summary>The record of a data file's catalogue section.</summary>
    public const string CatalogueSection = "CatalogueSection";

    private static readonly Lazy<IReadOnlyList<PlanDataRecord>> All = new(Describe);

    /// <summary>Every record, each once, in the order first met (sections first, then depth first).</summary>
    public static IReadOnlyList<PlanDataRecord> Records => All.Value;

    /// <summary>The record named <paramref name="name"/> (a runtime type's name, or a section).</summary>
    public static PlanDataRecord Find(string name) =>
        Records.FirstOrDefault(r => r.Name == name) ?? throw new ArgumentException("no record " + name, nameof(name));

    /// <summary>The layout as the Markdown table docs/data-file.md prints.</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("| record | fields in order |\n|---|---|\n");
        foreach (var r in Records)
        {
            sb.Append("| ").Append(r.Name).Append(" | ");
            sb.Append(string.Join(" · ", r.Fields.Select(f => f.Name + " `" + f.Token + "`")));
            sb.Append(" |\n");
        }

        return sb.ToString();
    }

    private static IReadOnlyList<PlanDataRecord> Describe()
    {
        var d = new Describer();
        var codec = new PlanDataDescribing(d);
        d.Nested(CatalogueSection, () => PlanDataLayout<PlanDataDescribing>.Catalogue(codec, null));
        d.Nested(DocumentSection, () => PlanDataLayout<PlanDataDescribing>.ShapedDocument(codec, null));
        return d.Records;
    }

    /// <summary>The public reader method of a field, by its token (what generated constructors call); a test checks
    /// each names a <see cref="PlanDataReader"/> method returning the field's type.</summary>
    private static readonly Dictionary<string, string> Readers = new(StringComparer.Ordinal)
    {
        ["s"] = nameof(PlanDataReader.ReadString),
        ["s?"] = nameof(PlanDataReader.ReadNullableString),
        ["i"] = nameof(PlanDataReader.ReadInt32),
        ["i?"] = nameof(PlanDataReader.ReadNullableInt32),
        ["b"] = nameof(PlanDataReader.ReadBoolean),
        ["DocumentKind"] = nameof(PlanDataReader.ReadDocumentKind),
        ["BilingualText"] = nameof(PlanDataReader.ReadText),
        ["BilingualText?"] = nameof(PlanDataReader.ReadNullableText),
        ["Region"] = nameof(PlanDataReader.ReadRegion),
        ["+DeliveryInfo?"] = nameof(PlanDataReader.ReadDelivery),
        ["SourceReference"] = nameof(PlanDataReader.ReadSource),
        ["Citation?"] = nameof(PlanDataReader.ReadCitation),
        ["PlanValue"] = nameof(PlanDataReader.ReadValue),
        ["[TableColumn]"] = nameof(PlanDataReader.ReadColumns),
        ["[TableCategory]"] = nameof(PlanDataReader.ReadCategories),
        ["TableLegend?"] = nameof(PlanDataReader.ReadLegend),
        ["Indicator"] = nameof(PlanDataReader.ReadIndicator),
        ["Project"] = nameof(PlanDataReader.ReadProject),
        ["[ProjectGroup]"] = nameof(PlanDataReader.ReadGroups),
        ["[s]"] = nameof(PlanDataReader.ReadStrings),
        ["PlanTarget"] = nameof(PlanDataReader.ReadTarget),
        ["[OutlineNode]"] = nameof(PlanDataReader.ReadOutline),
        ["[BoxRegistration]"] = nameof(PlanDataReader.ReadBoxRegistrations),
    };

    /// <summary>Collects the fields the layout names while it runs with <see cref="PlanDataDescribing"/>.</summary>
    internal sealed class Describer
    {
        private readonly List<PlanDataRecord> _records = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private List<PlanDataField> _current = new();

        public IReadOnlyList<PlanDataRecord> Records => _records;

        /// <summary>Describes the record <paramref name="name"/> once (a record met again, or recursively, is not
        /// run again), before the records it holds.</summary>
        public void Nested(string name, Action layout)
        {
            if (!_seen.Add(name))
            {
                return;
            }

            var at = _records.Count;
            var fields = Capture(layout);
            _records.Insert(at, new PlanDataRecord(name, fields));
        }

        /// <summary>The token of a list's item: a primitive's own token, else the item record's name.</summary>
        public string Item(string name, bool primitive, Action layout)
        {
            if (!primitive)
            {
                Nested(name, layout);
                return name;
            }

            var fields = Capture(layout);
            return fields.Count == 1 ? fields[0].Token : throw new InvalidOperationException("a primitive list item names one token");
        }

        /// <summary>Adds a field to the record being described; its reader is looked up by its token (a shaped list's
        /// by its item token: the method that reads one item).</summary>
        public void Add(string field, string token, string? item = null, bool shaped = false) =>
            _current.Add(new PlanDataField(field, token, item, shaped, Readers.TryGetValue(shaped ? item! : token, out var r) ? r : null));

        private List<PlanDataField> Capture(Action layout)
        {
            var outer = _current;
            _current = new List<PlanDataField>();
            layout();
            var fields = _current;
            _current = outer;
            return fields;
        }
    }
}

/// <summary>The describing direction of <see cref="PlanDataLayout{C}"/>: records each field's name and token, reads
/// and writes nothing, and returns empty values.</summary>
internal readonly struct PlanDataDescribing : IPlanDataCodec<PlanDataDescribing>
{
    private readonly PlanDataLayoutTable.Describer _d;

    public PlanDataDescribing(PlanDataLayoutTable.Describer describer) => _d = describer;

    public string String(string field, string? value) => Add(field, "s", string.Empty);

    public string? NullableString(string field, string? value) => Add(field, "s?", (string?)null);

    public int Int32(string field, int? value) => Add(field, "i", 0);

    public int? NullableInt32(string field, int? value) => Add(field, "i?", (int?)null);

    public int Count(string field, int? value) => Add(field, "n", 0);

    public bool Boolean(string field, bool? value) => Add(field, "b", false);

    public decimal Decimal(string field, decimal? value) => Add(field, "d", 0m);

    public decimal? NullableDecimal(string field, decimal? value) => Add(field, "d?", (decimal?)null);

    public int Enum(string field, Type type, int? value) => Add(field, type.Name, 0);

    public T Record<T>(string field, T? value, Func<PlanDataDescribing, T?, T> layout)
        where T : class
    {
        var self = this;
        _d.Nested(typeof(T).Name, () => layout(self, null));
        return Add(field, typeof(T).Name, default(T)!);
    }

    public T? NullableRecord<T>(string field, T? value, Func<PlanDataDescribing, T?, T> layout)
        where T : class
    {
        var self = this;
        _d.Nested(typeof(T).Name, () => layout(self, null));
        return Add(field, typeof(T).Name + "?", default(T));
    }

    public T? MarkedRecord<T>(string field, T? value, Func<PlanDataDescribing, T?, T> layout)
        where T : class
    {
        var self = this;
        _d.Nested(typeof(T).Name, () => layout(self, null));
        return Add(field, "+" + typeof(T).Name + "?", default(T));
    }

    public IReadOnlyList<TOut> List<TIn, TOut>(string field, IReadOnlyList<TIn>? value, Func<PlanDataDescribing, TIn?, TOut> item)
    {
        var itemToken = ItemToken(item);
        _d.Add(field, "[" + itemToken + "]", itemToken);
        return Array.Empty<TOut>();
    }

    public TOut[] Shaped<TIn, TOut>(string field, IReadOnlyList<TIn>? value, int count, Func<PlanDataDescribing, TIn?, TOut> item)
    {
        var itemToken = ItemToken(item);
        _d.Add(field, "[" + itemToken + "] × shape", itemToken, shaped: true);
        return Array.Empty<TOut>();
    }

    private string ItemToken<TIn, TOut>(Func<PlanDataDescribing, TIn?, TOut> item)
    {
        var self = this;
        var primitive = typeof(TOut) == typeof(string) || typeof(TOut).IsPrimitive || typeof(TOut) == typeof(decimal);
        return _d.Item(typeof(TOut).Name, primitive, () => item(self, default));
    }

    private T Add<T>(string field, string token, T result)
    {
        _d.Add(field, token);
        return result;
    }
}

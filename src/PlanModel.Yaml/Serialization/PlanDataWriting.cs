using PlanModel.Serialization;

namespace PlanModel.Yaml.Serialization;

/// <summary>The writing direction of <c>PlanDataLayout</c>: each field's value is written with
/// <see cref="PlanDataWriter"/>'s tokens and returned. A field that must not be null and is fails here, naming
/// the field, rather than in the reader.</summary>
internal readonly struct PlanDataWriting : IPlanDataCodec<PlanDataWriting>
{
    private readonly PlanDataWriter _w;

    public PlanDataWriting(PlanDataWriter writer) => _w = writer;

    public string String(string field, string? value) => NullableString(field, value ?? throw Missing(field))!;

    public string? NullableString(string field, string? value)
    {
        _w.String(value);
        return value;
    }

    public int Int32(string field, int? value) => NullableInt32(field, value ?? throw Missing(field))!.Value;

    public int? NullableInt32(string field, int? value)
    {
        _w.Int(value);
        return value;
    }

    public int Count(string field, int? value) => Int32(field, value);

    public bool Boolean(string field, bool? value) => Int32(field, value is null ? null : value.Value ? 1 : 0) != 0;

    public decimal Decimal(string field, decimal? value) => NullableDecimal(field, value ?? throw Missing(field))!.Value;

    public decimal? NullableDecimal(string field, decimal? value)
    {
        _w.Decimal(value);
        return value;
    }

    public int Enum(string field, Type type, int? value) => Int32(field, value);

    public T Record<T>(string field, T? value, Func<PlanDataWriting, T?, T> layout)
        where T : class => layout(this, value ?? throw Missing(field));

    public T? NullableRecord<T>(string field, T? value, Func<PlanDataWriting, T?, T> layout)
        where T : class
    {
        if (value is null)
        {
            _w.Null();
            return null;
        }

        return layout(this, value);
    }

    public T? MarkedRecord<T>(string field, T? value, Func<PlanDataWriting, T?, T> layout)
        where T : class
    {
        if (value is null)
        {
            _w.Null();
            return null;
        }

        _w.Present();
        return layout(this, value);
    }

    public IReadOnlyList<TOut> List<TIn, TOut>(string field, IReadOnlyList<TIn>? value, Func<PlanDataWriting, TIn?, TOut> item)
    {
        var count = Count(field, (value ?? throw Missing(field)).Count);
        return Shaped(field, value, count, item);
    }

    public TOut[] Shaped<TIn, TOut>(string field, IReadOnlyList<TIn>? value, int count, Func<PlanDataWriting, TIn?, TOut> item)
    {
        if (value is null || value.Count != count)
        {
            throw new InvalidOperationException("PlanDataWriter: " + field + " holds " + (value?.Count ?? 0) + " items where its shape says " + count + ".");
        }

        var items = new TOut[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = item(this, value[i]);
        }

        return items;
    }

    private static InvalidOperationException Missing(string field) => new("PlanDataWriter: " + field + " is null where the data layout needs a value.");
}

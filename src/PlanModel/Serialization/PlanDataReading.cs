namespace PlanModel.Serialization;

/// <summary>The reading direction of <see cref="PlanDataLayout{C}"/>: each field is read from the data; the value
/// passed in is ignored.</summary>
internal readonly struct PlanDataReading : IPlanDataCodec<PlanDataReading>
{
    private readonly PlanDataReader _r;

    public PlanDataReading(PlanDataReader reader) => _r = reader;

    public string String(string field, string? value) => _r.ReadString();

    public string? NullableString(string field, string? value) => _r.ReadNullableString();

    public int Int32(string field, int? value) => _r.ReadInt32();

    public int? NullableInt32(string field, int? value) => _r.ReadNullableInt32();

    public int Count(string field, int? value) => _r.ReadCount();

    public bool Boolean(string field, bool? value) => _r.ReadBoolean();

    public decimal Decimal(string field, decimal? value) => _r.ReadNullableDecimal() ?? throw _r.Bad("unexpected null number");

    public decimal? NullableDecimal(string field, decimal? value) => _r.ReadNullableDecimal();

    public int Enum(string field, Type type, int? value) => _r.ReadInt32();

    public T Record<T>(string field, T? value, Func<PlanDataReading, T?, T> layout)
        where T : class => layout(this, null);

    public T? NullableRecord<T>(string field, T? value, Func<PlanDataReading, T?, T> layout)
        where T : class => _r.TryNull() ? null : layout(this, null);

    public T? MarkedRecord<T>(string field, T? value, Func<PlanDataReading, T?, T> layout)
        where T : class => _r.TryNull() ? null : _r.ReadPresent() ? layout(this, null) : null;

    public IReadOnlyList<TOut> List<TIn, TOut>(string field, IReadOnlyList<TIn>? value, Func<PlanDataReading, TIn?, TOut> item) =>
        Shaped(field, value, _r.ReadCount(), item);

    public TOut[] Shaped<TIn, TOut>(string field, IReadOnlyList<TIn>? value, int count, Func<PlanDataReading, TIn?, TOut> item)
    {
        if (count == 0)
        {
            return Array.Empty<TOut>();
        }

        _r.Enter();
        var items = new TOut[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item(this, default);
        }

        _r.Leave();
        return items;
    }
}

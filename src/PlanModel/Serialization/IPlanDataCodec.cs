namespace PlanModel.Serialization;

/// <summary>
/// One direction of the compact data format. <see cref="PlanDataLayout{C}"/> names every record's fields once, in
/// order, through these calls; the reading codec reads each field and returns it, the writing codec
/// (<c>PlanModel.Yaml.Serialization.PlanDataWriter</c>) writes the value it is given and returns it, and the describing
/// codec (<see cref="PlanDataLayoutTable"/>) records the field's name and token kind. So a field is written, read and
/// documented by one line: none can be added in one direction only.
/// </summary>
/// <remarks>Implemented by structs, so each layout method is compiled once per direction and the calls inline.
/// <c>value</c> is what the writer writes; a reader ignores it (the layout passes <see langword="null"/> then).</remarks>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface IPlanDataCodec<TSelf>
    where TSelf : struct, IPlanDataCodec<TSelf>
{
    /// <summary>A string that is never null: <c>N:</c> and N UTF-16 code units, or <c>N^</c> (a string seen before).</summary>
    string String(string field, string? value);

    /// <summary>A string or <c>~</c>.</summary>
    string? NullableString(string field, string? value);

    /// <summary>An integer: <c>N;</c>.</summary>
    int Int32(string field, int? value);

    /// <summary>An integer or <c>~</c>.</summary>
    int? NullableInt32(string field, int? value);

    /// <summary>A count of items or shape entries: an integer never negative and never more than the data left.</summary>
    int Count(string field, int? value);

    /// <summary>A boolean: <c>0;</c> or <c>1;</c>.</summary>
    bool Boolean(string field, bool? value);

    /// <summary>A decimal, written as its invariant-culture string (so its scale survives).</summary>
    decimal Decimal(string field, decimal? value);

    /// <summary>A decimal or <c>~</c>.</summary>
    decimal? NullableDecimal(string field, decimal? value);

    /// <summary>An enum of type <paramref name="type"/>, as its integer value.</summary>
    int Enum(string field, Type type, int? value);

    /// <summary>A record that is never null: its fields, with no marker.</summary>
    T Record<T>(string field, T? value, Func<TSelf, T?, T> layout)
        where T : class;

    /// <summary>A record or <c>~</c>; the record's first token is never <c>~</c> (a test checks), so nothing more is
    /// needed to tell the two apart.</summary>
    T? NullableRecord<T>(string field, T? value, Func<TSelf, T?, T> layout)
        where T : class;

    /// <summary>A record whose first field may itself be <c>~</c>, or null: <c>~</c> for null, else <c>+</c> and the
    /// record.</summary>
    T? MarkedRecord<T>(string field, T? value, Func<TSelf, T?, T> layout)
        where T : class;

    /// <summary>A list: its count, then each item.</summary>
    IReadOnlyList<TOut> List<TIn, TOut>(string field, IReadOnlyList<TIn>? value, Func<TSelf, TIn?, TOut> item);

    /// <summary>A list whose count is not written: the reader knows it (a generated class from its members, a data
    /// file from the document's shape, written before).</summary>
    TOut[] Shaped<TIn, TOut>(string field, IReadOnlyList<TIn>? value, int count, Func<TSelf, TIn?, TOut> item);
}

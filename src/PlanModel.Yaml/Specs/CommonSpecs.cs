namespace PlanModel.Yaml.Specs;

/// <summary>A 1-based position in a YAML file.</summary>
public readonly record struct Pos(int Line, int Column);

/// <summary>Bilingual text; <see cref="Cite"/> when the text is printed and checked against the source.</summary>
public sealed record TextSpec(string Zh, string En, CiteSpec? Cite, string? Note, Pos Pos)
{
    /// <summary>An empty text at a position.</summary>
    public static TextSpec Empty(Pos pos) => new(string.Empty, string.Empty, null, null, pos);
}

/// <summary>A citation of one or more source lines, with an optional exact quote and offset.</summary>
public sealed record CiteSpec(int Line, EquatableArray<int> Lines, string? Quote, int? Offset, Pos Pos)
{
    /// <summary>The lines cited: <see cref="Lines"/> when given, else <see cref="Line"/>.</summary>
    public EquatableArray<int> AllLines => Lines.Count > 0 ? Lines : new EquatableArray<int>(new[] { Line });
}

/// <summary>
/// Source lines that no value cites and why: column headers and a phrase's tail inside a table or box, the table of
/// contents for the outline. Listed <see cref="Lines"/> and/or the range <see cref="From"/>–<see cref="To"/> (0 when unset).
/// </summary>
public sealed record UncitedSpec(EquatableArray<int> Lines, int From, int To, string Reason, Pos Pos)
{
    /// <summary>True when <paramref name="line"/> is listed or inside the range.</summary>
    public bool Covers(int line)
    {
        if (From > 0 && line >= From && line <= To)
        {
            return true;
        }

        foreach (var l in Lines)
        {
            if (l == line)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// What an element's generated member is named after (docs/format.md, "Generated names"): its explicit
/// <see cref="Symbol"/>, and the ids and symbols it was published under before a rename, which keep obsolete
/// forwarding members and run-time lookups working. <see cref="IdPos"/> is where the id's value is written (where a
/// duplicate id is reported).
/// </summary>
public sealed record NameSpec(string? Symbol, Pos SymbolPos, EquatableArray<string> FormerIds, Pos FormerIdsPos, EquatableArray<string> FormerSymbols, Pos FormerSymbolsPos, Pos IdPos)
{
    /// <summary>No symbol and no former names.</summary>
    public static NameSpec None(Pos pos) => new(null, pos, EquatableArray<string>.Empty, pos, EquatableArray<string>.Empty, pos, pos);
}

/// <summary>The transcriber's override of the parser's reading.</summary>
public sealed record InterpretSpec(string? Qualifier, decimal? Value, decimal? Max, string? Measure, Pos Pos);

/// <summary>A printed value: raw text plus citation, or a lost cell.</summary>
public sealed record ValueSpec(string? Raw, CiteSpec? Cite, bool Missing, string? Note, InterpretSpec? Interpret, Pos Pos);

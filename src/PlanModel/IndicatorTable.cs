namespace PlanModel;

/// <summary>A value column of an indicator table.</summary>
public sealed class TableColumn
{
    /// <summary>The column key used by values.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The header as printed.</summary>
    public BilingualText Header { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The year the column refers to.</summary>
    public int? Year { get; init; }

    /// <summary>The role of the column.</summary>
    public ValueRole Role { get; init; }
}

/// <summary>A category row of a table (一、推动高质量发展).</summary>
public sealed class TableCategory
{
    /// <summary>The category key.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>The category row exactly as printed.</summary>
    public string Printed { get; init; } = string.Empty;

    /// <summary>The category's label.</summary>
    public BilingualText Label { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>Where it is printed.</summary>
    public Citation? Citation { get; init; }
}

/// <summary>A marker the legend defines (<c>*</c> = five-year annual average).</summary>
public sealed class LegendMarker
{
    /// <summary>The marker as printed.</summary>
    public string Marker { get; init; } = string.Empty;

    /// <summary>What values carrying it measure.</summary>
    public ValueMeasure Measure { get; init; }

    /// <summary>The legend's definition as printed.</summary>
    public string Text { get; init; } = string.Empty;
}

/// <summary>The footnote legend (备注) of a table.</summary>
public sealed class TableLegend
{
    /// <summary>The legend exactly as printed.</summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>The markers it defines.</summary>
    public IReadOnlyList<LegendMarker> Markers { get; init; } = System.Array.Empty<LegendMarker>();

    /// <summary>Where it is printed.</summary>
    public Citation? Citation { get; init; }
}

/// <summary>An indicator table (often a box, 专栏) with its own columns, categories, rows and legend.</summary>
public class IndicatorTable
{
    /// <summary>The table id, unique in its document.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Ids the table was published under before a rename (<c>formerIds</c>); look-ups by them resolve.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = System.Array.Empty<string>();

    /// <summary>The id of the document.</summary>
    public string DocumentId { get; init; } = string.Empty;

    /// <summary>The box number (专栏N), when the table is a box.</summary>
    public int? Box { get; init; }

    /// <summary>The title as printed.</summary>
    public BilingualText Title { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The value columns in printed order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; init; } = System.Array.Empty<TableColumn>();

    /// <summary>The category rows in printed order.</summary>
    public IReadOnlyList<TableCategory> Categories { get; init; } = System.Array.Empty<TableCategory>();

    /// <summary>All indicator rows, <c>#</c> sub-rows included, in printed order.</summary>
    public IReadOnlyList<Indicator> Rows { get; init; } = System.Array.Empty<Indicator>();

    /// <summary>The legend, when printed.</summary>
    public TableLegend? Legend { get; init; }

    /// <summary>The outline node the table sits in.</summary>
    public string? Section { get; init; }

    /// <summary>Where the title is printed.</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note.</summary>
    public string? Note { get; init; }

    /// <summary>The first row linked to the catalogue id, or <see langword="null"/> (rows without one: <see cref="Rows"/>).</summary>
    public Indicator? FindRow(string catalogueId)
    {
        foreach (var r in Rows)
        {
            if (string.Equals(r.CatalogueId, catalogueId, System.StringComparison.Ordinal))
            {
                return r;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Title.ToString();
}

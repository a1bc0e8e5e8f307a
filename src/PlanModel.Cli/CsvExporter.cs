using PlanModel.Cli.Export;

namespace PlanModel.Cli;

/// <summary>Writes one CSV row per value (table cells and prose figures), RFC 4180 quoting, UTF-8, \n line ends.</summary>
public static class CsvExporter
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
    {
        "document_id", "document_kind", "region_code", "region_zh", "container", "row_key", "seq", "name_zh", "name_en", "catalogue_id",
        "unit_raw", "unit_id", "attribute", "column", "year_from", "year_to", "base_year", "role", "raw", "qualifier", "aspiration", "value", "max",
        "measure", "source_file", "line", "quote", "offset", "note",
    };

    /// <summary>Writes the export.</summary>
    public static void Write(CorpusBuild build, TextWriter w) => Write(ExportModel.Of(build), w);

    /// <summary>Writes the export's records: one row per table cell and per prose figure.</summary>
    public static void Write(ExportFile export, TextWriter w)
    {
        Row(w, Columns);
        foreach (var d in export!.Documents)
        {
            var kind = ExportWords.Of(d.Kind);
            foreach (var t in d.Tables)
            {
                foreach (var r in t.Rows)
                {
                    foreach (var v in r.Values)
                    {
                        Row(w, new[]
                        {
                            d.Id, kind, d.Region.Code, d.Region.Name.Zh, "table:" + t.Id, r.Key, r.Seq, r.Name.Zh, r.Name.En, r.CatalogueId,
                            r.Unit.Raw, r.Unit.Id, ExportWords.Of(r.Attribute), v.Column, I(v.Year), I(v.Year), null, ExportWords.Of(v.Role), v.Raw,
                            ExportWords.Of(v.Qualifier), B(v.Aspiration), D(v.Value), D(v.Max), ExportWords.Of(v.Measure), v.Citation?.File, I(v.Citation?.Line),
                            v.Citation?.Quote, I(v.Citation?.Offset), v.Note,
                        });
                    }
                }
            }

            foreach (var t in d.Targets)
            {
                var v = t.Value;
                Row(w, new[]
                {
                    d.Id, kind, d.Region.Code, d.Region.Name.Zh, "targets", t.Id, null, t.Subject.Zh, t.Subject.En, t.CatalogueId,
                    null, v.UnitId, null, t.List ?? "target", I(t.Horizon.From), I(t.Horizon.To), I(t.BaseYear), ExportWords.Of(t.Role), v.Raw,
                    ExportWords.Of(v.Qualifier), B(v.Aspiration), D(v.Value), D(v.Max), ExportWords.Of(t.Measure), v.Citation?.File, I(v.Citation?.Line),
                    v.Citation?.Quote, I(v.Citation?.Offset), t.Note,
                });
            }
        }
    }

    /// <summary>
    /// CSV injection (OWASP): a spreadsheet runs a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, TAB or
    /// CR as a formula, so such a cell gets a leading apostrophe, which spreadsheets hide and treat as "text".
    /// A plain number (<c>-2.4</c>) cannot be a formula and is left alone. The JSON export keeps every text exact.
    /// </summary>
    internal static string Neutralise(string cell)
    {
        if (cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0]) < 0 || IsPlainNumber(cell))
        {
            return cell;
        }

        return "'" + cell;
    }

    private static bool IsPlainNumber(string s)
    {
        var i = s[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        for (; i < s.Length; i++)
        {
            if (s[i] is >= '0' and <= '9')
            {
                digits++;
            }
            else if (s[i] == '.' && !dot && digits > 0)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && s[s.Length - 1] != '.';
    }

    private static string? I(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? D(decimal? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? B(bool? v) => v == true ? "true" : null;

    private static void Row(TextWriter w, IReadOnlyList<string?> cells)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var c = Neutralise(cells[i] ?? string.Empty);
            if (c.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 || (c.Length > 0 && (c[0] == ' ' || c[^1] == ' ')))
            {
                sb.Append('"').Append(c.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('\n');
        w.Write(sb.ToString());
    }
}

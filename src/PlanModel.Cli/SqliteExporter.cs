using Microsoft.Data.Sqlite;
using PlanModel.Cli.Export;

namespace PlanModel.Cli;

/// <summary>
/// Writes the corpus as a SQLite database for analysts outside .NET (docs/export.md#sqlite): documents, tables,
/// indicators, values, targets, project lists and items, outline, citations, catalogue, and a <c>series</c> view.
/// Every value keeps its raw text beside its reading and its citation.
/// </summary>
public static class SqliteExporter
{
    /// <summary>The schema, also printed in docs/export.md.</summary>
    public const string Schema = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE citations (id INTEGER PRIMARY KEY, file TEXT NOT NULL, line INTEGER NOT NULL, lines TEXT, quote TEXT, offset INTEGER);
        CREATE TABLE documents (id TEXT PRIMARY KEY, kind TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL,
          region_code TEXT NOT NULL, region_level TEXT NOT NULL, region_zh TEXT NOT NULL, region_en TEXT NOT NULL, parent_id TEXT,
          period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, vision_year INTEGER, source_file TEXT NOT NULL, source_sha256 TEXT NOT NULL);
        CREATE TABLE indicator_tables (document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, box INTEGER,
          title_zh TEXT NOT NULL, title_en TEXT NOT NULL, section TEXT, citation_id INTEGER REFERENCES citations(id), PRIMARY KEY (document_id, id));
        CREATE TABLE indicators (document_id TEXT NOT NULL REFERENCES documents(id), key TEXT NOT NULL, table_id TEXT NOT NULL, seq TEXT,
          printed TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, catalogue_id TEXT, unit_raw TEXT, unit_id TEXT,
          attribute TEXT NOT NULL, citation_id INTEGER REFERENCES citations(id), PRIMARY KEY (document_id, key));
        CREATE TABLE targets (document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, subject_zh TEXT NOT NULL,
          subject_en TEXT NOT NULL, catalogue_id TEXT, relation TEXT, measure TEXT NOT NULL, horizon_from INTEGER NOT NULL,
          horizon_to INTEGER NOT NULL, base_year INTEGER, role TEXT NOT NULL, list TEXT, section TEXT, note TEXT, PRIMARY KEY (document_id, id));
        CREATE TABLE "values" (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id), indicator_key TEXT,
          target_id TEXT, column_key TEXT NOT NULL, year INTEGER, role TEXT NOT NULL, raw TEXT, qualifier TEXT NOT NULL,
          aspiration INTEGER NOT NULL, value REAL, max_value REAL, value_text TEXT, measure TEXT NOT NULL, unit_id TEXT, overridden INTEGER NOT NULL,
          note TEXT, citation_id INTEGER REFERENCES citations(id));
        CREATE TABLE project_lists (document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, box INTEGER,
          title_zh TEXT NOT NULL, title_en TEXT NOT NULL, title_inferred INTEGER NOT NULL, section TEXT,
          citation_id INTEGER REFERENCES citations(id), PRIMARY KEY (document_id, id));
        CREATE TABLE projects (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, list_id TEXT NOT NULL, group_index INTEGER NOT NULL,
          group_zh TEXT NOT NULL, group_en TEXT NOT NULL, item_index INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
          status_raw TEXT, status TEXT NOT NULL, quantities TEXT, note TEXT, citation_id INTEGER REFERENCES citations(id));
        CREATE TABLE outline (document_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, parent_id TEXT, level TEXT NOT NULL,
          number TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL, inferred INTEGER NOT NULL,
          citation_id INTEGER REFERENCES citations(id), PRIMARY KEY (document_id, id));
        CREATE TABLE catalogue_indicators (id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, unit_id TEXT,
          measure TEXT, direction TEXT NOT NULL);
        CREATE TABLE catalogue_units (id TEXT PRIMARY KEY, symbol TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
          base_id TEXT, multiplier INTEGER NOT NULL);
        CREATE VIEW series AS
          SELECT COALESCE(i.catalogue_id, t.catalogue_id) AS catalogue_id, d.region_code, d.region_zh, v.year, v.role, v.raw,
                 v.qualifier, v.value, v.max_value, v.unit_id, v.measure, d.id AS document_id, c.file, c.line, c.quote
          FROM "values" v
          JOIN documents d ON d.id = v.document_id
          LEFT JOIN indicators i ON i.document_id = v.document_id AND i.key = v.indicator_key
          LEFT JOIN targets t ON t.document_id = v.document_id AND t.id = v.target_id
          LEFT JOIN citations c ON c.id = v.citation_id
          WHERE COALESCE(i.catalogue_id, t.catalogue_id) IS NOT NULL;
        """;

    /// <summary>The SQLite format version: 2 names every enumeration by its vocabulary word, as the JSON export does.</summary>
    public const string FormatVersion = "2";

    /// <summary>Writes the database to <paramref name="path"/> (which must not exist).</summary>
    public static void Write(CorpusBuild build, string path)
    {
        if (build is null)
        {
            throw new ArgumentNullException(nameof(build));
        }

        var export = ExportModel.Of(build);
        var cs = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var db = new SqliteConnection(cs);
        db.Open();
        using var tx = db.BeginTransaction();
        Exec(db, tx, Schema);
        var w = new Writer(db, tx);
        w.Insert("meta", ("key", "format"), ("value", "planmodel-sqlite"));
        w.Insert("meta", ("key", "version"), ("value", FormatVersion));
        foreach (var u in export.Catalogue.Units)
        {
            w.Insert("catalogue_units", ("id", u.Id), ("symbol", u.Symbol), ("name_zh", u.Name.Zh), ("name_en", u.Name.En), ("base_id", u.Base), ("multiplier", u.Multiplier));
        }

        foreach (var i in export.Catalogue.Indicators)
        {
            w.Insert("catalogue_indicators", ("id", i.Id), ("name_zh", i.Name.Zh), ("name_en", i.Name.En), ("unit_id", i.Unit), ("measure", i.Measure), ("direction", ExportWords.Of(i.Direction)));
        }

        foreach (var d in export.Documents)
        {
            w.Document(d);
        }

        tx.Commit();
    }

    private static void Exec(SqliteConnection db, SqliteTransaction tx, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private sealed class Writer
    {
        private readonly SqliteConnection _db;
        private readonly SqliteTransaction _tx;
        private long _citations;

        public Writer(SqliteConnection db, SqliteTransaction tx)
        {
            _db = db;
            _tx = tx;
        }

        public void Document(ExportDocument d)
        {
            Insert("documents", ("id", d.Id), ("kind", ExportWords.Of(d.Kind)), ("title_zh", d.Title.Zh), ("title_en", d.Title.En),
                ("region_code", d.Region.Code), ("region_level", ExportWords.Of(d.Region.Level)), ("region_zh", d.Region.Name.Zh), ("region_en", d.Region.Name.En),
                ("parent_id", d.Parent), ("period_start", d.Period.Start), ("period_end", d.Period.End), ("vision_year", d.VisionYear),
                ("source_file", d.Source.File), ("source_sha256", d.Source.Sha256));
            foreach (var t in d.Tables)
            {
                Insert("indicator_tables", ("document_id", d.Id), ("id", t.Id), ("box", t.Box), ("title_zh", t.Title.Zh), ("title_en", t.Title.En), ("section", t.Section), ("citation_id", Cite(t.Citation)));
                foreach (var r in t.Rows)
                {
                    Insert("indicators", ("document_id", d.Id), ("key", r.Key), ("table_id", t.Id), ("seq", r.Seq), ("printed", r.Printed), ("name_zh", r.Name.Zh), ("name_en", r.Name.En),
                        ("catalogue_id", r.CatalogueId), ("unit_raw", r.Unit.Raw), ("unit_id", r.Unit.Id), ("attribute", ExportWords.Of(r.Attribute)), ("citation_id", Cite(r.Citation)));
                    foreach (var v in r.Values)
                    {
                        Value(d.Id, v, r.Key, null);
                    }
                }
            }

            foreach (var t in d.Targets)
            {
                Insert("targets", ("document_id", d.Id), ("id", t.Id), ("subject_zh", t.Subject.Zh), ("subject_en", t.Subject.En), ("catalogue_id", t.CatalogueId), ("relation", t.Relation),
                    ("measure", ExportWords.Of(t.Measure)), ("horizon_from", t.Horizon.From), ("horizon_to", t.Horizon.To), ("base_year", t.BaseYear), ("role", ExportWords.Of(t.Role)),
                    ("list", t.List), ("section", t.Section), ("note", t.Note));
                Value(d.Id, t.Value, null, t.Id);
            }

            foreach (var l in d.ProjectLists)
            {
                Insert("project_lists", ("document_id", d.Id), ("id", l.Id), ("box", l.Box), ("title_zh", l.Title.Zh), ("title_en", l.Title.En), ("title_inferred", l.TitleInferred == true ? 1 : 0),
                    ("section", l.Section), ("citation_id", Cite(l.Citation)));
                for (var g = 0; g < l.Groups.Count; g++)
                {
                    var group = l.Groups[g];
                    for (var i = 0; i < group.Items.Count; i++)
                    {
                        var p = group.Items[i];
                        var quantities = p.Quantities is null ? null : string.Join("、", System.Linq.Enumerable.Select(p.Quantities, q => q.Raw));
                        Insert("projects", ("document_id", d.Id), ("list_id", l.Id), ("group_index", g + 1), ("group_zh", group.Heading.Zh), ("group_en", group.Heading.En), ("item_index", i + 1),
                            ("name_zh", p.Name.Zh), ("name_en", p.Name.En), ("status_raw", p.StatusRaw), ("status", ExportWords.Of(p.Status)), ("quantities", quantities),
                            ("note", p.Note), ("citation_id", Cite(p.Citation)));
                    }
                }
            }

            foreach (var n in d.Outline)
            {
                Outline(d.Id, n, null);
            }
        }

        private void Outline(string document, ExportOutlineNode n, string? parent)
        {
            Insert("outline", ("document_id", document), ("id", n.Id), ("parent_id", parent), ("level", ExportWords.Of(n.Level)), ("number", n.Number), ("title_zh", n.Title.Zh), ("title_en", n.Title.En),
                ("inferred", n.Inferred == true ? 1 : 0), ("citation_id", Cite(n.Citation)));
            foreach (var c in n.Children ?? Array.Empty<ExportOutlineNode>())
            {
                Outline(document, c, n.Id);
            }
        }

        private void Value(string document, ExportValue v, string? indicator, string? target) =>
            Insert("values", ("document_id", document), ("indicator_key", indicator), ("target_id", target), ("column_key", v.Column), ("year", v.Year), ("role", ExportWords.Of(v.Role)),
                ("raw", v.Raw), ("qualifier", ExportWords.Of(v.Qualifier)), ("aspiration", v.Aspiration == true ? 1 : 0), ("value", v.Value is decimal x ? (double)x : null),
                ("max_value", v.Max is decimal m ? (double)m : null), ("value_text", v.Value?.ToString(CultureInfo.InvariantCulture)), ("measure", ExportWords.Of(v.Measure)),
                ("unit_id", v.UnitId), ("overridden", v.Overridden == true ? 1 : 0), ("note", v.Note), ("citation_id", Cite(v.Citation)));

        private long? Cite(ExportCitation? c)
        {
            if (c is null)
            {
                return null;
            }

            var id = ++_citations;
            Insert("citations", ("id", id), ("file", c.File), ("line", c.Line), ("lines", c.Lines is null ? null : string.Join("+", c.Lines)), ("quote", c.Quote), ("offset", c.Offset));
            return id;
        }

        public void Insert(string table, params (string Column, object? Value)[] cells)
        {
            using var cmd = _db.CreateCommand();
            cmd.Transaction = _tx;
            var names = new List<string>();
            var slots = new List<string>();
            for (var i = 0; i < cells.Length; i++)
            {
                names.Add("\"" + cells[i].Column + "\"");
                slots.Add("$p" + i.ToString(CultureInfo.InvariantCulture));
                cmd.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), cells[i].Value ?? DBNull.Value);
            }

            // Table and column names are constants of this class; every value is a parameter.
            cmd.CommandText = "INSERT INTO \"" + table + "\" (" + string.Join(", ", names) + ") VALUES (" + string.Join(", ", slots) + ")";
            cmd.ExecuteNonQuery();
        }
    }
}

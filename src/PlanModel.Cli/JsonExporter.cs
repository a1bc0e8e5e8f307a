using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanModel.Cli;

/// <summary>Writes the corpus as JSON (docs/export.md, docs/export.schema.json): every value with raw text,
/// interpretation and citation. Output is deterministic: same input, same bytes.</summary>
public static class JsonExporter
{
    /// <summary>The export format version.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>Writes the export.</summary>
    public static void Write(CorpusBuild build, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(stream, options);
        w.WriteStartObject();
        w.WriteString("format", "planmodel-export");
        w.WriteString("version", FormatVersion);
        w.WriteStartArray("documents");
        foreach (var d in build.Corpus.Documents)
        {
            Document(w, build, d);
        }

        w.WriteEndArray();
        Catalogue(w, build.Corpus.Catalogue);
        w.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter w, CorpusBuild b, PlanDocument d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        FormerIds(w, d.FormerIds);
        w.WriteString("kind", d.Kind == DocumentKind.WorkReport ? "work-report" : "five-year-plan");
        Text(w, "title", d.Title);
        w.WriteStartObject("region");
        w.WriteString("code", d.Region.Code);
        w.WriteString("level", d.Region.Level.ToString().ToLowerInvariant());
        Text(w, "name", d.Region.Name);
        w.WriteEndObject();
        Str(w, "parent", d.ParentId);
        w.WriteStartObject("period");
        w.WriteNumber("start", d.PeriodStart);
        w.WriteNumber("end", d.PeriodEnd);
        w.WriteEndObject();
        Num(w, "visionYear", d.VisionYear);
        if (d.Delivered is not null)
        {
            w.WriteStartObject("delivered");
            Str(w, "date", d.Delivered.Date);
            if (d.Delivered.Session is not null)
            {
                Text(w, "session", d.Delivered.Session);
            }

            if (d.Delivered.Speaker is not null)
            {
                Text(w, "speaker", d.Delivered.Speaker);
            }

            w.WriteEndObject();
        }

        w.WriteStartObject("source");
        w.WriteString("file", d.Source.File);
        w.WriteString("sha256", d.Source.Sha256);
        w.WriteNumber("line", d.Source.Line);
        w.WriteNumber("endLine", d.Source.EndLine);
        w.WriteEndObject();

        w.WriteStartArray("tables");
        foreach (var t in d.Tables)
        {
            Table(w, b, t);
        }

        w.WriteEndArray();
        w.WriteStartArray("projectLists");
        foreach (var l in d.ProjectLists)
        {
            w.WriteStartObject();
            w.WriteString("id", l.Id);
            FormerIds(w, l.FormerIds);
            Num(w, "box", l.Box);
            Text(w, "title", l.Title);
            if (l.TitleInferred)
            {
                w.WriteBoolean("titleInferred", true);
                Str(w, "titleEvidence", l.TitleEvidence);
            }

            Str(w, "section", l.Section);
            Cite(w, b, l.Citation, l.Title.Zh);
            Str(w, "note", l.Note);
            w.WriteStartArray("groups");
            foreach (var g in l.Groups)
            {
                w.WriteStartObject();
                Text(w, "heading", g.Heading);
                Cite(w, b, g.Citation, g.Heading.Zh);
                Str(w, "note", g.Note);
                w.WriteStartArray("items");
                foreach (var p in g.Items)
                {
                    w.WriteStartObject();
                    Text(w, "name", p.Name);
                    Str(w, "statusRaw", p.StatusRaw);
                    w.WriteString("status", p.Status.ToString());
                    if (p.Quantities.Count > 0)
                    {
                        w.WriteStartArray("quantities");
                        foreach (var q in p.Quantities)
                        {
                            w.WriteStartObject();
                            w.WriteString("raw", q.Raw);
                            Dec(w, "value", q.Value);
                            Str(w, "unit", q.Unit);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    Cite(w, b, p.Citation, p.Name.Zh);
                    Str(w, "note", p.Note);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("outline");
        foreach (var n in d.Outline)
        {
            Outline(w, b, n);
        }

        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var t in d.Targets)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            FormerIds(w, t.FormerIds);
            Text(w, "subject", t.Subject);
            Str(w, "catalogueId", t.CatalogueId);
            Str(w, "relation", t.Relation);
            w.WriteString("measure", t.Measure.ToString());
            w.WriteStartObject("horizon");
            w.WriteNumber("from", t.Horizon.From);
            w.WriteNumber("to", t.Horizon.To);
            w.WriteEndObject();
            if (t.BaseYear is int baseYear)
            {
                w.WriteNumber("baseYear", baseYear);
            }

            w.WriteString("role", t.Role.ToString());
            Str(w, "list", t.List);
            Str(w, "section", t.Section);
            w.WritePropertyName("value");
            Value(w, b, t.Value);
            Str(w, "note", t.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("registeredBoxes");
        foreach (var r in d.RegisteredBoxes)
        {
            w.WriteStartObject();
            w.WriteNumber("box", r.Box);
            w.WriteString("status", r.Status);
            Text(w, "title", r.Title);
            w.WriteString("reason", r.Reason);
            Cite(w, b, r.Citation, r.Title.Zh);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An element's former ids, only when it records some (plan diff reads them to recognise a rename).</summary>
    private static void FormerIds(Utf8JsonWriter w, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        w.WriteStartArray("formerIds");
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    private static void Table(Utf8JsonWriter w, CorpusBuild b, IndicatorTable t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        FormerIds(w, t.FormerIds);
        Num(w, "box", t.Box);
        Text(w, "title", t.Title);
        Str(w, "section", t.Section);
        Cite(w, b, t.Citation, t.Title.Zh);
        Str(w, "note", t.Note);
        w.WriteStartArray("columns");
        foreach (var c in t.Columns)
        {
            w.WriteStartObject();
            w.WriteString("key", c.Key);
            Text(w, "header", c.Header);
            Num(w, "year", c.Year);
            w.WriteString("role", c.Role.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("categories");
        foreach (var c in t.Categories)
        {
            w.WriteStartObject();
            w.WriteString("key", c.Key);
            w.WriteString("printed", c.Printed);
            Text(w, "label", c.Label);
            Cite(w, b, c.Citation, c.Printed);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (t.Legend is not null)
        {
            w.WriteStartObject("legend");
            w.WriteString("raw", t.Legend.Raw);
            w.WriteStartArray("markers");
            foreach (var m in t.Legend.Markers)
            {
                w.WriteStartObject();
                w.WriteString("marker", m.Marker);
                w.WriteString("measure", m.Measure.ToString());
                w.WriteString("text", m.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Cite(w, b, t.Legend.Citation, t.Legend.Raw);
            w.WriteEndObject();
        }

        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartObject();
            w.WriteString("key", r.Key);
            Str(w, "seq", r.Sequence);
            Str(w, "parent", r.ParentSequence);
            Str(w, "category", r.Category);
            w.WriteString("printed", r.Printed);
            Text(w, "name", r.Name);
            Str(w, "catalogueId", r.CatalogueId);
            w.WriteStartObject("unit");
            w.WriteString("raw", r.Unit.Raw);
            Str(w, "id", r.Unit.Id);
            Str(w, "priceBasis", r.Unit.PriceBasis);
            w.WriteEndObject();
            w.WriteString("attribute", r.Attribute.ToString());
            Str(w, "attributeRaw", r.AttributeRaw);
            Cite(w, b, r.Citation, r.Printed);
            Str(w, "note", r.Note);
            w.WriteStartArray("values");
            foreach (var v in r.Values)
            {
                Value(w, b, v);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter w, CorpusBuild b, PlanValue v)
    {
        w.WriteStartObject();
        w.WriteString("column", v.Column);
        Num(w, "year", v.Year);
        w.WriteString("role", v.Role.ToString());
        if (v.Raw is null)
        {
            w.WriteNull("raw");
        }
        else
        {
            w.WriteString("raw", v.Raw);
        }

        w.WriteString("qualifier", v.Qualifier.ToString());
        Dec(w, "value", v.Value);
        Dec(w, "max", v.MaxValue);
        if (v.RatioTerms.Count > 0)
        {
            w.WriteStartArray("ratio");
            foreach (var t in v.RatioTerms)
            {
                w.WriteNumberValue(t);
            }

            w.WriteEndArray();
        }

        if (v.Markers.Count > 0)
        {
            w.WriteStartArray("markers");
            foreach (var m in v.Markers)
            {
                w.WriteStringValue(m);
            }

            w.WriteEndArray();
        }

        if (v.Aspiration)
        {
            w.WriteBoolean("aspiration", true);
        }

        w.WriteString("measure", v.Measure.ToString());
        Str(w, "unitId", v.UnitId);
        if (v.IsOverridden)
        {
            w.WriteBoolean("overridden", true);
        }

        Cite(w, b, v.Citation, v.Raw);
        Str(w, "note", v.Note);
        w.WriteEndObject();
    }

    private static void Outline(Utf8JsonWriter w, CorpusBuild b, OutlineNode n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("level", n.Level.ToString());
        w.WriteString("number", n.Number);
        Text(w, "title", n.Title);
        if (n.Inferred)
        {
            w.WriteBoolean("inferred", true);
            Str(w, "evidence", n.Evidence);
        }

        Cite(w, b, n.Citation, n.Title.Zh);
        if (n.Children.Count > 0)
        {
            w.WriteStartArray("children");
            foreach (var c in n.Children)
            {
                Outline(w, b, c);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Catalogue(Utf8JsonWriter w, IndicatorCatalogue c)
    {
        w.WriteStartObject("catalogue");
        w.WriteStartArray("indicators");
        foreach (var i in c.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Id);
            FormerIds(w, i.FormerIds);
            Text(w, "name", i.Name);
            w.WriteStartArray("aliases");
            foreach (var a in i.Aliases)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            Str(w, "unit", i.UnitId);
            Str(w, "measure", i.Measure);
            w.WriteString("direction", i.Direction.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("units");
        foreach (var u in c.Units)
        {
            w.WriteStartObject();
            w.WriteString("id", u.Id);
            w.WriteString("symbol", u.Symbol);
            Text(w, "name", u.Name);
            Str(w, "base", u.BaseId);
            w.WriteNumber("multiplier", u.Multiplier);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Cite(Utf8JsonWriter w, CorpusBuild b, Citation? c, string? raw)
    {
        if (c is null)
        {
            return;
        }

        w.WriteStartObject("citation");
        w.WriteString("file", c.SourceFile);
        w.WriteNumber("line", c.Line);
        if (c.Lines.Count > 1)
        {
            w.WriteStartArray("lines");
            foreach (var l in c.Lines)
            {
                w.WriteNumberValue(l);
            }

            w.WriteEndArray();
        }

        Str(w, "quote", c.Quote);
        Num(w, "offset", b.OffsetOf(c, raw));
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, BilingualText t)
    {
        w.WriteStartObject(name);
        w.WriteString("zh", t.Zh);
        w.WriteString("en", t.En);
        w.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Num(Utf8JsonWriter w, string name, int? value)
    {
        if (value is not null)
        {
            w.WriteNumber(name, value.Value);
        }
    }

    private static void Dec(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is not null)
        {
            w.WriteNumber(name, value.Value);
        }
    }
}

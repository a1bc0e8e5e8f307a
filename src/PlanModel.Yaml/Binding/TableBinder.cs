using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Binding;

/// <summary>Binds <c>kind: table</c>.</summary>
internal static class TableBinder
{
    public static TableSpec Bind(MapReader m)
    {
        var header = CommonBinder.Header(m, "table");
        var attributeColumn = m.Bool("attributeColumn");

        var columns = new List<ColumnSpec>();
        foreach (var node in m.Seq("columns", required: true))
        {
            var c = MapReader.From(node, m.File, m.Diagnostics, "a column");
            if (c is null)
            {
                continue;
            }

            var key = c.RequiredString("key");
            c.NameAs(key, PlanElements.Column);
            if (key.Length > 0 && !Patterns.IsKey(key))
            {
                c.Diagnostics.Add(PlanRules.InvalidColumnKey, c.File, c.PosOf("key").Line, c.PosOf("key").Column, key);
            }

            var columnHeader = CommonBinder.Text(c, "header");
            var year = c.Int("year");
            var role = c.Enum("role", Vocabularies.Roles.Words, required: true) ?? "target";
            var hc = CommonBinder.Cite(c);
            c.String("note");
            c.Done();
            if (hc is not null && columnHeader.Cite is null)
            {
                columnHeader = columnHeader with { Cite = hc };
            }

            columns.Add(new ColumnSpec(key, columnHeader, year, role, c.Pos));
        }

        LegendSpec? legend = null;
        var lm = m.Map("legend");
        if (lm is not null)
        {
            var raw = lm.RequiredString("raw");
            var lc = CommonBinder.Cite(lm);
            if (lc is null)
            {
                lm.Diagnostics.Add(PlanRules.NoCitation, lm.File, lm.Pos.Line, lm.Pos.Column, PlanElements.Legend);
            }

            var markers = new List<MarkerSpec>();
            foreach (var node in lm.Seq("markers"))
            {
                var mk = MapReader.From(node, lm.File, lm.Diagnostics, "a legend marker");
                if (mk is null)
                {
                    continue;
                }

                markers.Add(new MarkerSpec(mk.RequiredString("marker"), mk.Enum("measure", Vocabularies.Measures.Words, required: true) ?? "level", mk.String("text"), mk.Pos));
                mk.String("note");
                mk.Done();
            }

            var notes = new List<TextSpec>();
            foreach (var node in lm.Seq("notes"))
            {
                var nm = MapReader.From(node, lm.File, lm.Diagnostics, "a legend note");
                if (nm is not null)
                {
                    notes.Add(CommonBinder.TextBody(nm, requireEnglish: true));
                    nm.Done();
                }
            }

            lm.String("note");
            lm.Done();
            legend = new LegendSpec(raw, lc, markers.ToEquatable(), notes.ToEquatable(), lm.Pos);
        }

        var categories = m.Each("categories", "a category", Category);
        var rows = m.Each("rows", "a row", Row, required: true);
        return new TableSpec(header, columns.ToEquatable(), attributeColumn, legend, categories, rows, m.Pos, CommonBinder.Uncited(m));
    }

    private static CategorySpec Category(MapReader c)
    {
        var key = c.RequiredString("key");
        var printed = c.RequiredString("printed");
        c.NameAs(printed, PlanElements.Category);
        var label = CommonBinder.Text(c, "label");
        var note = c.String("note");
        var cite = CommonBinder.Cite(c);
        if (cite is null)
        {
            c.Diagnostics.Add(PlanRules.NoCitation, c.File, c.Pos.Line, c.Pos.Column, PlanElements.Category(printed));
        }

        c.Done();
        return new CategorySpec(key, printed, label, cite, note, c.Pos);
    }

    private static RowSpec Row(MapReader r)
    {
        // The printed name cell names the row in every message about it.
        var printed = r.RequiredString("printed");
        r.NameAs(printed, PlanElements.Row);

        ValueSpec? seq = null;
        var seqNode = r.Node("seq");
        if (seqNode is not null && !(seqNode is YamlScalar s && s.IsNull))
        {
            seq = CommonBinder.Value(seqNode, r, PlanElements.KeyOf("seq", r.Element));
        }

        var parent = r.String("parent");
        var category = r.String("category");
        var categoryPos = r.PosOf("category");
        var cite = CommonBinder.Cite(r);
        if (cite is null)
        {
            r.Diagnostics.Add(PlanRules.NoCitation, r.File, r.Pos.Line, r.Pos.Column, r.Element);
        }

        var name = CommonBinder.Text(r, "name");
        var indicator = r.String("indicator");
        var indicatorPos = r.PosOf("indicator");
        UnitSpec? unit = null;
        var um = r.Map("unit");
        if (um is not null)
        {
            unit = new UnitSpec(um.String("raw") ?? string.Empty, um.String("id"), um.String("priceBasis"), um.String("note"), um.Pos);
            um.Done();
        }

        ValueSpec? attribute = null;
        var an = r.Node("attribute");
        if (an is not null && !(an is YamlScalar a && a.IsNull))
        {
            attribute = CommonBinder.Value(an, r, PlanElements.KeyOf("attribute", r.Element));
        }

        var cells = new List<CellSpec>();
        foreach (var e in r.Entries("values"))
        {
            cells.Add(new CellSpec(e.Key.Value, CommonBinder.Value(e.Value, r, PlanElements.ValueOf(e.Key.Value, r.Element))));
        }

        var note = r.String("note");
        var names = CommonBinder.Names(r, formerIds: true);
        r.Done();
        return new RowSpec(seq, parent, category, categoryPos, printed, cite, name, indicator, indicatorPos, unit, attribute, cells.ToEquatable(), note, r.Pos, names);
    }
}

using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Binding;

/// <summary>Binds the building blocks shared by every file kind: text, citations, values.</summary>
internal static class CommonBinder
{
    /// <summary>Reads the citation keys (line, lines, quote, offset) of <paramref name="m"/>, if any.</summary>
    public static CiteSpec? Cite(MapReader m)
    {
        var line = m.Int("line");
        var lines = new List<int>();
        foreach (var n in m.Seq("lines"))
        {
            if (n is YamlScalar s && int.TryParse(s.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var l))
            {
                lines.Add(l);
            }
            else
            {
                m.Diagnostics.Add(PlanRules.LinesNotNumbers, m.File, n.Line, n.Column);
            }
        }

        var quote = m.String("quote");
        var offset = m.Int("offset");
        if (m.Has("lines") && lines.Count == 0)
        {
            var p = m.PosOf("lines");
            m.Diagnostics.Add(PlanRules.LinesEmpty, m.File, p.Line, p.Column, m.Element);
        }

        if (line is null && lines.Count == 0)
        {
            if (quote is not null)
            {
                var p = m.PosOf("quote");
                m.Diagnostics.Add(PlanRules.QuoteNeedsLine, m.File, p.Line, p.Column, m.Element);
            }

            return null;
        }

        var first = line ?? lines[0];
        return new CiteSpec(first, lines.ToEquatable(), quote, offset, m.Pos);
    }

    /// <summary>Reads <c>uncited: [{line|lines|from+to, reason}]</c>: source lines deliberately cited by nothing.</summary>
    public static EquatableArray<UncitedSpec> Uncited(MapReader m) => m.Each("uncited", "an uncited entry", UncitedEntry);

    private static UncitedSpec? UncitedEntry(MapReader u)
    {
        var cite = Cite(u);
        var from = u.Int("from");
        var to = u.Int("to");
        var reason = u.RequiredString("reason");
        u.Done();
        if ((from is null) != (to is null) || (from is int f && to is int t && (f < 1 || t < f)))
        {
            u.Diagnostics.Add(PlanRules.FromTo, u.File, u.Pos.Line, u.Pos.Column);
            return null;
        }

        if (cite is null && from is null)
        {
            u.Diagnostics.Add(PlanRules.UncitedEntryNeedsLines, u.File, u.Pos.Line, u.Pos.Column);
            return null;
        }

        return new UncitedSpec(cite?.AllLines ?? EquatableArray<int>.Empty, from ?? 0, to ?? 0, reason, u.Pos);
    }

    /// <summary>Reads bilingual text at <paramref name="key"/>; a missing 'en' is PLAN405.</summary>
    public static TextSpec Text(MapReader parent, string key, bool required = true, bool requireEnglish = true)
    {
        var node = parent.Node(key);
        if (node is null || (node is YamlScalar s0 && s0.IsNull))
        {
            if (required)
            {
                parent.Missing(key);
            }

            return TextSpec.Empty(parent.Pos);
        }

        if (node is YamlScalar s)
        {
            parent.Diagnostics.Add(PlanRules.NotBilingual, parent.File, node.Line, node.Column, key);
            return new TextSpec(s.Value, string.Empty, null, null, new Pos(node.Line, node.Column));
        }

        var m = MapReader.From(node, parent.File, parent.Diagnostics, "'" + key + "'");
        if (m is null)
        {
            return TextSpec.Empty(parent.Pos);
        }

        m.Element = PlanElements.KeyOf(key, parent.Element);
        var text = TextBody(m, requireEnglish);
        m.Done();
        return text;
    }

    /// <summary>Reads a {zh, en, line…, note} mapping that is already open.</summary>
    public static TextSpec TextBody(MapReader m, bool requireEnglish)
    {
        var zh = m.RequiredString("zh");
        var en = m.String("en");
        if (string.IsNullOrWhiteSpace(en) && requireEnglish)
        {
            m.Diagnostics.Add(PlanRules.NoEnglish, m.File, m.Pos.Line, m.Pos.Column, m.Element);
        }

        var note = m.String("note");
        var cite = Cite(m);
        return new TextSpec(zh, en ?? string.Empty, cite, note, m.Pos);
    }

    /// <summary>Reads a value cell mapping.</summary>
    public static ValueSpec Value(YamlNode node, MapReader parent, string what)
    {
        var (file, d) = (parent.File, parent.Diagnostics);
        var m = MapReader.From(node, file, d, what);
        if (m is null)
        {
            if (node is YamlScalar s && s.IsNull)
            {
                d.Add(PlanRules.EmptyCell, file, node.Line, node.Column, what);
            }

            return new ValueSpec(null, null, true, null, null, new Pos(node.Line, node.Column));
        }

        var v = ValueBody(m);
        m.Done();
        return v;
    }

    /// <summary>Reads raw/missing/note/interpret and the citation from an open mapping.</summary>
    public static ValueSpec ValueBody(MapReader m)
    {
        var missing = m.Bool("missing");
        var raw = m.String("raw");
        var note = m.String("note");
        var cite = Cite(m);
        InterpretSpec? interpret = null;
        var im = m.Map("interpret");
        if (im is not null)
        {
            interpret = new InterpretSpec(
                im.Enum("qualifier", Vocabularies.Qualifiers.Words),
                im.Decimal("value"),
                im.Decimal("max"),
                im.Enum("measure", Vocabularies.Measures.Words),
                im.Pos);
            im.String("note");
            im.Done();
        }

        if (missing)
        {
            if (raw is not null || cite is not null)
            {
                m.Diagnostics.Add(PlanRules.MissingCellWithValue, m.File, m.Pos.Line, m.Pos.Column, m.Element);
            }

            if (string.IsNullOrWhiteSpace(note))
            {
                m.Diagnostics.Add(PlanRules.MissingCellNeedsNote, m.File, m.Pos.Line, m.Pos.Column, m.Element);
            }
        }
        else
        {
            if (raw is null)
            {
                m.Missing("raw");
            }

            if (cite is null)
            {
                m.Diagnostics.Add(PlanRules.ValueNoCitation, m.File, m.Pos.Line, m.Pos.Column, (m.Element, raw ?? string.Empty));
            }
        }

        return new ValueSpec(missing ? null : raw ?? string.Empty, cite, missing, note, interpret, m.Pos);
    }

    /// <summary>
    /// Reads the header of a block file (<paramref name="part"/> is "table" or "list"): id, box, names, title,
    /// section, note and citation, in that order so findings keep their order.
    /// </summary>
    public static BlockHeaderSpec Header(MapReader m, string part)
    {
        var id = Id(m, "id") ?? string.Empty;
        m.NameAs(id, i => PlanElements.Part(part, i));
        return new BlockHeaderSpec(id, m.Int("box"), Names(m, formerIds: true), Text(m, "title"), m.String("section"), m.PosOf("section"), m.String("note"), Cite(m));
    }

    public static string? Id(MapReader m, string key, bool required = true)
    {
        var id = m.String(key, required);
        if (id is not null && !Patterns.IsId(id))
        {
            var p = m.PosOf(key);
            m.Diagnostics.Add(PlanRules.InvalidId, m.File, p.Line, p.Column, id);
        }

        return id;
    }

    /// <summary>
    /// Reads <c>symbol</c>, <c>formerIds</c> and <c>formerSymbols</c>: what the element's generated member is named
    /// after. An unusable symbol (not an identifier, a keyword) is PLAN107 at its key; a former id must be an id.
    /// </summary>
    public static NameSpec Names(MapReader m, bool formerIds, bool symbol = true)
    {
        string? sym = null;
        var symPos = m.Pos;
        EquatableArray<string> formerSymbols = EquatableArray<string>.Empty;
        var formerSymbolsPos = m.Pos;
        if (symbol)
        {
            sym = m.String("symbol");
            symPos = m.KeyPosOf("symbol");
            if (sym is not null && Naming.Identifiers.Problem(sym) is { } problem)
            {
                m.Diagnostics.Add(PlanRules.SymbolUnusable, m.File, symPos.Line, symPos.Column, problem);
            }

            formerSymbolsPos = m.KeyPosOf("formerSymbols");
            formerSymbols = Strings(m, "formerSymbols", s => Naming.Identifiers.Problem(s) is { } p ? PlanRules.FormerSymbolUnusable.With(p) : null);
        }

        var formerIdsPos = m.KeyPosOf("formerIds");
        var ids = formerIds
            ? Strings(m, "formerIds", s => Patterns.IsId(s) ? null : PlanRules.InvalidFormerId.With(s))
            : EquatableArray<string>.Empty;
        return new NameSpec(sym, symPos, ids, formerIdsPos, formerSymbols, formerSymbolsPos, m.PosOf("id"));
    }

    private static EquatableArray<string> Strings(MapReader m, string key, System.Func<string, PlanFinding?> check)
    {
        var list = new List<string>();
        foreach (var node in m.Seq(key))
        {
            if (node is YamlScalar s && !s.IsNull)
            {
                if (check(s.Value) is { } problem)
                {
                    m.Diagnostics.Add(problem, m.File, s.Line, s.Column);
                }

                list.Add(s.Value);
            }
            else
            {
                m.Diagnostics.Add(PlanRules.NotTextList, m.File, node.Line, node.Column, key);
            }
        }

        return list.ToEquatable();
    }

    /// <summary>Reads an int-or-text key (box numbers, parent sequence).</summary>
    public static string? Scalar(MapReader m, string key) => m.String(key);
}

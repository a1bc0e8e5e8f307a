namespace PlanModel.Yaml.Binding;

/// <summary>Binds <c>kind: outline</c> and <c>kind: targets</c>.</summary>
internal static class OutlineTargetsBinder
{
    public static EquatableArray<OutlineNodeSpec> Outline(MapReader m)
    {
        var nodes = new List<OutlineNodeSpec>();
        foreach (var node in m.Seq("nodes", required: true))
        {
            var n = MapReader.From(node, m.File, m.Diagnostics, "an outline node");
            if (n is null)
            {
                continue;
            }

            var id = CommonBinder.Id(n, "id") ?? string.Empty;
            n.NameAs(id, PlanElements.Node);
            var level = n.Enum("level", Vocabularies.OutlineLevels.Words, required: true) ?? "chapter";
            var number = n.String("number");
            var title = CommonBinder.Text(n, "title");
            var inferred = n.Bool("inferred");
            var evidence = n.String("evidence");
            var note = n.String("note");
            var cite = CommonBinder.Cite(n);
            if (inferred && string.IsNullOrWhiteSpace(evidence))
            {
                n.Diagnostics.Add(PlanRules.HeadingNeedsEvidence, n.File, n.Pos.Line, n.Pos.Column, id);
            }

            if (cite is null && !inferred)
            {
                n.Diagnostics.Add(PlanRules.NoCitation, n.File, n.Pos.Line, n.Pos.Column, n.Element);
            }

            n.Done();
            nodes.Add(new OutlineNodeSpec(id, level, number, title, cite, inferred, evidence, note, n.Pos));
        }

        return nodes.ToEquatable();
    }

    public static EquatableArray<TargetSpec> Targets(MapReader m)
    {
        var targets = new List<TargetSpec>();
        foreach (var node in m.Seq("targets", required: true))
        {
            var t = MapReader.From(node, m.File, m.Diagnostics, "a target");
            if (t is null)
            {
                continue;
            }

            var id = CommonBinder.Id(t, "id") ?? string.Empty;
            t.NameAs(id, PlanElements.Target);
            var subject = CommonBinder.Text(t, "subject");
            var indicator = t.String("indicator");
            var indicatorPos = t.PosOf("indicator");
            var unit = t.String("unit");
            var unitPos = t.PosOf("unit");
            var relation = t.String("relation");
            var measure = t.Enum("measure", Vocabularies.Measures.Words);
            var role = t.Enum("role", Vocabularies.Roles.Words, required: true) ?? "target";
            var list = t.Enum("list", Vocabularies.Lists.Words);
            var section = t.String("section");
            var sectionPos = t.PosOf("section");
            var hm = t.Map("horizon", required: true);
            var horizon = new HorizonSpec(0, 0, t.Pos);
            if (hm is not null)
            {
                var year = hm.Int("year");
                var from = hm.Int("from");
                var to = hm.Int("to");
                if (year is not null)
                {
                    horizon = new HorizonSpec(year.Value, year.Value, hm.Pos);
                }
                else if (from is not null && to is not null)
                {
                    horizon = new HorizonSpec(from.Value, to.Value, hm.Pos);
                    if (from > to)
                    {
                        hm.Diagnostics.Add(PlanRules.HorizonReversed, hm.File, hm.Pos.Line, hm.Pos.Column, (t.Element, from.Value, to.Value));
                    }
                }
                else
                {
                    hm.Diagnostics.Add(PlanRules.HorizonForm, hm.File, hm.Pos.Line, hm.Pos.Column, t.Element);
                }

                hm.String("note");
                hm.Done();
            }

            var baseYear = t.Int("baseYear");
            var value = CommonBinder.ValueBody(t);
            var names = CommonBinder.Names(t, formerIds: true);
            t.Done();
            targets.Add(new TargetSpec(id, subject, indicator, indicatorPos, value, unit, unitPos, relation, measure, horizon, baseYear, role, list, section, sectionPos, value.Note, t.Pos, names));
        }

        return targets.ToEquatable();
    }

    /// <summary>
    /// Reads <c>targetText: [{section} | {line|lines} | {from, to} | {line, quote, offset?}]</c>: the prose whose every
    /// number is accounted for (PLAN412).
    /// </summary>
    public static EquatableArray<TargetTextSpec> TargetText(MapReader m)
    {
        var list = new List<TargetTextSpec>();
        foreach (var node in m.Seq("targetText"))
        {
            var e = MapReader.From(node, m.File, m.Diagnostics, "a targetText entry");
            if (e is null)
            {
                continue;
            }

            var section = e.String("section");
            var sectionPos = e.PosOf("section");
            var cite = CommonBinder.Cite(e);
            var from = e.Int("from");
            var to = e.Int("to");
            var note = e.String("note");
            e.Done();
            var forms = (section is null ? 0 : 1) + (cite is null ? 0 : 1) + (from is null && to is null ? 0 : 1);
            if (forms != 1)
            {
                e.Diagnostics.Add(forms == 0 ? PlanRules.TargetTextNoForm : PlanRules.TargetTextMixedForms, e.File, e.Pos.Line, e.Pos.Column);
                continue;
            }

            if ((from is null) != (to is null) || (from is int f && to is int t && (f < 1 || t < f)))
            {
                e.Diagnostics.Add(PlanRules.FromTo, e.File, e.Pos.Line, e.Pos.Column);
                continue;
            }

            if (cite is not null && cite.Quote is not null && cite.AllLines.Count != 1)
            {
                e.Diagnostics.Add(PlanRules.LeadInWithLines, e.File, e.Pos.Line, e.Pos.Column);
                continue;
            }

            list.Add(new TargetTextSpec(section, sectionPos, cite, from ?? 0, to ?? 0, note, e.Pos));
        }

        return list.ToEquatable();
    }

    /// <summary>Reads <c>untargeted: [{line, printed, offset, reason}]</c>: numbers in target text that are not targets.</summary>
    public static EquatableArray<UntargetedSpec> Untargeted(MapReader m)
    {
        var list = new List<UntargetedSpec>();
        foreach (var node in m.Seq("untargeted"))
        {
            var u = MapReader.From(node, m.File, m.Diagnostics, "an untargeted entry");
            if (u is null)
            {
                continue;
            }

            var line = u.Int("line", required: true);
            var printed = u.String("printed", required: true);
            var offset = u.Int("offset", required: true);
            var reason = u.String("reason", required: true);
            u.Done();
            if (reason is not null && reason.Trim().Length == 0)
            {
                u.Diagnostics.Add(PlanRules.UntargetedNeedsReason, u.File, u.Pos.Line, u.Pos.Column, printed ?? string.Empty);
            }

            if (line is int l && printed is not null && offset is int o)
            {
                list.Add(new UntargetedSpec(l, printed, o, reason ?? string.Empty, u.Pos));
            }
        }

        return list.ToEquatable();
    }

    public static EquatableArray<CatalogueIndicatorSpec> Indicators(MapReader m)
    {
        var list = new List<CatalogueIndicatorSpec>();
        foreach (var node in m.Seq("indicators", required: true))
        {
            var i = MapReader.From(node, m.File, m.Diagnostics, "an indicator");
            if (i is null)
            {
                continue;
            }

            var id = CommonBinder.Id(i, "id") ?? string.Empty;
            i.NameAs(id, PlanElements.Indicator);
            var name = CommonBinder.Text(i, "name");
            var aliases = new List<string>();
            foreach (var a in i.Seq("aliases"))
            {
                if (a is Yaml.YamlScalar s)
                {
                    aliases.Add(s.Value);
                }
                else
                {
                    i.Diagnostics.Add(PlanRules.AliasNotText, i.File, a.Line, a.Column, id);
                }
            }

            var unit = i.String("unit");
            var unitPos = i.PosOf("unit");
            var measure = i.Enum("measure", Vocabularies.CatalogueMeasures.Words);
            var direction = i.Enum("direction", Vocabularies.Directions.Words);
            var note = i.String("note");
            var names = CommonBinder.Names(i, formerIds: true, symbol: false);
            i.Done();
            list.Add(new CatalogueIndicatorSpec(id, name, aliases.ToEquatable(), unit, unitPos, measure, direction, note, i.Pos, names));
        }

        return list.ToEquatable();
    }

    public static EquatableArray<UnitDefSpec> Units(MapReader m)
    {
        var list = new List<UnitDefSpec>();
        foreach (var node in m.Seq("units", required: true))
        {
            var u = MapReader.From(node, m.File, m.Diagnostics, "a unit");
            if (u is null)
            {
                continue;
            }

            var id = CommonBinder.Id(u, "id") ?? string.Empty;
            u.NameAs(id, PlanElements.Unit);
            var symbol = u.RequiredString("symbol");
            var name = CommonBinder.Text(u, "name");
            var b = u.String("base");
            var mult = u.Int("multiplier") ?? 0;
            u.String("note");
            u.Done();
            list.Add(new UnitDefSpec(id, symbol, name, b, mult, u.Pos));
        }

        return list.ToEquatable();
    }
}

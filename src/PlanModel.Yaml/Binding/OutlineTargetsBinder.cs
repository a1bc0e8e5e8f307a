namespace PlanModel.Yaml.Binding;

/// <summary>Binds <c>kind: outline</c> and <c>kind: targets</c>.</summary>
internal static class OutlineTargetsBinder
{
    public static EquatableArray<OutlineNodeSpec> Outline(MapReader m) => m.Each("nodes", "an outline node", OutlineNode, required: true);

    private static OutlineNodeSpec? OutlineNode(MapReader n)
    {
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
        return new OutlineNodeSpec(id, level, number, title, cite, inferred, evidence, note, n.Pos);
    }

    public static EquatableArray<TargetSpec> Targets(MapReader m) => m.Each("targets", "a target", Target, required: true);

    private static TargetSpec? Target(MapReader t)
    {
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
        return new TargetSpec(id, subject, indicator, indicatorPos, value, unit, unitPos, relation, measure, horizon, baseYear, role, list, section, sectionPos, value.Note, t.Pos, names);
    }

    /// <summary>
    /// Reads <c>targetText: [{section} | {line|lines} | {from, to} | {line, quote, offset?}]</c>: the prose whose every
    /// number is accounted for (PLAN412).
    /// </summary>
    public static EquatableArray<TargetTextSpec> TargetText(MapReader m) => m.Each("targetText", "a targetText entry", TargetTextEntry);

    private static TargetTextSpec? TargetTextEntry(MapReader e)
    {
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
            return null;
        }

        if ((from is null) != (to is null) || (from is int f && to is int t && (f < 1 || t < f)))
        {
            e.Diagnostics.Add(PlanRules.FromTo, e.File, e.Pos.Line, e.Pos.Column);
            return null;
        }

        if (cite is not null && cite.Quote is not null && cite.AllLines.Count != 1)
        {
            e.Diagnostics.Add(PlanRules.LeadInWithLines, e.File, e.Pos.Line, e.Pos.Column);
            return null;
        }

        return new TargetTextSpec(section, sectionPos, cite, from ?? 0, to ?? 0, note, e.Pos);
    }

    /// <summary>Reads <c>untargeted: [{line, printed, offset, reason}]</c>: numbers in target text that are not targets.</summary>
    public static EquatableArray<UntargetedSpec> Untargeted(MapReader m) => m.Each("untargeted", "an untargeted entry", UntargetedEntry);

    private static UntargetedSpec? UntargetedEntry(MapReader u)
    {
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
            return new UntargetedSpec(l, printed, o, reason ?? string.Empty, u.Pos);
        }

        return null;
    }

    public static EquatableArray<CatalogueIndicatorSpec> Indicators(MapReader m) => m.Each("indicators", "an indicator", Indicator, required: true);

    private static CatalogueIndicatorSpec? Indicator(MapReader i)
    {
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
        return new CatalogueIndicatorSpec(id, name, aliases.ToEquatable(), unit, unitPos, measure, direction, note, i.Pos, names);
    }

    public static EquatableArray<UnitDefSpec> Units(MapReader m) => m.Each("units", "a unit", Unit, required: true);

    private static UnitDefSpec? Unit(MapReader u)
    {
        var id = CommonBinder.Id(u, "id") ?? string.Empty;
        u.NameAs(id, PlanElements.Unit);
        var symbol = u.RequiredString("symbol");
        var name = CommonBinder.Text(u, "name");
        var b = u.String("base");
        var mult = u.Int("multiplier") ?? 0;
        u.String("note");
        u.Done();
        return new UnitDefSpec(id, symbol, name, b, mult, u.Pos);
    }
}

namespace PlanModel.Yaml.Binding;

/// <summary>Binds <c>kind: projects</c>.</summary>
internal static class ProjectsBinder
{
    public static ProjectsSpec Bind(MapReader m)
    {
        var header = CommonBinder.Header(m, "list");

        // A list whose title the extraction lost keeps a reconstructed title, marked as such (like inferred headings).
        var inferred = m.Bool("inferred");
        var evidence = m.String("evidence");
        if (inferred && string.IsNullOrWhiteSpace(evidence))
        {
            m.Diagnostics.Add(PlanRules.ListNeedsEvidence, m.File, m.Pos.Line, m.Pos.Column, header.Id);
        }

        if (header.Cite is null && !inferred)
        {
            m.Diagnostics.Add(PlanRules.NoCitation, m.File, m.Pos.Line, m.Pos.Column, PlanElements.KeyOf("title", m.Element));
        }

        var groups = new List<GroupSpec>();
        foreach (var node in m.Seq("groups", required: true))
        {
            var g = MapReader.From(node, m.File, m.Diagnostics, "a group");
            if (g is null)
            {
                continue;
            }

            var heading = g.Has("heading") ? CommonBinder.Text(g, "heading") : CommonBinder.Text(g, "heading", required: false);
            g.NameAs(heading.Zh, PlanElements.Group);
            var gnote = g.String("note");
            var gcite = CommonBinder.Cite(g);
            var items = new List<ItemSpec>();
            foreach (var itemNode in g.Seq("items"))
            {
                var i = MapReader.From(itemNode, g.File, g.Diagnostics, "an item");
                if (i is null)
                {
                    continue;
                }

                items.Add(Item(i, gcite));
            }

            g.Done();
            groups.Add(new GroupSpec(heading, gcite, items.ToEquatable(), gnote, g.Pos));
        }

        return new ProjectsSpec(header, groups.ToEquatable(), inferred, inferred ? evidence : null, m.Pos, CommonBinder.Uncited(m));
    }

    private static ItemSpec Item(MapReader i, CiteSpec? groupCite)
    {
        var name = CommonBinder.Text(i, "name");
        i.NameAs(name.Zh, PlanElements.Item);
        StatusSpec? status = null;
        var sm = i.Map("status");
        if (sm is not null)
        {
            status = new StatusSpec(sm.String("raw"), sm.Enum("code", Vocabularies.StatusCodes.Words), sm.Pos);
            sm.String("note");
            sm.Done();
        }

        var quantities = new List<QuantitySpec>();
        foreach (var qn in i.Seq("quantities"))
        {
            var q = MapReader.From(qn, i.File, i.Diagnostics, "a quantity");
            if (q is null)
            {
                continue;
            }

            quantities.Add(new QuantitySpec(q.RequiredString("raw"), q.Decimal("value"), q.String("unit"), q.Pos));
            q.String("note");
            q.Done();
        }

        var note = i.String("note");
        CiteSpec? cite;
        if (i.Has("line") || i.Has("lines"))
        {
            cite = CommonBinder.Cite(i);
        }
        else
        {
            // An item inherits its group's line; its quote (and offset) narrow it within that line.
            var quote = i.String("quote");
            var offset = i.Int("offset");
            cite = groupCite is null ? null : groupCite with { Quote = quote, Offset = offset, Pos = i.Pos };
        }

        if (cite is null && name.Cite is not null)
        {
            cite = name.Cite;
        }

        if (cite is null)
        {
            i.Diagnostics.Add(PlanRules.ItemNoCitation, i.File, i.Pos.Line, i.Pos.Column, name.Zh);
        }

        // Items have no id: a member of their own only with an explicit symbol (docs/format.md, "Generated names").
        var names = CommonBinder.Names(i, formerIds: false);
        i.Done();
        return new ItemSpec(name, status, quantities.ToEquatable(), cite, note, i.Pos, names);
    }
}

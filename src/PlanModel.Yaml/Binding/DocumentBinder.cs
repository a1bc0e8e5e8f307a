namespace PlanModel.Yaml.Binding;

/// <summary>Binds <c>kind: document</c>.</summary>
internal static class DocumentBinder
{
    public static DocumentSpec Bind(MapReader m)
    {
        var id = CommonBinder.Id(m, "id") ?? string.Empty;
        m.NameAs(id, PlanElements.Document);

        var type = m.Enum("type", Vocabularies.DocumentKinds.Words, required: true) ?? "five-year-plan";
        var names = CommonBinder.Names(m, formerIds: true);
        var title = CommonBinder.Text(m, "title");
        var region = Region(m);
        var parent = m.String("parent");
        var parentPos = m.PosOf("parent");
        var period = m.Map("period", required: true);
        var start = period?.Int("start", required: true) ?? 0;
        var end = period?.Int("end", required: true) ?? 0;
        period?.Done();
        if (period is not null && start > end)
        {
            m.Diagnostics.Add(PlanRules.PeriodReversed, m.File, period.Pos.Line, period.Pos.Column, (start, end));
        }

        var vision = m.Int("visionYear");
        DeliveredSpec? delivered = null;
        var dm = m.Map("delivered");
        if (dm is not null)
        {
            var date = dm.String("date");
            if (date is not null && !System.Text.RegularExpressions.Regex.IsMatch(date, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
            {
                var p = dm.PosOf("date");
                dm.Diagnostics.Add(PlanRules.DateForm, dm.File, p.Line, p.Column, date);
            }

            var session = dm.Has("session") ? CommonBinder.Text(dm, "session") : null;
            var speaker = dm.Has("speaker") ? CommonBinder.Text(dm, "speaker") : null;
            dm.String("note");
            dm.Done();
            delivered = new DeliveredSpec(date, session, speaker, dm.Pos);
        }

        var source = Source(m);
        var boxes = new List<BoxRegSpec>();
        foreach (var node in m.Seq("boxes"))
        {
            var bm = MapReader.From(node, m.File, m.Diagnostics, "a box register entry");
            if (bm is null)
            {
                continue;
            }

            var box = bm.Int("box", required: true) ?? 0;
            bm.Element = "box " + box.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the box register";
            var status = bm.Enum("status", Vocabularies.BoxStatuses.Words, required: true) ?? "pending";
            var btitle = CommonBinder.Text(bm, "title");
            var reason = bm.String("reason");
            if (string.IsNullOrWhiteSpace(reason))
            {
                bm.Diagnostics.Add(PlanRules.BoxNeedsReason, bm.File, bm.Pos.Line, bm.Pos.Column, (box, status));
            }

            bm.String("note");
            var cite = CommonBinder.Cite(bm);
            bm.Done();
            boxes.Add(new BoxRegSpec(box, status, btitle, reason ?? string.Empty, cite, bm.Pos));
        }

        var note = m.String("note");
        return new DocumentSpec(id, type, names, title, region, parent, parentPos, start, end, vision, delivered, source, boxes.ToEquatable(), note, m.Pos);
    }

    private static RegionSpec Region(MapReader m)
    {
        var r = m.Map("region", required: true);
        if (r is null)
        {
            return new RegionSpec(string.Empty, "district", TextSpec.Empty(m.Pos), m.Pos);
        }

        var code = NonEmpty(r, "code");
        if (code.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(code, "^[0-9]{6}$"))
        {
            var p = r.PosOf("code");
            r.Diagnostics.Add(PlanRules.RegionCodeForm, r.File, p.Line, p.Column, code);
        }

        var level = r.Enum("level", Vocabularies.RegionLevels.Words, required: true) ?? "district";
        var name = CommonBinder.Text(r, "name");
        r.String("note");
        r.Done();
        return new RegionSpec(code, level, name, r.Pos);
    }

    private static string NonEmpty(MapReader m, string key)
    {
        var value = m.RequiredString(key);
        if (value.Trim().Length == 0 && m.Has(key))
        {
            var p = m.PosOf(key);
            m.Diagnostics.Add(PlanRules.EmptyText, m.File, p.Line, p.Column, (key, m.Element));
        }

        return value;
    }

    private static SourceSpec Source(MapReader m)
    {
        var s = m.Map("source", required: true);
        if (s is null)
        {
            return new SourceSpec(string.Empty, string.Empty, 0, 0, null, m.Pos, m.Pos, m.Pos);
        }

        var file = NonEmpty(s, "file");
        var sha = NonEmpty(s, "sha256");
        if (sha.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(sha, "^[0-9a-f]{64}$"))
        {
            var p = s.PosOf("sha256");
            s.Diagnostics.Add(PlanRules.Sha256Form, s.File, p.Line, p.Column);
        }

        var line = s.Int("line", required: true) ?? 1;
        var end = s.Int("endLine", required: true) ?? line;
        var quote = s.String("quote");
        s.String("note");
        var filePos = s.PosOf("file");
        var shaPos = s.PosOf("sha256");
        s.Done();
        return new SourceSpec(file, sha, line, end, quote, s.Pos, filePos, shaPos);
    }
}

using System.Text.RegularExpressions;

namespace PlanModel.Yaml.Validation;

/// <summary>Provenance: the source exists and matches its hash, every citation holds its text; then completeness (<see cref="CompletenessRules"/>).</summary>
internal static class ProvenanceRules
{
    public static void Check(DocumentModel doc, ISourceResolver sources, CitationBudget budget, DiagnosticBag d, Regex boxMention)
    {
        var spec = doc.Document;
        var src = spec.Source;
        if (src.File.Length == 0)
        {
            return;
        }

        var load = sources.Load(doc.Path, src.File);
        var text = load.Text;
        if (text is null)
        {
            // A path refused before any file was touched is already reported by DocumentRules (PLAN308).
            if (load.Finding is { } refused && (load.CorpusPath.Length > 0 || refused.Rule != PlanRules.SourcePathNotAllowed))
            {
                d.Add(refused.About(PlanElements.Source(src.File)), doc.Path, src.FilePos.Line, src.FilePos.Column);
            }

            return;
        }

        if (src.Sha256.Length > 0 && text.Sha256 != src.Sha256)
        {
            d.Add(PlanRules.HashMismatch, doc.Path, src.ShaPos.Line, src.ShaPos.Column, (src.File, text.Sha256, src.Sha256));
            return;
        }

        if (src.Line < 1 || src.EndLine > text.LineCount || src.Line > src.EndLine)
        {
            d.Add(PlanRules.DocumentLinesOutside, doc.Path, src.Pos.Line, src.Pos.Column, (src.Line, src.EndLine, text.LineCount));
            return;
        }

        var check = new CitationChecker(text, src.Line, src.EndLine, d, budget);
        if (src.Quote is not null)
        {
            check.Check(doc.Path, src.Pos, new CiteSpec(src.Line, EquatableArray<int>.Empty, null, null, src.Pos), src.Quote, "source quote");
        }

        Text(check, doc.Path, spec.Title, "title");
        if (spec.Delivered is not null)
        {
            if (spec.Delivered.Session is not null)
            {
                Text(check, doc.Path, spec.Delivered.Session, "session");
            }

            if (spec.Delivered.Speaker is not null)
            {
                Text(check, doc.Path, spec.Delivered.Speaker, "speaker");
            }
        }

        foreach (var reg in spec.Boxes)
        {
            check.Check(doc.Path, reg.Pos, reg.Cite ?? reg.Title.Cite, reg.Title.Zh, "box " + reg.Box.ToString(CultureInfo.InvariantCulture) + " title");
            if (reg.Status == "pending")
            {
                d.Add(PlanRules.BoxIsPending, doc.Path, reg.Pos.Line, reg.Pos.Column, (reg.Box, reg.Title.Zh, reg.Reason ?? string.Empty));
            }
        }

        var blocks = new List<HashSet<int>>();
        foreach (var (path, table) in doc.Tables)
        {
            var cited = check.Record();
            Table(check, path, table, d);
            check.StopRecording();
            CompletenessRules.Lines(path, table.Pos, "table", cited, table.Uncited, text, d);
            blocks.Add(cited);
        }

        foreach (var (path, list) in doc.ProjectLists)
        {
            var cited = check.Record();
            ProjectList(check, path, list);
            check.StopRecording();
            CompletenessRules.Lines(path, list.Pos, "box", cited, list.Uncited, text, d);
            blocks.Add(cited);
        }

        var headings = check.Record();
        foreach (var (path, node) in doc.Outline)
        {
            if (node.Inferred)
            {
                continue;
            }

            var cite = node.Title.Cite ?? node.Cite;
            if (node.Number is not null && node.Number.Length > 0)
            {
                check.Check(path, node.Pos, cite, node.Number, PlanElements.KeyOf("number", PlanElements.Node(node.Id)));
            }

            check.Check(path, node.Title.Pos, cite, node.Title.Zh, PlanElements.KeyOf("title", PlanElements.Node(node.Id)));
        }

        check.StopRecording();
        CompletenessRules.Headings(doc, headings, text, d);

        foreach (var (path, t) in doc.Targets)
        {
            var target = PlanElements.Target(t.Id);
            var printed = PrintedContext.Locate(check.Check(path, t.Value.Pos, t.Value.Cite, t.Value.Raw ?? string.Empty, target), t.Value);
            AsPrintedRules.Prose(path, t.Value, target, printed, d);
            RelationWordRules.Prose(path, t.Value, target, printed, d);
        }

        CompletenessRules.TargetLists(doc, text, d);

        // The declarations of PLAN412 are checked like citations but cover nothing themselves.
        foreach (var (path, e) in doc.TargetText)
        {
            if (e.IsSentence)
            {
                check.Check(path, e.Pos, e.Cite, e.Cite!.Quote!, "targetText lead-in", covers: false);
            }
            else if (e.Cite is not null)
            {
                foreach (var l in e.Cite.AllLines)
                {
                    check.InRange(path, e.Pos, l, "targetText");
                }
            }
            else if (e.Section is null)
            {
                _ = check.InRange(path, e.Pos, e.From, "targetText 'from'") && check.InRange(path, e.Pos, e.To, "targetText 'to'");
            }
        }

        foreach (var (path, u) in doc.Untargeted)
        {
            check.Check(path, u.Pos, new CiteSpec(u.Line, EquatableArray<int>.Empty, u.Printed, u.Offset, u.Pos), u.Printed, "untargeted number", covers: false);
        }

        TargetTextRules.Check(doc, check.Spans, headings, blocks, text, d);

        CompletenessRules.Boxes(doc, text, d, boxMention);
    }

    private static void ProjectList(CitationChecker check, string path, ProjectsSpec list)
    {
        if (!list.TitleInferred)
        {
            check.Check(path, list.Pos, list.Cite, list.Title.Zh, PlanElements.KeyOf("title", PlanElements.Part("list", list.Id)));
        }

        foreach (var g in list.Groups)
        {
            if (g.Heading.Zh.Length > 0)
            {
                check.Check(path, g.Heading.Pos, g.Heading.Cite ?? g.Cite, g.Heading.Zh, PlanElements.KeyOf("heading", PlanElements.Group(g.Heading.Zh)));
            }

            foreach (var item in g.Items)
            {
                var element = PlanElements.Item(item.Name.Zh);
                check.Check(path, item.Pos, item.Name.Cite ?? item.Cite, item.Name.Zh, element);
                foreach (var q in item.Quantities)
                {
                    check.Check(path, q.Pos, item.Cite is null ? null : item.Cite with { Quote = null }, q.Raw, PlanElements.KeyOf("quantities", element));
                }
            }
        }
    }

    /// <summary>A table cell: printed on its line (PLAN304), and the whole cell as printed (PLAN505).</summary>
    private static void Cell(CitationChecker check, string path, ValueSpec value, string what, DiagnosticBag d)
    {
        AsPrintedRules.Cell(path, value, what, check.Check(path, value.Pos, value.Cite, value.Raw ?? string.Empty, what), d);
    }

    private static void Text(CitationChecker check, string path, TextSpec text, string what)
    {
        if (text.Cite is not null)
        {
            check.Check(path, text.Pos, text.Cite, text.Zh, what);
        }
    }

    private static void Table(CitationChecker check, string path, TableSpec table, DiagnosticBag d)
    {
        check.Check(path, table.Pos, table.Cite, table.Title.Zh, PlanElements.KeyOf("title", PlanElements.Part("table", table.Id)));
        foreach (var col in table.Columns)
        {
            Text(check, path, col.Header, PlanElements.KeyOf("header", PlanElements.Column(col.Key)));
        }

        if (table.Legend is not null)
        {
            check.Check(path, table.Legend.Pos, table.Legend.Cite, table.Legend.Raw, "legend");
            foreach (var n in table.Legend.Notes)
            {
                Text(check, path, n, "legend note");
            }
        }

        foreach (var cat in table.Categories)
        {
            check.Check(path, cat.Pos, cat.Cite, cat.Printed, PlanElements.Category(cat.Printed));
        }

        foreach (var row in table.Rows)
        {
            var rowName = PlanElements.Row(row.Printed);
            if (row.Seq is not null)
            {
                Cell(check, path, row.Seq, PlanElements.KeyOf("seq", rowName), d);
            }

            check.Check(path, row.Pos, row.Cite, row.Printed, PlanElements.KeyOf("printed", rowName));
            if (row.Attribute is not null && !row.Attribute.Missing)
            {
                Cell(check, path, row.Attribute, PlanElements.KeyOf("attribute", rowName), d);
            }

            foreach (var cell in row.Values)
            {
                if (!cell.Value.Missing)
                {
                    Cell(check, path, cell.Value, PlanElements.ValueOf(cell.Column, rowName), d);
                }
            }
        }
    }
}

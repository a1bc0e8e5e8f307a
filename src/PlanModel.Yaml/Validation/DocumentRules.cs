namespace PlanModel.Yaml.Validation;

/// <summary>Structural rules of one document: ids, references, sequences, cells, catalogue links, arithmetic.</summary>
internal static class DocumentRules
{
    public static void Check(DocumentModel doc, CorpusContext c, DiagnosticBag d)
    {
        var spec = doc.Document;

        // The generated names of the document (PLAN107 reserved, PLAN207 collisions): the same code the generator names with.
        Naming.NameBinder.Document(doc, d);
        if (spec.Parent is not null && !c.DocumentIds.Contains(spec.Parent))
        {
            d.Add(PlanRules.ParentNotInCorpus, doc.Path, spec.ParentPos.Line, spec.ParentPos.Column, (spec.Id, spec.Parent));
        }

        if (spec.Parent == spec.Id)
        {
            d.Add(PlanRules.OwnParent, doc.Path, spec.ParentPos.Line, spec.ParentPos.Column, spec.Id);
        }

        // The lexical half of the source resolver: reported here so the generator (which reads no files) says it too.
        if (spec.Source.File.Length > 0 && !Sources.SourcePath.TryNormalize(doc.Path, spec.Source.File, out _, out var problem))
        {
            d.Add(problem!.About(PlanElements.Source(spec.Source.File)), doc.Path, spec.Source.FilePos.Line, spec.Source.FilePos.Column);
        }

        var sections = new HashSet<string>(StringComparer.Ordinal);
        var outlineIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, node) in doc.Outline)
        {
            if (Unique(outlineIds, node.Id, path, node.Pos, "outline id", d))
            {
                sections.Add(node.Id);
            }
        }

        var partIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var boxes = new Dictionary<int, string>();
        foreach (var (path, table) in doc.Tables)
        {
            CheckPartId(partIds, path, table.Id, table.Names.IdPos, d);
            CheckBox(boxes, path, table.Box, table.Pos, d);
            CheckSection(sections, path, PlanElements.Part("table", table.Id), table.Section, table.SectionPos, d);
            CheckTable(path, table, c, d);
        }

        foreach (var (path, list) in doc.ProjectLists)
        {
            CheckPartId(partIds, path, list.Id, list.Names.IdPos, d);
            CheckBox(boxes, path, list.Box, list.Pos, d);
            CheckSection(sections, path, PlanElements.Part("list", list.Id), list.Section, list.SectionPos, d);
            foreach (var g in list.Groups)
            {
                foreach (var item in g.Items)
                {
                    TypingRules.Status(path, item.Status, d);
                    foreach (var q in item.Quantities)
                    {
                        CheckNumber(path, PlanElements.Item(item.Name.Zh), q.Pos, q.Raw, q.Value, d);
                    }
                }
            }
        }

        foreach (var reg in spec.Boxes)
        {
            if (boxes.TryGetValue(reg.Box, out var file))
            {
                d.Add(PlanRules.BoxRegisteredAndTranscribed, doc.Path, reg.Pos.Line, reg.Pos.Column, (reg.Box, reg.Status, file));
            }
        }

        foreach (var (path, e) in doc.TargetText)
        {
            if (e.Section is not null && !sections.Contains(e.Section))
            {
                d.Add(PlanRules.SectionNotInOutline, path, e.SectionPos.Line, e.SectionPos.Column, ("targetText", e.Section));
            }
        }

        var targetIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, t) in doc.Targets)
        {
            var target = PlanElements.Target(t.Id);
            Unique(targetIds, t.Id, path, t.Names.IdPos, "target id", d);
            CheckSection(sections, path, target, t.Section, t.SectionPos, d);
            if (t.Indicator is not null && !c.Indicators.ContainsKey(t.Indicator))
            {
                d.Add(PlanRules.IndicatorNotInCatalogue, path, t.IndicatorPos.Line, t.IndicatorPos.Column, (target, t.Indicator));
            }

            if (t.Unit is not null && !c.Units.ContainsKey(t.Unit))
            {
                d.Add(PlanRules.UnitNotInCatalogue, path, t.UnitPos.Line, t.UnitPos.Column, (target, t.Unit));
            }

            CheckInterpretation(path, target, t.Value, d, signedByRelation: IsDecrease(t.Relation));
            TypingRules.Multiple(path, t, d);
            if (t.Unit == PercentUnit && IsShare(t.Indicator, c))
            {
                CheckShare(path, t.Indicator!, t.Value, null, t.Measure, d);
            }
        }
    }

    private const string PercentUnit = "percent";

    private static bool IsShare(string? indicator, CorpusContext c) =>
        indicator is not null && c.Indicators.TryGetValue(indicator, out var i) && i.Measure == "share";

    /// <summary>
    /// A share (part of a whole, in %) is checkable arithmetic: a level outside 0–100 is a transcription slip. The
    /// value is read as everywhere else (<see cref="SpecInterpreter.Value"/>: parser, legend markers, overrides);
    /// values that are not levels (a marker, a growth or cumulative measure, a ratio) are skipped.
    /// </summary>
    private static void CheckShare(string path, string indicator, ValueSpec spec, IReadOnlyList<MarkerSpec>? legend, string? measure, DiagnosticBag d)
    {
        if (spec.Raw is null)
        {
            return;
        }

        var v = SpecInterpreter.Value(spec, legend, string.Empty, null, ValueRole.Target, null, null, measure);
        if (v.Markers.Count > 0 || v.RatioTerms.Count > 0 || v.Measure is not (ValueMeasure.Level or ValueMeasure.Unspecified))
        {
            return;
        }

        foreach (var n in new[] { v.Value, v.MaxValue })
        {
            if (n is decimal x && (x < 0 || x > 100))
            {
                d.Add(PlanRules.ShareOutside, path, spec.Pos.Line, spec.Pos.Column, (spec.Raw, x, indicator));
                return;
            }
        }
    }

    private static void CheckPartId(Dictionary<string, string> ids, string path, string id, Pos pos, DiagnosticBag d)
    {
        if (ids.TryGetValue(id, out var first))
        {
            d.Add(PlanRules.PartIdTaken, path, pos.Line, pos.Column, (id, first));
        }
        else
        {
            ids[id] = PlanElements.At(path, pos.Line);
        }
    }

    /// <summary>False (PLAN205 at the second use, naming the first) when <paramref name="id"/> is taken.</summary>
    private static bool Unique(Dictionary<string, string> ids, string id, string path, Pos pos, string what, DiagnosticBag d)
    {
        if (ids.TryGetValue(id, out var first))
        {
            d.Add(PlanRules.UsedTwice, path, pos.Line, pos.Column, (what, id, first));
            return false;
        }

        ids[id] = PlanElements.At(path, pos.Line);
        return true;
    }

    private static void CheckBox(Dictionary<int, string> boxes, string path, int? box, Pos pos, DiagnosticBag d)
    {
        if (box is null)
        {
            return;
        }

        if (boxes.TryGetValue(box.Value, out var other))
        {
            d.Add(PlanRules.BoxTaken, path, pos.Line, pos.Column, (box.Value, other));
        }
        else
        {
            boxes[box.Value] = PlanElements.At(path, pos.Line);
        }
    }

    private static void CheckSection(HashSet<string> sections, string path, string element, string? section, Pos pos, DiagnosticBag d)
    {
        if (section is not null && sections.Count > 0 && !sections.Contains(section))
        {
            d.Add(PlanRules.SectionNotInOutline, path, pos.Line, pos.Column, (element, section));
        }
    }

    private static void CheckTable(string path, TableSpec table, CorpusContext c, DiagnosticBag d)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var col in table.Columns)
        {
            Unique(columns, col.Key, path, col.Pos, "column key", d);
        }

        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cat in table.Categories)
        {
            Unique(categories, cat.Key, path, cat.Pos, "category key", d);
        }

        var expected = 1;
        var seqs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (row.Seq is not null && row.Seq.Raw is not null)
            {
                var raw = row.Seq.Raw.Trim();
                seqs.Add(raw);
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    if (n != expected)
                    {
                        d.Add(PlanRules.SequenceGap, path, row.Seq.Pos.Line, row.Seq.Pos.Column, (row.Printed, n, expected - 1, expected));
                    }

                    expected = n + 1;
                }
            }
            else if (row.Parent is null)
            {
                d.Add(PlanRules.RowNeedsSeqOrParent, path, row.Pos.Line, row.Pos.Column, row.Printed);
            }

            if (row.Parent is not null && !seqs.Contains(row.Parent))
            {
                d.Add(PlanRules.ParentRowNotBefore, path, row.Pos.Line, row.Pos.Column, (row.Printed, row.Parent!));
            }

            if (row.Category is not null && !categories.ContainsKey(row.Category))
            {
                d.Add(PlanRules.CategoryNotDefined, path, row.CategoryPos.Line, row.CategoryPos.Column, (row.Printed, row.Category!));
            }

            if (row.Indicator is not null && !c.Indicators.ContainsKey(row.Indicator))
            {
                d.Add(PlanRules.IndicatorNotInCatalogue, path, row.IndicatorPos.Line, row.IndicatorPos.Column, (PlanElements.Row(row.Printed), row.Indicator));
            }

            if (row.Unit?.Id is not null && !c.Units.ContainsKey(row.Unit.Id))
            {
                d.Add(PlanRules.UnitNotInCatalogue, path, row.Unit.Pos.Line, row.Unit.Pos.Column, (PlanElements.Row(row.Printed), row.Unit.Id));
            }

            if (row.Name.Zh.Length > 0 && row.Printed.IndexOf(row.Name.Zh, StringComparison.Ordinal) < 0)
            {
                d.Add(PlanRules.NameNotInPrinted, path, row.Name.Pos.Line, row.Name.Pos.Column, (row.Printed, row.Name.Zh));
            }

            if (row.Unit is not null && row.Unit.Raw.Length > 0 && row.Printed.IndexOf(row.Unit.Raw, StringComparison.Ordinal) < 0)
            {
                d.Add(PlanRules.UnitNotInPrinted, path, row.Unit.Pos.Line, row.Unit.Pos.Column, (row.Printed, row.Unit.Raw));
            }

            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cell in row.Values)
            {
                present.Add(cell.Column);
                if (!columns.ContainsKey(cell.Column))
                {
                    d.Add(PlanRules.ColumnNotDefined, path, cell.Value.Pos.Line, cell.Value.Pos.Column, (row.Printed, cell.Column));
                }

                CheckInterpretation(path, PlanElements.Cell(row.Printed, cell.Column), cell.Value, d);
                if (row.Unit?.Id == PercentUnit && IsShare(row.Indicator, c))
                {
                    CheckShare(path, row.Indicator!, cell.Value, table.Legend?.Markers, null, d);
                }
            }

            foreach (var col in table.Columns)
            {
                if (!present.Contains(col.Key))
                {
                    d.Add(PlanRules.RowLacksValue, path, row.Pos.Line, row.Pos.Column, (row.Printed, col.Key));
                }
            }

            if (table.AttributeColumn && row.Attribute is null)
            {
                d.Add(PlanRules.RowLacksAttribute, path, row.Pos.Line, row.Pos.Column, row.Printed);
            }
        }
    }

    /// <summary>Relations that print a fall as a positive number (下降2.4%): the typed reading may carry the minus sign.</summary>
    private static bool IsDecrease(string? relation) =>
        relation is not null && (relation.Contains("下降") || relation.Contains("降低") || relation.Contains("减少") || relation.Contains("回落"));

    private static void CheckInterpretation(string path, string element, ValueSpec value, DiagnosticBag d, bool signedByRelation = false)
    {
        if (value.Raw is null)
        {
            return;
        }

        var parsed = PlanValueParser.Parse(value.Raw);
        if (parsed.Value is decimal lo && parsed.MaxValue is decimal hi && lo > hi)
        {
            d.Add(PlanRules.RangeReversed, path, value.Pos.Line, value.Pos.Column, (element, value.Raw));
        }

        if (value.Interpret?.Value is decimal stated && parsed.Value is decimal read && stated != read && !(signedByRelation && stated == -read))
        {
            d.Add(PlanRules.InterpretDisagrees, path, value.Interpret.Pos.Line, value.Interpret.Pos.Column, (element, stated, value.Raw, read));
        }
    }

    private static void CheckNumber(string path, string element, Pos pos, string raw, decimal? stated, DiagnosticBag d)
    {
        if (stated is null)
        {
            return;
        }

        var parsed = PlanValueParser.Parse(raw);
        if (parsed.Value is decimal read && read != stated.Value)
        {
            d.Add(PlanRules.ValueDisagrees, path, pos.Line, pos.Column, (element, stated.Value, raw, read));
        }
    }
}

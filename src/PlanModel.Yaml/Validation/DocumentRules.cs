using System;
using System.Collections.Generic;
using System.Globalization;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Runtime;
using PlanModel.Yaml.Specs;

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
            d.Add(PlanRules.UnknownParent, doc.Path, spec.ParentPos.Line, spec.ParentPos.Column, "parent document '{0}' is not in the corpus", spec.Parent);
        }

        if (spec.Parent == spec.Id)
        {
            d.Add(PlanRules.UnknownParent, doc.Path, spec.ParentPos.Line, spec.ParentPos.Column, "a document cannot be its own parent");
        }

        // The lexical half of the source resolver: reported here so the generator (which reads no files) says it too.
        if (spec.Source.File.Length > 0 && !Sources.SourcePath.TryNormalize(doc.Path, spec.Source.File, out _, out var problem))
        {
            d.Add(PlanRules.SourcePathNotAllowed, doc.Path, spec.Source.FilePos.Line, spec.Source.FilePos.Column, "source '{0}': {1}", spec.Source.File, problem);
        }

        var sections = new HashSet<string>(StringComparer.Ordinal);
        var outlineIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, node) in doc.Outline)
        {
            if (!outlineIds.ContainsKey(node.Id))
            {
                outlineIds[node.Id] = path;
                sections.Add(node.Id);
            }
            else
            {
                d.Add(PlanRules.DuplicateId, path, node.Pos.Line, node.Pos.Column, "outline id '{0}' is used twice", node.Id);
            }
        }

        var partIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var boxes = new Dictionary<int, string>();
        foreach (var (path, table) in doc.Tables)
        {
            CheckPartId(partIds, path, table.Id, table.Pos, d);
            CheckBox(boxes, path, table.Box, table.Pos, d);
            CheckSection(sections, path, table.Section, table.SectionPos, d);
            CheckTable(path, table, c, d);
        }

        foreach (var (path, list) in doc.ProjectLists)
        {
            CheckPartId(partIds, path, list.Id, list.Pos, d);
            CheckBox(boxes, path, list.Box, list.Pos, d);
            CheckSection(sections, path, list.Section, list.SectionPos, d);
            foreach (var g in list.Groups)
            {
                foreach (var item in g.Items)
                {
                    TypingRules.Status(path, item.Status, d);
                    foreach (var q in item.Quantities)
                    {
                        CheckNumber(path, q.Pos, q.Raw, q.Value, d);
                    }
                }
            }
        }

        foreach (var reg in spec.Boxes)
        {
            if (boxes.TryGetValue(reg.Box, out var file))
            {
                d.Add(PlanRules.BoxRegister, doc.Path, reg.Pos.Line, reg.Pos.Column, "box {0} is registered as {1} but is transcribed in {2}", reg.Box, reg.Status, file);
            }
        }

        foreach (var (path, e) in doc.TargetText)
        {
            if (e.Section is not null && !sections.Contains(e.Section))
            {
                d.Add(PlanRules.UnknownReference, path, e.SectionPos.Line, e.SectionPos.Column, "targetText section '{0}' is not in the outline", e.Section);
            }
        }

        var targetIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, t) in doc.Targets)
        {
            if (!targetIds.Add(t.Id))
            {
                d.Add(PlanRules.DuplicateId, path, t.Pos.Line, t.Pos.Column, "target id '{0}' is used twice", t.Id);
            }

            CheckSection(sections, path, t.Section, t.SectionPos, d);
            if (t.Indicator is not null && !c.Indicators.ContainsKey(t.Indicator))
            {
                d.Add(PlanRules.UnknownIndicator, path, t.IndicatorPos.Line, t.IndicatorPos.Column, "indicator '{0}' is not in the catalogue", t.Indicator);
            }

            if (t.Unit is not null && !c.Units.ContainsKey(t.Unit))
            {
                d.Add(PlanRules.UnknownUnit, path, t.UnitPos.Line, t.UnitPos.Column, "unit '{0}' is not in the unit catalogue", t.Unit);
            }

            CheckInterpretation(path, t.Value, d, signedByRelation: IsDecrease(t.Relation));
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
                d.Add(PlanRules.ShareRange, path, spec.Pos.Line, spec.Pos.Column, "'{0}' reads as {1}%, but '{2}' is a share (catalogue measure: share), which lies between 0 and 100",
                    spec.Raw, x.ToString(CultureInfo.InvariantCulture), indicator);
                return;
            }
        }
    }

    private static void CheckPartId(Dictionary<string, string> ids, string path, string id, Pos pos, DiagnosticBag d)
    {
        if (ids.TryGetValue(id, out var other))
        {
            d.Add(PlanRules.DuplicateId, path, pos.Line, pos.Column, "id '{0}' is already used by {1}", id, other);
        }
        else
        {
            ids[id] = path;
        }
    }

    private static void CheckBox(Dictionary<int, string> boxes, string path, int? box, Pos pos, DiagnosticBag d)
    {
        if (box is null)
        {
            return;
        }

        if (boxes.TryGetValue(box.Value, out var other))
        {
            d.Add(PlanRules.DuplicateId, path, pos.Line, pos.Column, "box {0} is already transcribed in {1}", box, other);
        }
        else
        {
            boxes[box.Value] = path;
        }
    }

    private static void CheckSection(HashSet<string> sections, string path, string? section, Pos pos, DiagnosticBag d)
    {
        if (section is not null && sections.Count > 0 && !sections.Contains(section))
        {
            d.Add(PlanRules.UnknownReference, path, pos.Line, pos.Column, "section '{0}' is not in the outline", section);
        }
    }

    private static void CheckTable(string path, TableSpec table, CorpusContext c, DiagnosticBag d)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var col in table.Columns)
        {
            if (!columns.Add(col.Key))
            {
                d.Add(PlanRules.DuplicateId, path, col.Pos.Line, col.Pos.Column, "column key '{0}' is used twice", col.Key);
            }
        }

        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cat in table.Categories)
        {
            if (!categories.Add(cat.Key))
            {
                d.Add(PlanRules.DuplicateId, path, cat.Pos.Line, cat.Pos.Column, "category key '{0}' is used twice", cat.Key);
            }
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
                        d.Add(PlanRules.Sequence, path, row.Seq.Pos.Line, row.Seq.Pos.Column, "sequence {0} follows {1}; expected {2}", n, expected - 1, expected);
                    }

                    expected = n + 1;
                }
            }
            else if (row.Parent is null)
            {
                d.Add(PlanRules.Required, path, row.Pos.Line, row.Pos.Column, "row '{0}' has neither 'seq' nor 'parent'", row.Printed);
            }

            if (row.Parent is not null && !seqs.Contains(row.Parent))
            {
                d.Add(PlanRules.UnknownReference, path, row.Pos.Line, row.Pos.Column, "parent row {0} is not printed before this sub-row", row.Parent);
            }

            if (row.Category is not null && !categories.Contains(row.Category))
            {
                d.Add(PlanRules.UnknownReference, path, row.CategoryPos.Line, row.CategoryPos.Column, "category '{0}' is not defined in 'categories'", row.Category);
            }

            if (row.Indicator is not null && !c.Indicators.ContainsKey(row.Indicator))
            {
                d.Add(PlanRules.UnknownIndicator, path, row.IndicatorPos.Line, row.IndicatorPos.Column, "indicator '{0}' is not in the catalogue", row.Indicator);
            }

            if (row.Unit?.Id is not null && !c.Units.ContainsKey(row.Unit.Id))
            {
                d.Add(PlanRules.UnknownUnit, path, row.Unit.Pos.Line, row.Unit.Pos.Column, "unit '{0}' is not in the unit catalogue", row.Unit.Id);
            }

            if (row.Name.Zh.Length > 0 && row.Printed.IndexOf(row.Name.Zh, StringComparison.Ordinal) < 0)
            {
                d.Add(PlanRules.NotOnLine, path, row.Name.Pos.Line, row.Name.Pos.Column, "name '{0}' is not part of the printed cell '{1}'", row.Name.Zh, row.Printed);
            }

            if (row.Unit is not null && row.Unit.Raw.Length > 0 && row.Printed.IndexOf(row.Unit.Raw, StringComparison.Ordinal) < 0)
            {
                d.Add(PlanRules.NotOnLine, path, row.Unit.Pos.Line, row.Unit.Pos.Column, "unit '{0}' is not part of the printed cell '{1}'", row.Unit.Raw, row.Printed);
            }

            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cell in row.Values)
            {
                present.Add(cell.Column);
                if (!columns.Contains(cell.Column))
                {
                    d.Add(PlanRules.UnknownReference, path, cell.Value.Pos.Line, cell.Value.Pos.Column, "column '{0}' is not defined in 'columns'", cell.Column);
                }

                CheckInterpretation(path, cell.Value, d);
                if (row.Unit?.Id == PercentUnit && IsShare(row.Indicator, c))
                {
                    CheckShare(path, row.Indicator!, cell.Value, table.Legend?.Markers, null, d);
                }
            }

            foreach (var col in table.Columns)
            {
                if (!present.Contains(col.Key))
                {
                    d.Add(PlanRules.MissingCell, path, row.Pos.Line, row.Pos.Column, "row '{0}' has no value for column '{1}' (use missing: true with a note when the cell was lost)", row.Printed, col.Key);
                }
            }

            if (table.AttributeColumn && row.Attribute is null)
            {
                d.Add(PlanRules.MissingCell, path, row.Pos.Line, row.Pos.Column, "row '{0}' has no 'attribute' cell (the table prints an attribute column)", row.Printed);
            }
        }
    }

    /// <summary>Relations that print a fall as a positive number (下降2.4%): the typed reading may carry the minus sign.</summary>
    private static bool IsDecrease(string? relation) =>
        relation is not null && (relation.Contains("下降") || relation.Contains("降低") || relation.Contains("减少") || relation.Contains("回落"));

    private static void CheckInterpretation(string path, ValueSpec value, DiagnosticBag d, bool signedByRelation = false)
    {
        if (value.Raw is null)
        {
            return;
        }

        var parsed = PlanValueParser.Parse(value.Raw);
        if (parsed.Value is decimal lo && parsed.MaxValue is decimal hi && lo > hi)
        {
            d.Add(PlanRules.Impossible, path, value.Pos.Line, value.Pos.Column, "range '{0}' has its lower bound above its upper bound", value.Raw);
        }

        if (value.Interpret?.Value is decimal stated && parsed.Value is decimal read && stated != read && !(signedByRelation && stated == -read))
        {
            d.Add(PlanRules.Arithmetic, path, value.Interpret.Pos.Line, value.Interpret.Pos.Column, "interpret.value {0} disagrees with the number printed in '{1}' ({2})",
                stated.ToString(CultureInfo.InvariantCulture), value.Raw, read.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void CheckNumber(string path, Pos pos, string raw, decimal? stated, DiagnosticBag d)
    {
        if (stated is null)
        {
            return;
        }

        var parsed = PlanValueParser.Parse(raw);
        if (parsed.Value is decimal read && read != stated.Value)
        {
            d.Add(PlanRules.Arithmetic, path, pos.Line, pos.Column, "value {0} disagrees with the number printed in '{1}' ({2})",
                stated.Value.ToString(CultureInfo.InvariantCulture), raw, read.ToString(CultureInfo.InvariantCulture));
        }
    }
}

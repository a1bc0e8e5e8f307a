using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PlanModel.Yaml.Serialization;

/// <summary>
/// The one writer of PlanModel's compact data (format: <c>PlanModel.Serialization.PlanDataReader</c>): the generator
/// embeds a document's data in its class, <c>plan pack-data</c> writes the same data into a data file. Token for token
/// in the order the reader reads it back. Repeated strings (document and table ids, source paths, column keys, units)
/// become back-references.
/// </summary>
public sealed class PlanDataWriter
{
    private const string Magic = PlanModel.Serialization.PlanDataReader.Magic;

    private readonly StringBuilder _sb = new StringBuilder(4096).Append(Magic);
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    private int _count;

    /// <summary>The length of the data in UTF-16 code units.</summary>
    public int Length => _sb.Length;

    /// <summary>The data text.</summary>
    public override string ToString() => _sb.ToString();

    /// <summary>True unless the data holds a lone surrogate (which a UTF-8 literal cannot encode).</summary>
    public bool IsValidUtf16()
    {
        var buffer = new char[4096];
        var pendingHigh = false;
        for (var start = 0; start < _sb.Length; start += buffer.Length)
        {
            var n = System.Math.Min(buffer.Length, _sb.Length - start);
            _sb.CopyTo(start, buffer, 0, n);
            for (var i = 0; i < n; i++)
            {
                var c = buffer[i];
                if (pendingHigh)
                {
                    if (!char.IsLowSurrogate(c))
                    {
                        return false;
                    }

                    pendingHigh = false;
                }
                else if (char.IsHighSurrogate(c))
                {
                    pendingHigh = true;
                }
                else if (char.IsLowSurrogate(c))
                {
                    return false;
                }
            }
        }

        return !pendingHigh;
    }

    /// <summary>Copies <paramref name="count"/> code units from <paramref name="start"/> into <paramref name="buffer"/>
    /// (lets the generator emit the data in blocks, never as one large string).</summary>
    public void CopyTo(int start, char[] buffer, int count) => _sb.CopyTo(start, buffer, 0, count);

    // ------------------------------------------------------------ primitives

    /// <summary>A string or null; a string seen before becomes a back-reference when that is shorter.</summary>
    public void String(string? s)
    {
        if (s is null)
        {
            _sb.Append('~');
            return;
        }

        if (_index.TryGetValue(s, out var at) && Digits(at) + 1 < Digits(s.Length) + 1 + s.Length)
        {
            _sb.Append(at.ToString(CultureInfo.InvariantCulture)).Append('^');
            return;
        }

        _sb.Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
        _index[s] = _count++;
    }

    /// <summary>An integer.</summary>
    public void Int(int value) => _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

    /// <summary>An integer or null.</summary>
    public void Int(int? value)
    {
        if (value is null)
        {
            _sb.Append('~');
        }
        else
        {
            Int(value.Value);
        }
    }

    /// <summary>A boolean (0 or 1).</summary>
    public void Bool(bool value) => Int(value ? 1 : 0);

    /// <summary>A decimal or null, as an invariant-culture string so its scale survives.</summary>
    public void Decimal(decimal? value) => String(value?.ToString(CultureInfo.InvariantCulture));

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 10;

    // ------------------------------------------------------------ model objects (mirror PlanDataReader)

    /// <summary>Bilingual text or null.</summary>
    public void Text(BilingualText? t)
    {
        if (t is null)
        {
            _sb.Append('~');
            return;
        }

        String(t.Zh);
        String(t.En);
    }

    /// <summary>A region.</summary>
    public void Region(Region r)
    {
        String(r.Code);
        Int((int)r.Level);
        Text(r.Name);
    }

    /// <summary>Delivery information of a work report, or null.</summary>
    public void Delivery(DeliveryInfo? d)
    {
        if (d is null)
        {
            _sb.Append('~');
            return;
        }

        String(d.Date);
        Text(d.Session);
        Text(d.Speaker);
    }

    /// <summary>The archived source of a document.</summary>
    public void Source(SourceReference s)
    {
        String(s.File);
        String(s.Sha256);
        Int(s.Line);
        Int(s.EndLine);
    }

    /// <summary>A citation or null.</summary>
    public void Citation(Citation? c)
    {
        if (c is null)
        {
            _sb.Append('~');
            return;
        }

        String(c.SourceFile);
        Int(c.Line);
        Int(c.Lines.Count);
        foreach (var l in c.Lines)
        {
            Int(l);
        }

        String(c.Quote);
        Int(c.Offset);
    }

    /// <summary>A value cell or a target's value.</summary>
    public void Value(PlanValue v)
    {
        String(v.Raw);
        Int((int)v.Qualifier);
        Decimal(v.Value);
        Decimal(v.MaxValue);
        Int(v.RatioTerms.Count);
        foreach (var t in v.RatioTerms)
        {
            Decimal(t);
        }

        Int(v.Markers.Count);
        foreach (var m in v.Markers)
        {
            String(m);
        }

        Bool(v.Aspiration);
        Int((int)v.Measure);
        String(v.Column);
        Int(v.Year);
        Int((int)v.Role);
        String(v.UnitId);
        Bool(v.IsOverridden);
        Citation(v.Citation);
        String(v.Note);
    }

    /// <summary>A table's members other than its rows.</summary>
    public void TableHeader(IndicatorTable t)
    {
        String(t.Id);
        String(t.DocumentId);
        Int(t.Box);
        Text(t.Title);
        String(t.Section);
        Citation(t.Citation);
        String(t.Note);
        Strings(t.FormerIds);
        Int(t.Columns.Count);
        foreach (var c in t.Columns)
        {
            String(c.Key);
            Text(c.Header);
            Int(c.Year);
            Int((int)c.Role);
        }

        Int(t.Categories.Count);
        foreach (var c in t.Categories)
        {
            String(c.Key);
            String(c.Printed);
            Text(c.Label);
            Citation(c.Citation);
        }

        if (t.Legend is null)
        {
            _sb.Append('~');
        }
        else
        {
            String(t.Legend.Raw);
            Int(t.Legend.Markers.Count);
            foreach (var m in t.Legend.Markers)
            {
                String(m.Marker);
                Int((int)m.Measure);
                String(m.Text);
            }

            Citation(t.Legend.Citation);
        }
    }

    /// <summary>One indicator row.</summary>
    public void Indicator(Indicator r)
    {
        String(r.Key);
        String(r.DocumentId);
        String(r.TableId);
        String(r.Sequence);
        String(r.ParentSequence);
        String(r.Category);
        String(r.Printed);
        Text(r.Name);
        String(r.CatalogueId);
        String(r.Unit.Raw);
        String(r.Unit.Id);
        String(r.Unit.PriceBasis);
        Int((int)r.Attribute);
        String(r.AttributeRaw);
        Int(r.Values.Count);
        foreach (var v in r.Values)
        {
            Value(v);
        }

        Citation(r.Citation);
        String(r.Note);
    }

    /// <summary>A project list's members other than its items and groups.</summary>
    public void ListHeader(ProjectList l)
    {
        String(l.Id);
        String(l.DocumentId);
        Int(l.Box);
        Text(l.Title);
        String(l.Section);
        Citation(l.Citation);
        String(l.Note);
        Strings(l.FormerIds);
        Bool(l.TitleInferred);
        String(l.TitleEvidence);
    }

    /// <summary>One project.</summary>
    public void Project(Project p)
    {
        Text(p.Name);
        String(p.StatusRaw);
        Int((int)p.Status);
        Int(p.Quantities.Count);
        foreach (var q in p.Quantities)
        {
            String(q.Raw);
            Decimal(q.Value);
            String(q.Unit);
        }

        Citation(p.Citation);
        String(p.Note);
    }

    /// <summary>The groups of a project list (each with its item count; the items are written before).</summary>
    public void Groups(IReadOnlyList<ProjectGroup> groups)
    {
        Int(groups.Count);
        foreach (var g in groups)
        {
            Text(g.Heading);
            Citation(g.Citation);
            String(g.Note);
            Int(g.Items.Count);
        }
    }

    /// <summary>One prose target.</summary>
    public void Target(PlanTarget t)
    {
        String(t.Id);
        String(t.DocumentId);
        Text(t.Subject);
        String(t.CatalogueId);
        Value(t.Value);
        String(t.Relation);
        Int((int)t.Measure);
        Int(t.Horizon.From);
        Int(t.Horizon.To);
        Int(t.BaseYear);
        Int((int)t.Role);
        String(t.List);
        String(t.Section);
        Citation(t.Citation);
        String(t.Note);
        Strings(t.FormerIds);
    }

    /// <summary>A list of strings (former ids): its count, then each string.</summary>
    public void Strings(IReadOnlyList<string> items)
    {
        Int(items.Count);
        foreach (var s in items)
        {
            String(s);
        }
    }

    /// <summary>An outline tree.</summary>
    public void Outline(IReadOnlyList<OutlineNode> nodes)
    {
        Int(nodes.Count);
        foreach (var n in nodes)
        {
            String(n.Id);
            Int((int)n.Level);
            String(n.Number);
            Text(n.Title);
            Bool(n.Inferred);
            String(n.Inferred ? n.Evidence : null);
            Citation(n.Citation);
            Outline(n.Children);
        }
    }

    /// <summary>The register of boxes without a file of their own.</summary>
    public void Boxes(IReadOnlyList<BoxRegistration> boxes)
    {
        Int(boxes.Count);
        foreach (var b in boxes)
        {
            Int(b.Box);
            String(b.Status);
            Text(b.Title);
            String(b.Reason);
            Citation(b.Citation);
        }
    }

    // ------------------------------------------------------------ whole documents and the catalogue

    /// <summary>
    /// A document's data in the order its generated class reads it back: the document's members, each table
    /// (header, then rows), each project list (header, items, groups), the targets, the outline and the box register.
    /// </summary>
    public void Document(PlanDocument doc)
    {
        String(doc.Id);
        Int((int)doc.Kind);
        Text(doc.Title);
        Region(doc.Region);
        String(doc.ParentId);
        Int(doc.PeriodStart);
        Int(doc.PeriodEnd);
        Int(doc.VisionYear);
        Delivery(doc.Delivered);
        Source(doc.Source);
        Strings(doc.FormerIds);
        foreach (var table in doc.Tables)
        {
            TableHeader(table);
            foreach (var row in table.Rows)
            {
                Indicator(row);
            }
        }

        foreach (var list in doc.ProjectLists)
        {
            ListHeader(list);
            foreach (var item in list.AllItems)
            {
                Project(item);
            }

            Groups(list.Groups);
        }

        foreach (var t in doc.Targets)
        {
            Target(t);
        }

        Outline(doc.Outline);
        Boxes(doc.RegisteredBoxes);
    }

    /// <summary>
    /// A document for a data file: first its shape (what a generated class knows from its members and a reader
    /// without one must be told: the row count of each table, the item count of each list, the target count), then
    /// <see cref="Document"/>.
    /// </summary>
    public void DocumentWithShape(PlanDocument doc)
    {
        Int(doc.Tables.Count);
        foreach (var t in doc.Tables)
        {
            Int(t.Rows.Count);
        }

        Int(doc.ProjectLists.Count);
        foreach (var l in doc.ProjectLists)
        {
            var n = 0;
            foreach (var _ in l.AllItems)
            {
                n++;
            }

            Int(n);
        }

        Int(doc.Targets.Count);
        Document(doc);
    }

    /// <summary>The catalogue: its indicators, then its units.</summary>
    public void Catalogue(IndicatorCatalogue catalogue)
    {
        Int(catalogue.Indicators.Count);
        foreach (var i in catalogue.Indicators)
        {
            String(i.Id);
            Text(i.Name);
            Int(i.Aliases.Count);
            foreach (var a in i.Aliases)
            {
                String(a);
            }

            Strings(i.FormerIds);

            String(i.UnitId);
            String(i.Measure);
            Int((int)i.Direction);
        }

        Int(catalogue.Units.Count);
        foreach (var u in catalogue.Units)
        {
            String(u.Id);
            String(u.Symbol);
            Text(u.Name);
            String(u.BaseId);
            Int(u.Multiplier);
        }
    }
}

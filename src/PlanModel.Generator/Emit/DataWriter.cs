using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PlanModel.Generator.Emit;

/// <summary>
/// Writes the compact data a generated document class carries, token for token in the order the emitted code
/// reads it back with <c>PlanModel.Serialization.PlanDataReader</c> (format described there). Repeated strings
/// (document and table ids, source paths, column keys, units) become back-references.
/// </summary>
internal sealed class DataWriter
{
    private const string Magic = "PM1|";

    private readonly StringBuilder _sb = new StringBuilder(4096).Append(Magic);
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    private int _count;

    /// <summary>The length of the data in UTF-16 code units.</summary>
    public int Length => _sb.Length;

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

    /// <summary>Appends the data as a C# string literal (quoted and escaped) to <paramref name="target"/>, in blocks.</summary>
    public void AppendLiteral(StringBuilder target)
    {
        var buffer = new char[4096];
        target.Append('"');
        for (var start = 0; start < _sb.Length; start += buffer.Length)
        {
            var n = System.Math.Min(buffer.Length, _sb.Length - start);
            _sb.CopyTo(start, buffer, 0, n);
            Literals.AppendEscaped(target, buffer, n);
        }

        target.Append('"');
    }

    // ------------------------------------------------------------ primitives

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

    public void Int(int value) => _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

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

    public void Bool(bool value) => Int(value ? 1 : 0);

    public void Decimal(decimal? value) => String(value?.ToString(CultureInfo.InvariantCulture));

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 10;

    // ------------------------------------------------------------ model objects (mirror PlanDataReader)

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

    public void Region(Region r)
    {
        String(r.Code);
        Int((int)r.Level);
        Text(r.Name);
    }

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

    public void Source(SourceReference s)
    {
        String(s.File);
        String(s.Sha256);
        Int(s.Line);
        Int(s.EndLine);
    }

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

    public void TableHeader(IndicatorTable t)
    {
        String(t.Id);
        String(t.DocumentId);
        Int(t.Box);
        Text(t.Title);
        String(t.Section);
        Citation(t.Citation);
        String(t.Note);
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

    public void ListHeader(ProjectList l)
    {
        String(l.Id);
        String(l.DocumentId);
        Int(l.Box);
        Text(l.Title);
        String(l.Section);
        Citation(l.Citation);
        String(l.Note);
        Bool(l.TitleInferred);
        String(l.TitleEvidence);
    }

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
    }

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
}

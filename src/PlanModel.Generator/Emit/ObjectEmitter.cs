using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PlanModel.Generator.Emit;

/// <summary>Writes runtime objects (built by RuntimeBuilder) as C# initializer expressions.</summary>
internal static class ObjectEmitter
{
    private const string P = "global::PlanModel.";

    public static string Text(BilingualText? t) => t is null ? "null" : $"new {P}BilingualText({Literals.Str(t.Zh)}, {Literals.Str(t.En)})";

    public static string Citation(Citation? c)
    {
        if (c is null)
        {
            return "null";
        }

        var sb = new StringBuilder($"new {P}Citation {{ SourceFile = {Literals.Str(c.SourceFile)}, Line = {Literals.Int(c.Line)}");
        if (c.Lines.Count > 0)
        {
            sb.Append(", Lines = new int[] { ").Append(string.Join(", ", c.Lines.Select(Literals.Int))).Append(" }");
        }

        if (c.Quote is not null)
        {
            sb.Append(", Quote = ").Append(Literals.Str(c.Quote));
        }

        if (c.Offset is not null)
        {
            sb.Append(", Offset = ").Append(Literals.Int(c.Offset));
        }

        return sb.Append(" }").ToString();
    }

    public static string Value(PlanValue v)
    {
        var sb = new StringBuilder($"new {P}PlanValue {{ Raw = {Literals.Str(v.Raw)}, Qualifier = {P}ValueQualifier.{v.Qualifier}");
        if (v.Value is not null)
        {
            sb.Append(", Value = ").Append(Literals.Dec(v.Value));
        }

        if (v.MaxValue is not null)
        {
            sb.Append(", MaxValue = ").Append(Literals.Dec(v.MaxValue));
        }

        if (v.RatioTerms.Count > 0)
        {
            sb.Append(", RatioTerms = new decimal[] { ").Append(string.Join(", ", v.RatioTerms.Select(t => Literals.Dec(t)))).Append(" }");
        }

        if (v.Markers.Count > 0)
        {
            sb.Append(", Markers = new string[] { ").Append(string.Join(", ", v.Markers.Select(Literals.Str))).Append(" }");
        }

        if (v.Measure != ValueMeasure.Unspecified)
        {
            sb.Append($", Measure = {P}ValueMeasure.{v.Measure}");
        }

        sb.Append(", Column = ").Append(Literals.Str(v.Column));
        if (v.Year is not null)
        {
            sb.Append(", Year = ").Append(Literals.Int(v.Year));
        }

        if (v.Role != ValueRole.Unspecified)
        {
            sb.Append($", Role = {P}ValueRole.{v.Role}");
        }

        if (v.UnitId is not null)
        {
            sb.Append(", UnitId = ").Append(Literals.Str(v.UnitId));
        }

        if (v.IsOverridden)
        {
            sb.Append(", IsOverridden = true");
        }

        if (v.Citation is not null)
        {
            sb.Append(", Citation = ").Append(Citation(v.Citation));
        }

        if (v.Note is not null)
        {
            sb.Append(", Note = ").Append(Literals.Str(v.Note));
        }

        return sb.Append(" }").ToString();
    }

    public static string Indicator(Indicator r)
    {
        var sb = new StringBuilder($"new {P}Indicator {{ Key = {Literals.Str(r.Key)}, DocumentId = {Literals.Str(r.DocumentId)}, TableId = {Literals.Str(r.TableId)}");
        sb.Append(", Sequence = ").Append(Literals.Str(r.Sequence));
        sb.Append(", ParentSequence = ").Append(Literals.Str(r.ParentSequence));
        sb.Append(", Category = ").Append(Literals.Str(r.Category));
        sb.Append(", Printed = ").Append(Literals.Str(r.Printed));
        sb.Append(", Name = ").Append(Text(r.Name));
        sb.Append(", CatalogueId = ").Append(Literals.Str(r.CatalogueId));
        sb.Append($", Unit = new {P}IndicatorUnit {{ Raw = {Literals.Str(r.Unit.Raw)}, Id = {Literals.Str(r.Unit.Id)}, PriceBasis = {Literals.Str(r.Unit.PriceBasis)} }}");
        sb.Append($", Attribute = {P}IndicatorAttribute.{r.Attribute}, AttributeRaw = {Literals.Str(r.AttributeRaw)}");
        sb.Append($", Values = new {P}PlanValue[]\n{{\n").Append(string.Join(",\n", r.Values.Select(v => "    " + Value(v)))).Append("\n}");
        sb.Append(", Citation = ").Append(Citation(r.Citation));
        if (r.Note is not null)
        {
            sb.Append(", Note = ").Append(Literals.Str(r.Note));
        }

        return sb.Append(" }").ToString();
    }

    public static string Project(Project p)
    {
        var sb = new StringBuilder($"new {P}Project {{ Name = {Text(p.Name)}, StatusRaw = {Literals.Str(p.StatusRaw)}, Status = {P}ProjectStatusCode.{p.Status}");
        if (p.Quantities.Count > 0)
        {
            sb.Append($", Quantities = new {P}Quantity[] {{ ")
              .Append(string.Join(", ", p.Quantities.Select(q => $"new {P}Quantity {{ Raw = {Literals.Str(q.Raw)}, Value = {Literals.Dec(q.Value)}, Unit = {Literals.Str(q.Unit)} }}")))
              .Append(" }");
        }

        sb.Append(", Citation = ").Append(Citation(p.Citation));
        if (p.Note is not null)
        {
            sb.Append(", Note = ").Append(Literals.Str(p.Note));
        }

        return sb.Append(" }").ToString();
    }

    public static string Target(PlanTarget t)
    {
        var sb = new StringBuilder($"new {P}PlanTarget {{ Id = {Literals.Str(t.Id)}, DocumentId = {Literals.Str(t.DocumentId)}, Subject = {Text(t.Subject)}");
        sb.Append(", CatalogueId = ").Append(Literals.Str(t.CatalogueId));
        sb.Append(", Value = ").Append(Value(t.Value));
        sb.Append(", Relation = ").Append(Literals.Str(t.Relation));
        sb.Append($", Measure = {P}ValueMeasure.{t.Measure}");
        sb.Append($", Horizon = new {P}Horizon {{ From = {Literals.Int(t.Horizon.From)}, To = {Literals.Int(t.Horizon.To)} }}");
        sb.Append($", Role = {P}ValueRole.{t.Role}, List = {Literals.Str(t.List)}, Section = {Literals.Str(t.Section)}");
        sb.Append(", Citation = ").Append(Citation(t.Citation));
        if (t.Note is not null)
        {
            sb.Append(", Note = ").Append(Literals.Str(t.Note));
        }

        return sb.Append(" }").ToString();
    }

    public static string Outline(IReadOnlyList<OutlineNode> nodes, int depth)
    {
        if (nodes.Count == 0)
        {
            return $"global::System.Array.Empty<{P}OutlineNode>()";
        }

        var pad = new string(' ', depth * 4);
        var sb = new StringBuilder($"new {P}OutlineNode[]\n{pad}{{\n");
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            sb.Append(pad).Append("    ").Append($"new {P}OutlineNode {{ Id = {Literals.Str(n.Id)}, Level = {P}OutlineLevel.{n.Level}, Number = {Literals.Str(n.Number)}, Title = {Text(n.Title)}");
            if (n.Inferred)
            {
                sb.Append(", Inferred = true, Evidence = ").Append(Literals.Str(n.Evidence));
            }

            sb.Append(", Citation = ").Append(Citation(n.Citation));
            if (n.Children.Count > 0)
            {
                sb.Append(", Children = ").Append(Outline(n.Children, depth + 1));
            }

            sb.Append(" }").Append(i + 1 < nodes.Count ? ",\n" : "\n");
        }

        return sb.Append(pad).Append('}').ToString();
    }
}

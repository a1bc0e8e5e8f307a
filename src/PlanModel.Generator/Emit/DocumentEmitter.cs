using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Runtime;

namespace PlanModel.Generator.Emit;

/// <summary>Emits one typed class per document: a property per table, indicator, project list, project and target.</summary>
internal static class DocumentEmitter
{
    private const string P = "global::PlanModel.";

    private static readonly string[] DocumentMembers =
    {
        "Id", "Kind", "Title", "Region", "ParentId", "PeriodStart", "PeriodEnd", "VisionYear", "Delivered", "Source", "Tables",
        "ProjectLists", "Outline", "Targets", "RegisteredBoxes", "Indicators", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone",
    };

    private static readonly string[] TableMembers =
    {
        "Id", "DocumentId", "Box", "Title", "Columns", "Categories", "Rows", "Legend", "Section", "Citation", "Note", "ToString", "Equals",
        "GetHashCode", "GetType", "MemberwiseClone",
    };

    private static readonly string[] ListMembers =
    {
        "Id", "DocumentId", "Box", "Title", "Groups", "Section", "Citation", "Note", "AllItems", "ToString", "Equals", "GetHashCode",
        "GetType", "MemberwiseClone",
    };

    /// <summary>The C# class name of a document.</summary>
    public static string ClassName(DocumentModel model) => model.Document.Symbol ?? Naming.Pascal(model.Document.Id, "Plan");

    public static string Emit(DocumentModel model, GeneratorOptions options)
    {
        var doc = RuntimeBuilder.Document(model);
        var className = ClassName(model);
        var w = new CodeWriter();
        Header(w);
        w.Open("namespace " + options.Namespace);
        w.Summary(
            doc.Title.Zh,
            doc.Title.En,
            $"{doc.Region.Name.Zh} ({doc.Region.Name.En}), {doc.Kind}, {doc.PeriodStart}–{doc.PeriodEnd}. Id: {doc.Id}.",
            $"Source: {doc.Source.File}, lines {doc.Source.Line}–{doc.Source.EndLine}, sha256 {doc.Source.Sha256}.");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"PlanModel.Generator\", \"1.0\")]");
        w.Open($"public sealed partial class {className} : {P}PlanDocument");

        var scope = new Naming.Scope(DocumentMembers.Concat(new[] { className }).ToArray());
        var tableProps = new List<(string Prop, string Cls, IndicatorTable Table, Yaml.Specs.TableSpec Spec)>();
        var i = 0;
        foreach (var (_, spec) in model.Tables)
        {
            var table = doc.Tables[i++];
            var prop = scope.Unique(spec.Symbol ?? Naming.Pascal(table.Title.En, "Table" + (table.Box?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)));
            tableProps.Add((prop, scope.Unique(prop + "Table"), table, spec));
        }

        var listProps = new List<(string Prop, string Cls, ProjectList List)>();
        i = 0;
        foreach (var (_, spec) in model.ProjectLists)
        {
            var list = doc.ProjectLists[i++];
            var prop = scope.Unique(spec.Symbol ?? Naming.Pascal(list.Title.En, "List"));
            listProps.Add((prop, scope.Unique(prop + "List"), list));
        }

        var targetProps = new List<(string Prop, PlanTarget Target)>();
        foreach (var t in doc.Targets)
        {
            targetProps.Add((scope.Unique(Naming.Pascal(t.Id, "Target")), t));
        }

        // Constructor: the base's init-only properties are set here, so the typed members and the lists share objects.
        w.Line("/// <summary>Creates the document; use the instance on <c>Plans</c>.</summary>");
        w.Open($"internal {className}()");
        w.Line($"Id = {Literals.Str(doc.Id)};");
        w.Line($"Kind = {P}DocumentKind.{doc.Kind};");
        w.Line($"Title = {ObjectEmitter.Text(doc.Title)};");
        w.Line($"Region = new {P}Region {{ Code = {Literals.Str(doc.Region.Code)}, Level = {P}RegionLevel.{doc.Region.Level}, Name = {ObjectEmitter.Text(doc.Region.Name)} }};");
        w.Line($"ParentId = {Literals.Str(doc.ParentId)};");
        w.Line($"PeriodStart = {Literals.Int(doc.PeriodStart)};");
        w.Line($"PeriodEnd = {Literals.Int(doc.PeriodEnd)};");
        w.Line($"VisionYear = {Literals.Int(doc.VisionYear)};");
        if (doc.Delivered is not null)
        {
            w.Line($"Delivered = new {P}DeliveryInfo {{ Date = {Literals.Str(doc.Delivered.Date)}, Session = {ObjectEmitter.Text(doc.Delivered.Session)}, Speaker = {ObjectEmitter.Text(doc.Delivered.Speaker)} }};");
        }

        w.Line($"Source = new {P}SourceReference {{ File = {Literals.Str(doc.Source.File)}, Sha256 = {Literals.Str(doc.Source.Sha256)}, Line = {Literals.Int(doc.Source.Line)}, EndLine = {Literals.Int(doc.Source.EndLine)} }};");
        foreach (var (prop, cls, _, _) in tableProps)
        {
            w.Line($"{prop} = new {cls}();");
        }

        w.Line($"Tables = new {P}IndicatorTable[] {{ {string.Join(", ", tableProps.Select(t => t.Prop))} }};");
        foreach (var (prop, cls, _) in listProps)
        {
            w.Line($"{prop} = new {cls}();");
        }

        w.Line($"ProjectLists = new {P}ProjectList[] {{ {string.Join(", ", listProps.Select(t => t.Prop))} }};");
        foreach (var (prop, t) in targetProps)
        {
            w.Line($"{prop} = {ObjectEmitter.Target(t)};");
        }

        w.Line($"Targets = new {P}PlanTarget[] {{ {string.Join(", ", targetProps.Select(t => t.Prop))} }};");
        w.Line("Outline = " + ObjectEmitter.Outline(doc.Outline, 0) + ";");
        w.Line($"RegisteredBoxes = new {P}BoxRegistration[]");
        w.Line("{");
        foreach (var b in doc.RegisteredBoxes)
        {
            w.Line($"    new {P}BoxRegistration {{ Box = {Literals.Int(b.Box)}, Status = {Literals.Str(b.Status)}, Title = {ObjectEmitter.Text(b.Title)}, Reason = {Literals.Str(b.Reason)}, Citation = {ObjectEmitter.Citation(b.Citation)} }},");
        }

        w.Line("};");
        w.Close();

        foreach (var (prop, cls, table, _) in tableProps)
        {
            w.Line();
            w.Summary(table.Title.Zh, table.Title.En, Box(table.Box) + Cite(table.Citation));
            w.Line($"public {cls} {prop} {{ get; }}");
        }

        foreach (var (prop, cls, list) in listProps)
        {
            w.Line();
            w.Summary(list.Title.Zh, list.Title.En, Box(list.Box) + $"{list.AllItems.Count()} items. " + Cite(list.Citation));
            w.Line($"public {cls} {prop} {{ get; }}");
        }

        foreach (var (prop, t) in targetProps)
        {
            w.Line();
            w.Summary(t.Subject.Zh + ": " + t.Value.Raw, t.Subject.En + $" ({t.Role}, {t.Horizon})", t.Citation?.Quote, Cite(t.Citation), t.Note);
            w.Line($"public {P}PlanTarget {prop} {{ get; }}");
        }

        foreach (var (_, cls, table, spec) in tableProps)
        {
            w.Line();
            EmitTable(w, cls, table);
        }

        foreach (var (_, cls, list) in listProps)
        {
            w.Line();
            EmitList(w, cls, list);
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void EmitTable(CodeWriter w, string cls, IndicatorTable table)
    {
        w.Summary("Typed view of " + table.Title.Zh, table.Title.En);
        w.Open($"public sealed class {cls} : {P}IndicatorTable");
        var scope = new Naming.Scope(TableMembers.Concat(new[] { cls }).ToArray());
        var props = table.Rows.Select(r => scope.Unique(Naming.Pascal(r.Name.En, "Row" + (r.Sequence ?? string.Empty)))).ToList();
        w.Open($"internal {cls}()");
        w.Line($"Id = {Literals.Str(table.Id)};");
        w.Line($"DocumentId = {Literals.Str(table.DocumentId)};");
        w.Line($"Box = {Literals.Int(table.Box)};");
        w.Line($"Title = {ObjectEmitter.Text(table.Title)};");
        w.Line($"Section = {Literals.Str(table.Section)};");
        w.Line($"Citation = {ObjectEmitter.Citation(table.Citation)};");
        w.Line($"Note = {Literals.Str(table.Note)};");
        w.Line($"Columns = new {P}TableColumn[]");
        w.Line("{");
        foreach (var c in table.Columns)
        {
            w.Line($"    new {P}TableColumn {{ Key = {Literals.Str(c.Key)}, Header = {ObjectEmitter.Text(c.Header)}, Year = {Literals.Int(c.Year)}, Role = {P}ValueRole.{c.Role} }},");
        }

        w.Line("};");
        w.Line($"Categories = new {P}TableCategory[]");
        w.Line("{");
        foreach (var c in table.Categories)
        {
            w.Line($"    new {P}TableCategory {{ Key = {Literals.Str(c.Key)}, Printed = {Literals.Str(c.Printed)}, Label = {ObjectEmitter.Text(c.Label)}, Citation = {ObjectEmitter.Citation(c.Citation)} }},");
        }

        w.Line("};");
        if (table.Legend is not null)
        {
            var markers = string.Join(", ", table.Legend.Markers.Select(m => $"new {P}LegendMarker {{ Marker = {Literals.Str(m.Marker)}, Measure = {P}ValueMeasure.{m.Measure}, Text = {Literals.Str(m.Text)} }}"));
            w.Line($"Legend = new {P}TableLegend {{ Raw = {Literals.Str(table.Legend.Raw)}, Markers = new {P}LegendMarker[] {{ {markers} }}, Citation = {ObjectEmitter.Citation(table.Legend.Citation)} }};");
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            w.Line($"{props[i]} = {ObjectEmitter.Indicator(table.Rows[i])};");
        }

        w.Line($"Rows = new {P}Indicator[] {{ {string.Join(", ", props)} }};");
        w.Close();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var r = table.Rows[i];
            w.Line();
            var values = string.Join(" · ", r.Values.Select(v => $"{v.Column}: {v.Raw ?? "(missing)"}"));
            w.Summary(
                (r.Sequence is null ? string.Empty : r.Sequence + ". ") + r.Printed,
                r.Name.En,
                values + (r.AttributeRaw is null ? string.Empty : $" · {r.AttributeRaw} ({r.Attribute})"),
                (r.CatalogueId is null ? string.Empty : "Catalogue: " + r.CatalogueId + ". ") + Cite(r.Citation),
                r.Note);
            w.Line($"public {P}Indicator {props[i]} {{ get; }}");
        }

        w.Close();
    }

    private static void EmitList(CodeWriter w, string cls, ProjectList list)
    {
        w.Summary("Typed view of " + list.Title.Zh, list.Title.En);
        w.Open($"public sealed class {cls} : {P}ProjectList");
        var scope = new Naming.Scope(ListMembers.Concat(new[] { cls }).ToArray());
        var items = list.AllItems.ToList();
        var props = items.Select(p => scope.Unique(Naming.Pascal(p.Name.En, "Project"))).ToList();
        w.Open($"internal {cls}()");
        w.Line($"Id = {Literals.Str(list.Id)};");
        w.Line($"DocumentId = {Literals.Str(list.DocumentId)};");
        w.Line($"Box = {Literals.Int(list.Box)};");
        w.Line($"Title = {ObjectEmitter.Text(list.Title)};");
        w.Line($"Section = {Literals.Str(list.Section)};");
        w.Line($"Citation = {ObjectEmitter.Citation(list.Citation)};");
        w.Line($"Note = {Literals.Str(list.Note)};");
        for (var i = 0; i < items.Count; i++)
        {
            w.Line($"{props[i]} = {ObjectEmitter.Project(items[i])};");
        }

        w.Line($"Groups = new {P}ProjectGroup[]");
        w.Line("{");
        var k = 0;
        foreach (var g in list.Groups)
        {
            var names = new List<string>();
            foreach (var _ in g.Items)
            {
                names.Add(props[k++]);
            }

            w.Line($"    new {P}ProjectGroup {{ Heading = {ObjectEmitter.Text(g.Heading)}, Citation = {ObjectEmitter.Citation(g.Citation)}, Note = {Literals.Str(g.Note)}, Items = new {P}Project[] {{ {string.Join(", ", names)} }} }},");
        }

        w.Line("};");
        w.Close();
        for (var i = 0; i < items.Count; i++)
        {
            var p = items[i];
            w.Line();
            w.Summary(p.Name.Zh, p.Name.En, (p.StatusRaw is null ? string.Empty : $"{p.StatusRaw} ({p.Status}). ") + Cite(p.Citation), p.Note);
            w.Line($"public {P}Project {props[i]} {{ get; }}");
        }

        w.Close();
    }

    private static string Box(int? box) => box is null ? string.Empty : $"专栏{box} (Box {box}). ";

    private static string Cite(Citation? c) => c is null ? string.Empty : $"Source: {c.SourceFile}, line {(c.Lines.Count > 1 ? string.Join("+", c.Lines) : c.Line.ToString(CultureInfo.InvariantCulture))}.";

    public static void Header(CodeWriter w)
    {
        w.Line("// <auto-generated>");
        w.Line("// Generated by PlanModel.Generator from the YAML corpus. Do not edit: change the YAML instead.");
        w.Line("// </auto-generated>");
        w.Line("#nullable enable");
        w.Line();
    }
}

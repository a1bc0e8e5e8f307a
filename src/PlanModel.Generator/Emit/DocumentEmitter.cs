using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Runtime;
using PlanModel.Yaml.Serialization;

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

    public static CodeWriter Emit(DocumentModel model, GeneratorOptions options)
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

        // The values come from the class's data (one compact literal per document, read back in the order written)
        // rather than from object initializers: a corpus of thousands of documents must compile in seconds and fit
        // the metadata limits (16 MB of user strings per assembly). The data is written first, in the order the
        // constructors below read it.
        var data = WriteData(doc);
        var utf8 = options.Utf8Data && data.IsValidUtf16();

        // Constructor: the base's init-only properties are set here, so the typed members and the lists share objects.
        w.Line("/// <summary>Creates the document; use the instance on <c>Plans</c>.</summary>");
        w.Open($"internal {className}()");
        w.Line(utf8 ? $"var r = {Reader}.FromUtf8({DataMember}.ToArray());" : $"var r = new {Reader}({DataMember});");
        w.Line("Id = r.ReadString();");
        w.Line("Kind = r.ReadDocumentKind();");
        w.Line("Title = r.ReadText();");
        w.Line("Region = r.ReadRegion();");
        w.Line("ParentId = r.ReadNullableString();");
        w.Line("PeriodStart = r.ReadInt32();");
        w.Line("PeriodEnd = r.ReadInt32();");
        w.Line("VisionYear = r.ReadNullableInt32();");
        w.Line("Delivered = r.ReadDelivery();");
        w.Line("Source = r.ReadSource();");
        foreach (var (prop, cls, _, _) in tableProps)
        {
            w.Line($"{prop} = new {cls}(r);");
        }

        w.Line($"Tables = new {P}IndicatorTable[] {Literals.ArrayBody(tableProps.Select(t => t.Prop))};");
        foreach (var (prop, cls, _) in listProps)
        {
            w.Line($"{prop} = new {cls}(r);");
        }

        w.Line($"ProjectLists = new {P}ProjectList[] {Literals.ArrayBody(listProps.Select(t => t.Prop))};");
        foreach (var (prop, _) in targetProps)
        {
            w.Line($"{prop} = r.ReadTarget();");
        }

        w.Line($"Targets = new {P}PlanTarget[] {Literals.ArrayBody(targetProps.Select(t => t.Prop))};");
        w.Line("Outline = r.ReadOutline();");
        w.Line("RegisteredBoxes = r.ReadBoxRegistrations();");
        w.Line("r.End();");
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
            w.Summary(list.Title.Zh, list.Title.En, Box(list.Box) + $"{list.AllItems.Count()} items. " + Cite(list.Citation), InferredTitle(list));
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

        // The data literal is copied from the data builder in blocks: a document's code and data never become one
        // large string (no large-object-heap churn per document); the caller hands the writer to the compiler as is.
        w.Line();
        w.Append(utf8 ? $"private static global::System.ReadOnlySpan<byte> {DataMember} => " : $"private static string {DataMember} => ");
        DataLiteral.Append(w.Builder, data);
        w.Line(utf8 ? "u8;" : ";", indent: false);
        w.Close();
        w.Close();
        return w;
    }

    private const string Reader = "global::PlanModel.Serialization.PlanDataReader";

    /// <summary>
    /// The length in UTF-16 code units of a document's data when it is emitted as a string literal: what it adds to
    /// the assembly's user-string heap.
    /// </summary>
    public static int StringDataLength(DocumentModel model) => WriteData(RuntimeBuilder.Document(model)).Length;

    /// <summary>The document's data in the order the emitted constructors read it back (the one writer
    /// <c>plan pack-data</c> uses too).</summary>
    private static PlanDataWriter WriteData(PlanDocument doc)
    {
        var data = new PlanDataWriter();
        data.Document(doc);
        return data;
    }

    /// <summary>The data member's name: lower-case first, so no generated property (PascalCase) can take it.</summary>
    private const string DataMember = "s_planData";


    private static void EmitTable(CodeWriter w, string cls, IndicatorTable table)
    {
        w.Summary("Typed view of " + table.Title.Zh, table.Title.En);
        w.Open($"public sealed class {cls} : {P}IndicatorTable");
        var scope = new Naming.Scope(TableMembers.Concat(new[] { cls }).ToArray());
        var props = table.Rows.Select(r => scope.Unique(Naming.Pascal(r.Name.En, "Row" + (r.Sequence ?? string.Empty)))).ToList();
        w.Open($"internal {cls}({Reader} r)");
        ReadPartHeader(w);
        w.Line("Columns = r.ReadColumns();");
        w.Line("Categories = r.ReadCategories();");
        w.Line("Legend = r.ReadLegend();");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            w.Line($"{props[i]} = r.ReadIndicator();");
        }

        w.Line($"Rows = new {P}Indicator[] {Literals.ArrayBody(props)};");
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

    /// <summary>The members tables and project lists share, read in the order PlanDataWriter's headers write them.</summary>
    private static void ReadPartHeader(CodeWriter w)
    {
        w.Line("Id = r.ReadString();");
        w.Line("DocumentId = r.ReadString();");
        w.Line("Box = r.ReadNullableInt32();");
        w.Line("Title = r.ReadText();");
        w.Line("Section = r.ReadNullableString();");
        w.Line("Citation = r.ReadCitation();");
        w.Line("Note = r.ReadNullableString();");
    }

    private static void EmitList(CodeWriter w, string cls, ProjectList list)
    {
        w.Summary("Typed view of " + list.Title.Zh, list.Title.En, InferredTitle(list));
        w.Open($"public sealed class {cls} : {P}ProjectList");
        var scope = new Naming.Scope(ListMembers.Concat(new[] { cls }).ToArray());
        var items = list.AllItems.ToList();
        var props = items.Select(p => scope.Unique(Naming.Pascal(p.Name.En, "Project"))).ToList();
        w.Open($"internal {cls}({Reader} r)");
        ReadPartHeader(w);
        w.Line("TitleInferred = r.ReadBoolean();");
        w.Line("TitleEvidence = r.ReadNullableString();");
        for (var i = 0; i < items.Count; i++)
        {
            w.Line($"{props[i]} = r.ReadProject();");
        }

        w.Line($"Groups = r.ReadGroups(new {P}Project[] {Literals.ArrayBody(props)});");
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

    /// <summary>A reconstructed title says so in IntelliSense too, not only in the data.</summary>
    private static string? InferredTitle(ProjectList list) =>
        list.TitleInferred ? "Title inferred (the source lost it): " + list.TitleEvidence : null;

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

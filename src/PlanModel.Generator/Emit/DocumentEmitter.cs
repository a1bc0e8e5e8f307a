using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Docs;
using PlanModel.Yaml.Naming;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Runtime;
using PlanModel.Serialization;
using PlanModel.Yaml.Serialization;

namespace PlanModel.Generator.Emit;

/// <summary>Emits one typed class per document: a property per table, indicator, project list, project and target.</summary>
internal static class DocumentEmitter
{
    private const string P = "global::PlanModel.";

    /// <summary>
    /// Emits the document's class. <paramref name="className"/> is the class name the corpus-wide naming gave it
    /// (safe even when two documents ask for the same name); the members are named by <see cref="NameBinder"/>.
    /// </summary>
    public static CodeWriter Emit(DocumentModel model, GeneratorOptions options, string? className = null)
    {
        var doc = RuntimeBuilder.Document(model);
        var names = NameBinder.Document(model, null, options.EntryPoint);
        className ??= names.Class;
        var w = new CodeWriter(options.SourceDocs);
        Header(w);
        if (!options.SourceDocs)
        {
            // The members' summaries are merged into the documentation file by the build (DocumentDocs.Members).
            w.Line("#pragma warning disable CS1591");
        }

        w.Open("namespace " + options.Namespace);
        w.Summary(DocumentDocs.Class(doc));
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"PlanModel.Generator\", \"1.0\")]");
        w.Open($"public sealed partial class {className} : {P}PlanDocument");

        var tableProps = new List<(string Prop, string Cls, IndicatorTable Table, PartNames Names)>();
        for (var i = 0; i < doc.Tables.Count; i++)
        {
            var n = names.Tables[i];
            tableProps.Add((n.Property, n.Class, doc.Tables[i], n));
        }

        var listProps = new List<(string Prop, string Cls, ProjectList List, PartNames Names)>();
        for (var i = 0; i < doc.ProjectLists.Count; i++)
        {
            var n = names.Lists[i];
            listProps.Add((n.Property, n.Class, doc.ProjectLists[i], n));
        }

        var targetProps = new List<(string Prop, PlanTarget Target, MemberName Names)>();
        for (var i = 0; i < doc.Targets.Count; i++)
        {
            targetProps.Add((names.Targets[i].Name, doc.Targets[i], names.Targets[i]));
        }

        // The values come from the class's data (one compact literal per document, read back in the order written)
        // rather than from object initializers: a corpus of thousands of documents must compile in seconds and fit
        // the metadata limits (16 MB of user strings per assembly). The data is written first, in the order the
        // constructors below read it.
        // With the Toolkit's targets the corpus's data file is an embedded resource and the class names its document
        // there (checked by length and fingerprint): no literal to compile, which was the largest single cost of the
        // compile (docs/performance.md, section 4). Without them the class carries its data as a literal.
        var data = WriteData(doc);
        var resource = options.DataResource.Length > 0;
        var utf8 = options.Utf8Data && data.IsValidUtf16();

        // Constructor: the base's init-only properties are set here, so the typed members and the lists share objects.
        w.Line("/// <summary>Creates the document; use the instance on <c>Plans</c>.</summary>");
        w.Open($"internal {className}()");
        w.Line(resource ? $"var r = {Reader}.FromResource(typeof({className}).Assembly, {Literals.Str(options.DataResource)}, {Literals.Str(doc.Id)}, {Literals.Int(data.Length)}, 0x{data.Fingerprint().ToString("X16", CultureInfo.InvariantCulture)}UL);"
            : utf8 ? $"var r = {Reader}.FromUtf8({DataMember}.ToArray());"
            : $"var r = new {Reader}({DataMember});");
        foreach (var field in Layout(nameof(PlanDocument)))
        {
            switch (field.Name)
            {
                case nameof(PlanDocument.Tables):
                    PartsFromReader(w, field, tableProps.Select(t => (t.Prop, t.Cls)), "IndicatorTable");
                    break;
                case nameof(PlanDocument.ProjectLists):
                    PartsFromReader(w, field, listProps.Select(t => (t.Prop, t.Cls)), "ProjectList");
                    break;
                case nameof(PlanDocument.Targets):
                    foreach (var (prop, _, _) in targetProps)
                    {
                        w.Line($"this.{prop} = r.{ReaderOf(field)}();");
                    }

                    w.Line($"Targets = new {P}PlanTarget[] {Literals.ArrayBody(targetProps.Select(t => "this." + t.Prop))};");
                    break;
                default:
                    Field(w, field, null);
                    break;
            }
        }

        w.Line("r.End();");
        w.Close();

        foreach (var (prop, cls, table, n) in tableProps)
        {
            w.Member($"public {cls} {prop} {{ get; }}", DocumentDocs.TableProperty(table));
            Forwarders(w, cls, prop, n.Former);
        }

        foreach (var (prop, cls, list, n) in listProps)
        {
            w.Member($"public {cls} {prop} {{ get; }}", DocumentDocs.ListProperty(list));
            Forwarders(w, cls, prop, n.Former);
        }

        foreach (var (prop, t, n) in targetProps)
        {
            w.Member($"public {P}PlanTarget {prop} {{ get; }}", DocumentDocs.Target(t));
            Forwarders(w, P + "PlanTarget", prop, n.Former);
        }

        foreach (var (_, cls, table, n) in tableProps)
        {
            w.Line();
            EmitTable(w, cls, table, n);
        }

        foreach (var (_, cls, list, n) in listProps)
        {
            w.Line();
            EmitList(w, cls, list, n);
        }

        // The data literal is copied from the data builder in blocks: a document's code and data never become one
        // large string (no large-object-heap churn per document); the caller hands the writer to the compiler as is.
        if (resource)
        {
            w.Close();
            w.Close();
            return w;
        }

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
    private const string DataMember = ReservedNames.DataMember;


    private static void EmitTable(CodeWriter w, string cls, IndicatorTable table, PartNames names)
    {
        w.Summary(DocumentDocs.TableClass(table));
        w.Open($"public sealed class {cls} : {P}IndicatorTable");
        w.Open($"internal {cls}({Reader} r)");
        Fields<IndicatorTable>(w, table.Rows.Count, names.Members);
        w.Close();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (names.Members[i] is not { } member)
            {
                continue;
            }

            w.Member($"public {P}Indicator {member.Name} {{ get; }}", DocumentDocs.Row(table.Rows[i]));
            Forwarders(w, P + "Indicator", member.Name, member.Former);
        }

        w.Close();
    }

    /// <summary>
    /// Reads a part's rows or items into a local array, then sets the members the naming gave some of them
    /// (<c>this.</c>: a symbol may be spelt like the local). Elements without a member are reached through the array.
    /// </summary>
    private static void ReadAll(CodeWriter w, string local, string type, string read, int count, EquatableArray<MemberName?> members)
    {
        w.Line($"var {local} = new {type}[{count.ToString(CultureInfo.InvariantCulture)}];");
        w.Line($"for (var i = 0; i < {local}.Length; i++) {local}[i] = {read};");
        for (var i = 0; i < count; i++)
        {
            if (members[i] is { } m)
            {
                w.Line($"this.{m.Name} = {local}[{i.ToString(CultureInfo.InvariantCulture)}];");
            }
        }
    }

    /// <summary>A former name kept after a rename: obsolete, hidden from completion, forwarding to the new member.</summary>
    private static void Forwarders(CodeWriter w, string type, string name, EquatableArray<string> former)
    {
        foreach (var f in former)
        {
            w.Line();
            w.Renamed("name", name).Line($"public {type} {f} => {name};");
        }
    }

    /// <summary>The fields of a data record in the order the layout writes them (PlanDataLayout, the description
    /// the writer and the reader work from).</summary>
    private static IReadOnlyList<PlanDataField> Layout(string record) => PlanDataLayoutTable.Find(record).Fields;

    /// <summary>A table's or project list's constructor body: each field read in layout order; the one shaped
    /// list (rows, items) read into a local of <paramref name="count"/> elements, set as the property of its name if
    /// the type has one (a list's items are not: its groups take them).</summary>
    private static void Fields<T>(CodeWriter w, int count, EquatableArray<MemberName?> members)
    {
        string? local = null;
        foreach (var field in Layout(typeof(T).Name))
        {
            if (field.Shaped)
            {
                local = field.Name.ToLowerInvariant();
                ReadAll(w, local, P + field.Item, $"r.{ReaderOf(field)}()", count, members);
                if (typeof(T).GetProperty(field.Name) is not null)
                {
                    w.Line($"{field.Name} = {local};");
                }
            }
            else
            {
                Field(w, field, local);
            }
        }
    }

    /// <summary><c>Name = r.ReadX();</c> (the project groups take the items read before them).</summary>
    private static void Field(CodeWriter w, PlanDataField field, string? local) =>
        w.Line($"{field.Name} = r.{ReaderOf(field)}({(field.Reader == nameof(PlanDataReader.ReadGroups) ? local : null)});");

    /// <summary>The document's tables or project lists: each typed part reads itself, then the base list is set.</summary>
    private static void PartsFromReader(CodeWriter w, PlanDataField field, IEnumerable<(string Prop, string Cls)> parts, string type)
    {
        var props = parts.ToList();
        foreach (var (prop, cls) in props)
        {
            w.Line($"this.{prop} = new {cls}(r);");
        }

        w.Line($"{field.Name} = new {P}{type}[] {Literals.ArrayBody(props.Select(t => "this." + t.Prop))};");
    }

    private static string ReaderOf(PlanDataField field) =>
        field.Reader ?? throw new System.InvalidOperationException("the data layout's field " + field.Name + " has no PlanDataReader method to read it");

    private static void EmitList(CodeWriter w, string cls, ProjectList list, PartNames names)
    {
        w.Summary(DocumentDocs.ListClass(list));
        w.Open($"public sealed class {cls} : {P}ProjectList");
        var items = list.AllItems.ToList();
        w.Open($"internal {cls}({Reader} r)");
        Fields<ProjectList>(w, items.Count, names.Members);
        w.Close();
        for (var i = 0; i < items.Count; i++)
        {
            if (names.Members[i] is not { } member)
            {
                continue;
            }

            w.Member($"public {P}Project {member.Name} {{ get; }}", DocumentDocs.Project(items[i]));
            Forwarders(w, P + "Project", member.Name, member.Former);
        }

        w.Close();
    }

    public static void Header(CodeWriter w)
    {
        w.Line("// <auto-generated>");
        w.Line("// Generated by PlanModel.Generator from the YAML corpus. Do not edit: change the YAML instead.");
        w.Line("// </auto-generated>");
        w.Line("#nullable enable");
        w.Line();
    }
}

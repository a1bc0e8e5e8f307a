using System.Collections.Generic;
using System.Linq;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Naming;
using PlanModel.Yaml.Runtime;
using PlanModel.Yaml.Specs;

namespace PlanModel.Generator.Emit;

/// <summary>Emits the <c>Plans</c> entry point and the <c>PlanCatalogue</c>.</summary>
internal static class IndexEmitter
{
    private const string P = "global::PlanModel.";

    public static string Plans(EquatableArray<IndexEntry> entries, GeneratorOptions options)
    {
        var w = new CodeWriter();
        DocumentEmitter.Header(w);
        w.Open("namespace " + options.Namespace);
        w.Summary("Every plan document of this corpus, typed, with the queries users ask across them.", "每个规划文件的类型化入口。");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"PlanModel.Generator\", \"1.0\")]");
        w.Open($"public static partial class {options.EntryPoint}");
        foreach (var e in entries)
        {
            w.Line($"private static readonly global::System.Lazy<{e.ClassName}> s_{e.ClassName} = new global::System.Lazy<{e.ClassName}>(() => new {e.ClassName}());");
        }

        w.Line($"private static readonly global::System.Lazy<{P}PlanCorpus> s_corpus = new global::System.Lazy<{P}PlanCorpus>(() => new {P}PlanCorpus(new {P}PlanDocument[] {{ {string.Join(", ", entries.Select(e => e.ClassName))} }}, PlanCatalogue.Instance) {{ DataVersion = DataVersion, PackageId = {Literals.Str(options.PackageId)} }});");
        foreach (var e in entries)
        {
            w.Member($"public static {e.ClassName} {e.ClassName} => s_{e.ClassName}.Value;", $"The document '{e.Id}' ({e.Kind}).", e.Parent is null ? null : $"Parent plan: {e.Parent}.");
            foreach (var f in e.Former)
            {
                w.Line();
                w.Renamed("name", e.ClassName).Line($"public static {e.ClassName} {f} => {e.ClassName};");
            }
        }

        w.Member($"public static {P}PlanCorpus Corpus => s_corpus.Value;", "The corpus: all documents with the catalogue, and queries across them.");
        w.Member($"public static global::System.Collections.Generic.IReadOnlyList<{P}PlanDocument> All => Corpus.Documents;", "All documents, ordered by id.");
        w.Member($"public static global::System.Collections.Generic.IEnumerable<{P}Indicator> BindingIndicators => Corpus.BindingIndicators;", "Every binding (约束性) indicator row of every document.");
        w.Member($"public static global::System.Collections.Generic.IEnumerable<{P}PlanDocument> ChildrenOf(string parentId) => Corpus.ChildrenOf(parentId);", "The documents whose parent plan is the given document id.");
        w.Close();
        w.Close();
        return w.ToString();
    }

    public static string Catalogue(CatalogueModel catalogue, GeneratorOptions options)
    {
        var built = RuntimeBuilder.Catalogue(catalogue);
        var w = new CodeWriter();
        DocumentEmitter.Header(w);
        w.Open("namespace " + options.Namespace);
        w.Summary("The shared indicator and unit catalogue of this corpus.", "共享指标目录与单位目录。");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"PlanModel.Generator\", \"1.0\")]");
        w.Open("public static partial class PlanCatalogue");
        w.Line($"private static readonly global::System.Lazy<{P}IndicatorCatalogue> s_instance = new global::System.Lazy<{P}IndicatorCatalogue>(Create);");
        w.Member($"public static {P}IndicatorCatalogue Instance => s_instance.Value;", "The catalogue.");
        w.Line();
        w.Open($"private static {P}IndicatorCatalogue Create()");
        w.Line($"var indicators = new {P}CatalogueIndicator[]");
        w.Line("{");
        foreach (var i in built.Indicators)
        {
            w.Line($"    new {P}CatalogueIndicator {{ Id = {Literals.Str(i.Id)}, Name = {ObjectEmitter.Text(i.Name)}, Aliases = new string[] {{ {string.Join(", ", i.Aliases.Select(Literals.Str))} }}, FormerIds = new string[] {{ {string.Join(", ", i.FormerIds.Select(Literals.Str))} }}, UnitId = {Literals.Str(i.UnitId)}, Measure = {Literals.Str(i.Measure)}, Direction = {P}IndicatorDirection.{i.Direction} }},");
        }

        w.Line("};");
        w.Line($"var units = new {P}UnitDefinition[]");
        w.Line("{");
        foreach (var u in built.Units)
        {
            w.Line($"    new {P}UnitDefinition {{ Id = {Literals.Str(u.Id)}, Symbol = {Literals.Str(u.Symbol)}, Name = {ObjectEmitter.Text(u.Name)}, BaseId = {Literals.Str(u.BaseId)}, Multiplier = {Literals.Int(u.Multiplier)} }},");
        }

        w.Line("};");
        w.Line($"return new {P}IndicatorCatalogue(indicators, units);");
        w.Close();
        w.Close();
        w.Line();
        w.Summary("Catalogue indicator ids as constants, for typed queries such as Plans.Corpus.IndicatorsById(IndicatorIds.GrpGrowth).");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"PlanModel.Generator\", \"1.0\")]");
        w.Open("public static partial class IndicatorIds");
        var names = NameBinder.Catalogue(catalogue, null, null);
        for (var k = 0; k < built.Indicators.Count; k++)
        {
            var i = built.Indicators[k];
            var name = names[k].Name;
            w.Summary(i.Name.Zh, i.Name.En);
            w.Line($"public const string {name.Name} = {Literals.Str(i.Id)};");
            foreach (var f in name.Former)
            {
                w.Renamed("id", name.Name).Line($"public const string {f} = {Literals.Str(i.Id)};");
            }
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The documents' classes, named once for the corpus (so two documents never emit the same class).</summary>
    public static EquatableArray<IndexEntry> Index(IReadOnlyList<DocumentModel> documents, GeneratorOptions options)
    {
        var names = NameBinder.Corpus(documents, null, options.EntryPoint);
        var list = new List<IndexEntry>();
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            list.Add(new IndexEntry(d.Id, names[i].Class, names[i].Former, d.Document.Parent, d.Document.Type));
        }

        return list.ToEquatable();
    }
}

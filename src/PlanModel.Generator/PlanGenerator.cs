using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PlanModel.Generator.Emit;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Naming;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;

namespace PlanModel.Generator;

/// <summary>
/// Turns the PlanModel YAML corpus (AdditionalFiles with PlanModelYaml=true) into typed C#: one class per
/// document, the <c>Plans</c> entry point and the catalogue. Models are value-equatable, so an unrelated edit
/// regenerates nothing and an edit to one document regenerates only that document. It never throws.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PlanGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Re-evaluated on every compilation change, but it yields a bool, so nothing downstream re-runs.
        var utf8 = context.CompilationProvider.Select(static (c, _) => SupportsUtf8Data(c));
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => ReadOptions(o.GlobalOptions))
            .Combine(utf8)
            .Select(static (pair, _) => pair.Left with { Utf8Data = pair.Right })
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsPlanFile(pair.Left, pair.Right))
            // Each build in the compiler server is a new driver: unchanged files get their kept result (ParsedFileCache),
            // unchanged documents their kept code and findings (DocumentResults).
            .Select(static (pair, ct) => Parse(pair.Left, ct))
            .WithTrackingName(TrackingNames.ParseFile);

        var all = files.Collect();

        // What referenced packages define (parents, catalogue ids): the index the Toolkit's targets write from their
        // data files (AdditionalFiles with PlanModelReferenceIndex=true).
        var references = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => HasMetadata(pair.Left, pair.Right, "PlanModelReferenceIndex"))
            .Select(static (pair, ct) => ReferencedIds.FromIndex(pair.Left.GetText(ct)?.ToString() ?? string.Empty))
            .Collect()
            .Select(static (indexes, _) => Merge(indexes))
            .WithTrackingName(TrackingNames.References);

        // The corpus is assembled once per run (documents, catalogue, corpus-level findings); an edit to one file
        // re-assembles in O(N) cheap steps, but only the changed document's nodes below run again.
        var corpus = all
            .Combine(references)
            .Select(static (pair, _) => CorpusModel.Assemble(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Corpus);

        var documents = corpus
            .SelectMany(static (c, _) => c.Documents)
            .WithTrackingName(TrackingNames.Documents);

        var catalogue = corpus
            .Select(static (c, _) => c.Catalogue)
            .WithTrackingName(TrackingNames.Catalogue);

        var index = corpus
            .Combine(options)
            .Select(static (pair, _) => IndexEmitter.Index(pair.Left.Documents, pair.Right))
            .WithTrackingName(TrackingNames.Index);

        // A document's class name is given corpus-wide (two documents asking for one name must not both get it); the
        // index only changes when a document's id, class name, former names, parent or kind does.
        context.RegisterSourceOutput(documents.Combine(options).Combine(index), static (spc, pair) => EmitDocument(spc, pair.Left.Left, pair.Left.Right, pair.Right));
        context.RegisterSourceOutput(catalogue.Combine(options), static (spc, pair) =>
            Guard(spc, "PlanCatalogue.g.cs", null, () => Text(IndexEmitter.Catalogue(pair.Left, pair.Right))));
        context.RegisterSourceOutput(index.Combine(options), static (spc, pair) =>
            Guard(spc, pair.Right.EntryPoint + ".g.cs", null, () => Text(IndexEmitter.Plans(pair.Left, pair.Right))));

        // The data version: the PlanModelDataVersion property and the hash of every YAML text (each file's hash is
        // taken as it is parsed, so nothing is read twice). Its own small output: an edit re-emits it, not Plans.g.cs.
        var dataVersion = all
            .Select(static (results, _) => CorpusHash.Of(results))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (o, _) => ReadDataVersion(o.GlobalOptions)))
            .WithTrackingName(TrackingNames.DataVersion);
        context.RegisterSourceOutput(dataVersion.Combine(options), static (spc, pair) =>
            Guard(spc, pair.Right.EntryPoint + ".DataVersion.g.cs", null, () => Text(DataVersionEmitter.Emit(pair.Left.Right, pair.Left.Left, pair.Right))));

        // Diagnostics go through their own outputs so positions can move without regenerating code, and are split
        // like the work: each file's reader findings, each document's rules (re-checked only when the document or
        // the rule context - document ids, catalogue - changes), and the corpus-level findings.
        var severities = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => o.GlobalOptions.TryGetValue("build_property.PlanModelRuleSeverity", out var s) ? s : string.Empty);
        var ruleContext = corpus.Select(static (c, _) => c.RuleContext);
        var documentFindings = documents
            .Combine(ruleContext)
            .Select(static (pair, _) => DocumentResults.Checked(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.DocumentRules);
        context.RegisterSourceOutput(files.Combine(severities), static (spc, pair) => ReportDiagnostics(spc, pair.Left.Diagnostics, pair.Right));
        context.RegisterSourceOutput(documentFindings.Combine(severities), static (spc, pair) => ReportDiagnostics(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(corpus.Select(static (c, _) => c.Findings).Combine(severities), static (spc, pair) => ReportDiagnostics(spc, pair.Left, pair.Right));

        // String-literal data (no UTF-8 literals in this compilation) shares the assembly's 16 MB user-string heap;
        // past it the compiler stops with CS8103 and no hint. Measured per document, so an edit re-measures one.
        var stringData = documents
            .Combine(options)
            .Select(static (pair, _) => new DocumentDataSize(pair.Left.Id, pair.Left.Path, pair.Right.Utf8Data || pair.Right.DataResource.Length > 0 ? 0 : DocumentEmitter.StringDataLength(pair.Left)))
            .WithTrackingName(TrackingNames.DataSize)
            .Collect();
        var budget = context.AnalyzerConfigOptionsProvider.Select(static (o, _) => UserStringBudget.Read(o.GlobalOptions));
        context.RegisterSourceOutput(stringData.Combine(budget).Combine(severities), static (spc, pair) =>
            ReportDiagnostics(spc, UserStringBudget.Check(pair.Left.Left, pair.Left.Right), pair.Right));
    }

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        string Get(string key, string fallback) =>
            global.TryGetValue("build_property." + key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : fallback;
        global.TryGetValue("build_property.PlanModelNamespace", out var configured);
        global.TryGetValue("build_property.RootNamespace", out var root);
        var ns = ReservedNames.Namespace(configured, root);
        global.TryGetValue("build_property.PlanModelEntryPoint", out var entry);
        return new GeneratorOptions(ns, ReservedNames.EntryPoint(entry), PackageId: Get("PlanModelPackageId", ns), DataResource: Get("PlanModelDataResource", string.Empty),
            SourceDocs: !string.Equals(Get("PlanModelSourceDocs", "true"), "false", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The PlanModelDataVersion property (PlanModel.Toolkit.targets defaults it to the project's Version);
    /// 0.0.0 when a build sets neither.</summary>
    private static string ReadDataVersion(AnalyzerConfigOptions global) =>
        global.TryGetValue("build_property.PlanModelDataVersion", out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : "0.0.0";

    /// <summary>UTF-8 literals need C# 11 and System.ReadOnlySpan&lt;T&gt; (.NET Core 2.1+, netstandard2.1, or System.Memory).</summary>
    private static bool SupportsUtf8Data(Compilation compilation) =>
        compilation is Microsoft.CodeAnalysis.CSharp.CSharpCompilation cs
        && cs.LanguageVersion >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11
        && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;

    private static bool IsPlanFile(AdditionalText text, AnalyzerConfigOptionsProvider provider)
    {
        if (!text.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !text.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return HasMetadata(text, provider, "PlanModelYaml");
    }

    private static bool HasMetadata(AdditionalText text, AnalyzerConfigOptionsProvider provider, string name) =>
        provider.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles." + name, out var flag)
        && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    private static ReferencedIds Merge(ImmutableArray<ReferencedIds> indexes)
    {
        if (indexes.Length == 0)
        {
            return ReferencedIds.Empty;
        }

        if (indexes.Length == 1)
        {
            return indexes[0];
        }

        var documents = new List<string>();
        var indicators = new List<CatalogueIndicatorSpec>();
        var units = new List<UnitDefSpec>();
        foreach (var r in indexes)
        {
            documents.AddRange(r.DocumentIds);
            indicators.AddRange(r.Catalogue.Indicators);
            units.AddRange(r.Catalogue.Units);
        }

        return new ReferencedIds(documents.ToEquatable(), new CatalogueModel(indicators.ToEquatable(), units.ToEquatable()));
    }

    private static FileParseResult Parse(AdditionalText text, CancellationToken ct)
    {
        var source = text.GetText(ct);
        if (source is null)
        {
            var bag = new DiagnosticBag();
            bag.Add(PlanRules.FileNotGiven, text.Path, 1, 1);
            return new FileParseResult(null, bag.Items.ToEquatable());
        }

        return ParsedFileCache.Shared.Read(text.Path, source.ToString());
    }

    private static void EmitDocument(SourceProductionContext spc, DocumentModel model, GeneratorOptions options, EquatableArray<IndexEntry> index)
    {
        string? className = null;
        foreach (var e in index)
        {
            if (e.Id == model.Id)
            {
                className = e.ClassName;
            }
        }

        Guard(spc, "Plan." + model.Id + ".g.cs", model.Path, () => DocumentResults.Emitted(model, options, className, () => DocumentEmitter.Emit(model, options, className).ToSourceText()));
    }

    private static Microsoft.CodeAnalysis.Text.SourceText Text(string code) => Microsoft.CodeAnalysis.Text.SourceText.From(code, Encoding.UTF8);

    /// <summary>Runs an emitter; an unexpected failure becomes PLAN005 at the document, never an exception.</summary>
    private static void Guard(SourceProductionContext spc, string hintName, string? path, Func<Microsoft.CodeAnalysis.Text.SourceText> emit)
    {
        Microsoft.CodeAnalysis.Text.SourceText code;
        try
        {
            code = emit();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var bag = new DiagnosticBag();
            bag.Add(PlanRules.GenerationFailed, path ?? string.Empty, 1, 1, (hintName, ex.GetType().Name, ex.Message));
            spc.ReportDiagnostic(ToDiagnostic(bag.Items[0]));
            return;
        }

        spc.AddSource(hintName, code);
    }

    private static void ReportDiagnostics(SourceProductionContext spc, EquatableArray<PlanDiagnostic> findings, string severities)
    {
        if (findings.Count == 0)
        {
            return;
        }

        foreach (var d in CorpusValidator.Finish(findings, new ValidationOptions { Severities = ValidationOptions.ParseSeverities(severities) }))
        {
            spc.ReportDiagnostic(ToDiagnostic(d));
        }
    }

    internal static Diagnostic ToDiagnostic(PlanDiagnostic d)
    {
        var descriptor = PlanDescriptors.Of(d.Code);

        var start = new LinePosition(Math.Max(0, d.Line - 1), Math.Max(0, d.Column - 1));
        var location = d.File.Length == 0
            ? Location.None
            : Location.Create(d.File, default(TextSpan), new LinePositionSpan(start, start));
        // The configured severity (ValidationOptions) overrides the rule's default for this report.
        return Diagnostic.Create(descriptor, location, PlanDescriptors.Severity(d.Severity), additionalLocations: null, properties: null, d.Message);
    }

    /// <summary>The assembled corpus: what every later step needs, computed once per run. Equatable.</summary>
    private sealed record CorpusModel(EquatableArray<DocumentModel> Documents, CatalogueModel Catalogue, RuleContext RuleContext, EquatableArray<PlanDiagnostic> Findings)
    {
        public static CorpusModel Assemble(ImmutableArray<FileParseResult> results, ReferencedIds references)
        {
            var specs = new List<PlanFileSpec>(results.Length);
            foreach (var r in results)
            {
                if (r.File is not null)
                {
                    specs.Add(r.File);
                }
            }

            var findings = CorpusValidator.CheckCorpus(specs, references, out var documents, out var catalogue);
            return new CorpusModel(documents.ToEquatable(), catalogue, RuleContext.Of(documents, catalogue, references), findings);
        }
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

namespace PlanModel.Generator;

/// <summary>Options read from MSBuild properties (build_property.*) and the compilation, equatable for caching.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="EntryPoint">The name of the static entry-point class.</param>
/// <param name="Utf8Data">The compilation has C# 11 and System.ReadOnlySpan&lt;T&gt;: document data is emitted as a UTF-8
/// literal (stored as static data, outside the 16 MB user-string heap) instead of a string literal.</param>
/// <param name="PackageId">The package the corpus ships as (PlanModelPackageId, by default the project's PackageId):
/// <c>Plans.Corpus.PackageId</c>, so a composed corpus names each package.</param>
/// <param name="DataResource">The logical name of the embedded data file (PlanModelDataResource, set by the Toolkit's
/// targets when they embed it): document classes read their data from it instead of carrying a literal. Empty: the
/// literal (the generator used without the targets).</param>
/// <param name="SourceDocs">Document classes carry their members' summaries as <c>///</c> comments (the default). false
/// (PlanModelSourceDocs, set by the Toolkit's targets in a command-line build that writes a documentation file): they
/// carry none and the build merges the same text into the documentation file (<c>PlanModel.Yaml.Docs.DocumentDocs</c>),
/// which spares the compiler binding about 60 % of the generated text (docs/performance.md, section 4).</param>
public sealed record GeneratorOptions(string Namespace, string EntryPoint, bool Utf8Data = false, string PackageId = "", string DataResource = "", bool SourceDocs = true);

/// <summary>One entry of the Plans index: the document's class (also its property on Plans) and its former names.</summary>
public sealed record IndexEntry(string Id, string ClassName, PlanModel.Yaml.Specs.EquatableArray<string> Former, string? Parent, string Kind);

using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PlanModel.Benchmarks;

// Shared with tests/PlanModel.Tests (linked there): what a compiler host hands the generator.

/// <summary>An in-memory additional file (the compiler host hands the generator the same thing).</summary>
public sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    /// <summary>Creates the file.</summary>
    public MemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>build_property.*, build_metadata.AdditionalFiles.PlanModelYaml=true and (for planmodel.references.txt)
/// PlanModelReferenceIndex=true, as the toolkit targets set them.</summary>
public sealed class PlanOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;

    private readonly DictionaryOptions _yaml = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanModelYaml"] = "true" });
    private readonly DictionaryOptions _referenceIndex = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanModelReferenceIndex"] = "true" });
    private readonly DictionaryOptions _empty = new(new Dictionary<string, string>());

    /// <summary>Creates the provider with the project's build properties (<c>build_property.*</c> keys).</summary>
    public PlanOptionsProvider(Dictionary<string, string> global) => _global = new DictionaryOptions(global);

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions => _global;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _empty;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".yaml", StringComparison.Ordinal) ? _yaml
        : textFile.Path.EndsWith("planmodel.references.txt", StringComparison.Ordinal) ? _referenceIndex
        : _empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Runtime;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Corpus;

/// <summary>How a <see cref="CorpusSession"/> reads and validates.</summary>
public sealed class CorpusSessionOptions
{
    /// <summary>Show file paths relative to the corpus root (reports) instead of the working directory (diagnostics).</summary>
    public bool PathsRelativeToRoot { get; init; }

    /// <summary>Severity overrides, as <see cref="ValidationOptions.Severities"/>.</summary>
    public IReadOnlyDictionary<string, PlanSeverity> Severities { get; init; } = new Dictionary<string, PlanSeverity>();

    /// <summary>Treat warnings as errors.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Run the alignment rules.</summary>
    public bool Alignment { get; init; } = true;

    /// <summary>Reader limits and citation budgets.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Corpora of referenced packages (<see cref="PlanReferences"/>), known to the rules, not validated.</summary>
    public IReadOnlyList<PlanCorpus> References { get; init; } = Array.Empty<PlanCorpus>();

    /// <summary>Stops reading and validation between files and documents.</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// One corpus, read once: its files, documents and catalogue, the validation findings, the runtime corpus and the
/// verified sources, all built from one read through one <see cref="SourceResolver"/>. Every command (validate,
/// export, report, diff) and the MSBuild task start here, so no two of them can read a path differently.
/// </summary>
public sealed class CorpusSession
{
    private readonly Lazy<PlanCorpus> _corpus;

    private CorpusSession(string root, AssembledCorpus assembled, IReadOnlyList<PlanDiagnostic> diagnostics, VerifiedSources sources)
    {
        Root = root;
        Assembled = assembled;
        Diagnostics = diagnostics;
        Sources = sources;
        _corpus = new Lazy<PlanCorpus>(() => RuntimeBuilder.Corpus(assembled.Documents, assembled.Catalogue), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The corpus root: the folder given, or the folder of a single file given.</summary>
    public string Root { get; }

    /// <summary>Parsed files, documents and catalogue.</summary>
    public AssembledCorpus Assembled { get; }

    /// <summary>Every file's parse result.</summary>
    public IReadOnlyList<FileParseResult> Files => Assembled.Files;

    /// <summary>Every finding, severity-mapped and sorted.</summary>
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    /// <summary>The sources that match their pins: the only ones shown or embedded.</summary>
    public VerifiedSources Sources { get; }

    /// <summary>The runtime corpus, built on first use.</summary>
    public PlanCorpus Corpus => _corpus.Value;

    /// <summary>The number of findings of <paramref name="severity"/>.</summary>
    public int Count(PlanSeverity severity)
    {
        var n = 0;
        foreach (var d in Diagnostics)
        {
            n += d.Severity == severity ? 1 : 0;
        }

        return n;
    }

    /// <summary>Reads and validates the corpus at <paramref name="path"/> (a folder, or one YAML file).</summary>
    /// <exception cref="DirectoryNotFoundException">No YAML file is there.</exception>
    public static CorpusSession Open(string path, CorpusSessionOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        options ??= new CorpusSessionOptions();
        var cwd = Directory.GetCurrentDirectory();
        var root = Path.GetFullPath(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var basePath = options.PathsRelativeToRoot ? root : cwd;
        var paths = CorpusLoader.FindFiles(path);
        if (paths.Count == 0)
        {
            throw new DirectoryNotFoundException("no YAML files under '" + path + "'");
        }

        string Show(string full) => FileSystemLinks.Relative(basePath, full);
        var files = CorpusLoader.ReadAll(paths, Show, options.Limits, options.Cancellation);
        return From(files, p => Path.GetFullPath(Path.Combine(basePath, p)), root, options);
    }

    /// <summary>Validates already-read files; <paramref name="toFullPath"/> maps their shown paths to full paths.</summary>
    public static CorpusSession From(IReadOnlyList<FileParseResult> files, Func<string, string> toFullPath, string root, CorpusSessionOptions? options = null)
    {
        options ??= new CorpusSessionOptions();
        var assembled = AssembledCorpus.Of(files);
        var resolver = new SourceResolver(toFullPath, options.Limits);
        var diagnostics = CorpusValidator.Validate(assembled, new ValidationOptions
        {
            Sources = resolver,
            Severities = options.Severities,
            WarningsAsErrors = options.WarningsAsErrors,
            Alignment = options.Alignment,
            Limits = options.Limits,
            Cancellation = options.Cancellation,
            References = options.References,
        });
        return new CorpusSession(root, assembled, diagnostics, VerifiedSources.Of(assembled.Documents, resolver, options.Limits));
    }
}

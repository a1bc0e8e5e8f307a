using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Docs;
using PlanModel.Yaml.Naming;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;

namespace PlanModel.Build;

/// <summary>
/// Validates a PlanModel corpus at build time and reports each finding as
/// <c>file(line,col): error PLANnnn: message</c>. Never throws: a failure is PLAN005. A canceled build
/// (Ctrl+C, Visual Studio's Cancel) stops it between files and between documents; it then returns false with a
/// message and reports none of what it had found.
/// </summary>
public sealed class ValidatePlans : Microsoft.Build.Utilities.Task, ICancelableTask
{
    // MSBuild calls Cancel on another thread while Execute runs; the token is what the loops check.
    private readonly CancellationTokenSource _cancel = new();

    /// <summary>The YAML files of the corpus (document, table, projects, outline, targets, catalogue).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Severity overrides: "PLAN402=error;PLAN407=none".</summary>
    public string? RuleSeverity { get; set; }

    /// <summary>Treat warnings as errors.</summary>
    public bool WarningsAsErrors { get; set; }

    /// <summary>Run the cross-plan alignment rules (PLAN6xx).</summary>
    public bool Alignment { get; set; } = true;

    /// <summary>Data files of referenced corpus packages (<c>PlanModelReference</c>): their documents and catalogue are
    /// known to the rules; they are not validated. An unreadable one is left out here (IndexPlanReferences reports it).</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>When set, and the corpus has no error, its data file is written here (what <see cref="WritePlanData"/>
    /// writes) from this task's own read of the YAML: a build that embeds the data reads the corpus once.</summary>
    public string? DataFile { get; set; }

    /// <summary>The data version written into <see cref="DataFile"/> (PlanModelDataVersion).</summary>
    public string? DataVersion { get; set; }

    /// <summary>When set, and the corpus has no error, the document classes' summaries are written here as
    /// documentation-file members (side-file docs: the generated source carries none; MergePlanDocs merges them into
    /// the compiler's documentation file).</summary>
    public string? DocsFile { get; set; }

    /// <summary>The generated namespace's properties (PlanModelNamespace, RootNamespace) and entry point
    /// (PlanModelEntryPoint), which name the members in <see cref="DocsFile"/> as the generator names them.</summary>
    public string? Namespace { get; set; }

    /// <inheritdoc cref="Namespace"/>
    public string? RootNamespace { get; set; }

    /// <inheritdoc cref="Namespace"/>
    public string? EntryPoint { get; set; }

    /// <summary>Where each document's findings are kept between builds (obj/planmodel.validation.cache), so a build after
    /// an edit checks again only what the edit touched; empty: every build validates in full. A missing, corrupt or
    /// foreign file is ignored.</summary>
    public string? CacheFile { get; set; }

    /// <summary>The folder this task was loaded from when it runs from a stamped copy (PlanModelTaskCopy=true): the
    /// older copies beside it are removed (<see cref="TaskCopies"/>). Ignored unless it is this assembly's folder.</summary>
    public string? TaskCopy { get; set; }

    /// <summary>Number of errors reported.</summary>
    [Output]
    public int ErrorCount { get; private set; }

    /// <summary>Number of warnings reported.</summary>
    [Output]
    public int WarningCount { get; private set; }

    /// <summary>Asks a running (or not yet started) validation to stop at the next file or phase.</summary>
    public void Cancel() => _cancel.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        var token = _cancel.Token;
        try
        {
            RemoveOlderTaskCopies();
            var paths = new List<string>();
            foreach (var item in Files)
            {
                if (token.IsCancellationRequested)
                {
                    return Canceled($"collecting files ({paths.Count} of {Files.Length})");
                }

                paths.Add(Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } full ? full : item.ItemSpec));
            }

            paths.Sort(StringComparer.Ordinal);

            IReadOnlyList<FileParseResult> parsed;
            try
            {
                // Checks the token before each file. With the obj/ cache on, a reused node also reuses its earlier reads
                // of unchanged files (the process's ParsedFileCache, as the generator does in the compiler server).
                parsed = CorpusLoader.ReadAll(paths, null, null, token, null, string.IsNullOrEmpty(CacheFile) ? null : ParsedFileCache.Shared);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return Canceled("reading files");
            }

            // Checks the token before each document; a canceled run returns a partial list, which is not reported.
            // The same session every plan command opens: one assembly, one source resolver.
            var session = CorpusSession.From(parsed, Path.GetFullPath, CommonFolder(paths), new CorpusSessionOptions
            {
                CacheFile = string.IsNullOrEmpty(CacheFile) ? null : Path.GetFullPath(CacheFile),
                Validation = new ValidationOptions
                {
                    Severities = ValidationOptions.ParseSeverities(RuleSeverity),
                    WarningsAsErrors = WarningsAsErrors,
                    Alignment = Alignment,
                    Cancellation = token,
                    References = ReferenceItems.Load(References, new DiagnosticBag()),
                },
            });
            var diagnostics = session.Diagnostics;
            if (token.IsCancellationRequested)
            {
                return Canceled("checking the rules");
            }

            Report(diagnostics);
            Log.LogMessage(MessageImportance.Normal, "PlanModel: validated {0} files: {1} error(s), {2} warning(s); {3} of {4} documents checked{5}",
                paths.Count, ErrorCount, WarningCount, session.DocumentsChecked, session.Assembled.Documents.Count,
                string.IsNullOrEmpty(CacheFile) || session.DocumentsChecked == session.Assembled.Documents.Count ? string.Empty : " (the others' findings from " + CacheFile + ")");
            if (!string.IsNullOrEmpty(DataFile) && !Log.HasLoggedErrors)
            {
                var version = DataFileOutput.Write(DataFile!, session.Corpus, DataVersion, parsed);
                Log.LogMessage(MessageImportance.Normal, "PlanModel: wrote {0} ({1} documents, data version {2})", DataFile, session.Corpus.Documents.Count, version.Version);
            }

            if (!string.IsNullOrEmpty(DocsFile) && !Log.HasLoggedErrors)
            {
                DocumentationFile.Write(DocsFile!, session, ReservedNames.Namespace(Namespace, RootNamespace), ReservedNames.EntryPoint(EntryPoint));
                Log.LogMessage(MessageImportance.Normal, "PlanModel: wrote the documents' summaries to {0}", DocsFile);
            }
        }
        catch (Exception ex)
        {
            // Out of memory included: a located PLAN005 on the project, never an unlocated MSB4018.
            Log.LogError(null, PlanRules.Internal.Code, null, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0,
                "{0}", PlanRules.TaskFailed.With(ex.Message).Message);
        }

        return !Log.HasLoggedErrors;
    }

    private void RemoveOlderTaskCopies()
    {
        if (string.IsNullOrEmpty(TaskCopy)
            || !string.Equals(Trimmed(TaskCopy!), Trimmed(Path.GetDirectoryName(typeof(ValidatePlans).Assembly.Location) ?? string.Empty), StringComparison.Ordinal))
        {
            return;
        }

        var (removed, left) = TaskCopies.RemoveOthers(TaskCopy!, DateTime.UtcNow);
        if (removed.Count + left.Count > 0)
        {
            Log.LogMessage(MessageImportance.Low, "PlanModel: removed {0} older task copies; {1} still in use left for a later build", removed.Count, left.Count);
        }

        static string Trimmed(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }

    /// <summary>The folder every corpus file lies under (the corpus root the session reports).</summary>
    private static string CommonFolder(List<string> paths)
    {
        if (paths.Count == 0)
        {
            return string.Empty;
        }

        var common = Path.GetDirectoryName(paths[0]) ?? string.Empty;
        foreach (var p in paths)
        {
            while (common.Length > 0 && !p.StartsWith(common + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                common = Path.GetDirectoryName(common) ?? string.Empty;
            }
        }

        return common;
    }

    // A canceled validation reports nothing of what it had found: a partial result would read as a verdict.
    // False without an error is what MSBuild expects of a canceled task (it reports the cancellation itself).
    private bool Canceled(string phase)
    {
        Log.LogMessage(MessageImportance.High, "PlanModel: validation canceled while {0}; nothing was reported", phase);
        return false;
    }

    private void Report(IReadOnlyList<PlanDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            switch (d.Severity)
            {
                case PlanSeverity.Error:
                    ErrorCount++;
                    Log.LogError(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, "{0}", d.Message);
                    break;
                case PlanSeverity.Warning:
                    WarningCount++;
                    Log.LogWarning(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, "{0}", d.Message);
                    break;
                default:
                    Log.LogMessage(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, MessageImportance.Normal, "{0}", d.Message);
                    break;
            }
        }
    }
}

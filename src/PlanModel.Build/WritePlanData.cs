using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Runtime;

namespace PlanModel.Build;

/// <summary>
/// Writes the corpus's data file (the PM2 file <c>plan pack-data</c> writes, docs/data-file.md) when a corpus project
/// is packed: the package ships it so that corpus packages referencing this one know its documents and catalogue
/// (docs/packages.md). The build before the pack validated the corpus; a file that does not even read is an error
/// here and nothing is written. Never throws.
/// </summary>
public sealed class WritePlanData : Microsoft.Build.Utilities.Task
{
    /// <summary>The YAML files of the corpus.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The data version (PlanModelDataVersion).</summary>
    public string DataVersion { get; set; } = "0.0.0";

    /// <summary>The data file to write.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var paths = new List<string>();
            foreach (var item in Files)
            {
                paths.Add(Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } full ? full : item.ItemSpec));
            }

            paths.Sort(StringComparer.Ordinal);
            var files = CorpusLoader.ReadAll(paths);
            var assembled = AssembledCorpus.Of(files);
            foreach (var d in assembled.Diagnostics)
            {
                if (d.Severity == PlanSeverity.Error)
                {
                    Log.LogError(null, d.Code, null, d.File, d.Line, d.Column, 0, 0, "{0}", d.Message);
                }
            }

            if (Log.HasLoggedErrors)
            {
                return false;
            }

            var corpus = RuntimeBuilder.Corpus(assembled.Documents, assembled.Catalogue);
            var version = DataFileOutput.Write(OutputFile, corpus, DataVersion, files);
            Log.LogMessage(MessageImportance.Normal, "PlanModel: wrote {0} ({1} documents, data version {2})", OutputFile, corpus.Documents.Count, version.Version);
        }
        catch (Exception ex)
        {
            Log.LogError(null, PlanRules.Internal.Code, null, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0,
                "PlanModel: writing the data file failed unexpectedly: {0}", ex.Message);
        }

        return !Log.HasLoggedErrors;
    }
}

using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Build;

/// <summary>
/// Reads the data files of referenced corpus packages (<c>PlanModelReference</c> items) and writes the text index the
/// source generator reads (document ids, catalogue ids): a generator sees additional files only as text. The one
/// place an unreadable reference is reported (PLAN006 at the data file). Never throws.
/// </summary>
public sealed class IndexPlanReferences : Microsoft.Build.Utilities.Task
{
    /// <summary>The referenced data files.</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The index file to write.</summary>
    [Required]
    public string IndexFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var d = new DiagnosticBag();
            var index = PlanReferences.Ids(ReferenceItems.Load(References, d)).ToIndex();
            foreach (var f in d.Items)
            {
                Log.LogError(null, f.Code, null, f.File, f.Line, f.Column, 0, 0, "{0}", f.Message);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(IndexFile)) ?? ".");

            // Written only when it changes, so the generator's input (and the compile) stays up to date.
            if (!File.Exists(IndexFile) || File.ReadAllText(IndexFile, Encoding.UTF8) != index)
            {
                File.WriteAllText(IndexFile, index, new UTF8Encoding(false));
            }
        }
        catch (Exception ex)
        {
            Log.LogError(null, PlanRules.Internal.Code, null, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0,
                "PlanModel: indexing the referenced packages failed unexpectedly: {0}", ex.Message);
        }

        return !Log.HasLoggedErrors;
    }
}

using System;
using System.IO;
using Microsoft.Build.Framework;

namespace PlanModel.Build;

/// <summary>
/// Side-file docs: merges the document classes' summaries that <see cref="ValidatePlans"/> wrote (DocsFile) into the
/// documentation file the compiler wrote, so the package's IntelliSense is what it is with <c>///</c> comments in the
/// generated source, which the compiler no longer has to bind (docs/performance.md, section 4). Never throws.
/// </summary>
public sealed class MergePlanDocs : Microsoft.Build.Utilities.Task
{
    /// <summary>The compiler's documentation file (@(DocFileItem)), rewritten in place.</summary>
    [Required]
    public string DocumentationFile { get; set; } = string.Empty;

    /// <summary>The side file of summaries.</summary>
    [Required]
    public string DocsFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            if (!File.Exists(DocsFile))
            {
                // No validation wrote it (turned off after the Toolkit chose side-file docs): nothing to merge, and no
                // failure of the build for documentation.
                Log.LogWarning(null, null, null, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0,
                    "PlanModel: {0} is missing (no validation wrote it): the documentation file has no summaries for the document classes; set PlanModelSideDocs=false to keep them in the source", DocsFile);
                return true;
            }

            var count = PlanModel.Yaml.Docs.DocumentationFile.Merge(DocumentationFile, DocsFile);
            Log.LogMessage(MessageImportance.Normal, "PlanModel: merged {0} documented members from {1} into {2}", count, DocsFile, DocumentationFile);
        }
        catch (Exception ex)
        {
            Log.LogError(null, PlanModel.Yaml.Diagnostics.PlanRules.Internal.Code, null, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0,
                "PlanModel: merging the documents' summaries into the documentation file failed: {0}", ex.Message);
        }

        return !Log.HasLoggedErrors;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Validation;

namespace PlanModel.Benchmarks;

/// <summary>Exactly what the ValidatePlans MSBuild task runs for a corpus directory.</summary>
public static class BuildValidation
{
    /// <summary>The task's input: every *.yaml under the corpus, full paths, ordinal order.</summary>
    public static List<string> Paths(string root)
    {
        var paths = new List<string>();
        foreach (var f in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories))
        {
            paths.Add(Path.GetFullPath(f));
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    /// <summary>CorpusLoader.ReadAll + CorpusValidator.Validate with a SourceResolver and the task's defaults.</summary>
    public static IReadOnlyList<PlanDiagnostic> Run(IReadOnlyList<string> paths, string? ruleSeverity = null)
    {
        var parsed = CorpusLoader.ReadAll(paths);
        return CorpusValidator.Validate(parsed, new ValidationOptions
        {
            Sources = new SourceResolver(),
            Severities = ValidationOptions.ParseSeverities(ruleSeverity),
            WarningsAsErrors = false,
            Alignment = true,
        });
    }

    /// <summary>Counts by severity.</summary>
    public static (int Errors, int Warnings, int Infos) Count(IReadOnlyList<PlanDiagnostic> diagnostics)
    {
        int e = 0, w = 0, i = 0;
        foreach (var d in diagnostics)
        {
            switch (d.Severity)
            {
                case PlanSeverity.Error: e++; break;
                case PlanSeverity.Warning: w++; break;
                default: i++; break;
            }
        }

        return (e, w, i);
    }
}

using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Build;

/// <summary>The <c>PlanModelReference</c> items of a project: data files of referenced corpus packages.</summary>
internal static class ReferenceItems
{
    /// <summary>Loads each item (package id: its <c>PlanModelPackage</c> metadata, else the file name); an unreadable one
    /// is a PLAN006 in <paramref name="diagnostics"/> and is left out.</summary>
    public static List<PlanCorpus> Load(ITaskItem[] items, DiagnosticBag diagnostics)
    {
        var corpora = new List<PlanCorpus>();
        foreach (var item in items)
        {
            var path = Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } full ? full : item.ItemSpec);
            var id = item.GetMetadata("PlanModelPackage") is { Length: > 0 } package ? package : Path.GetFileNameWithoutExtension(path);
            if (PlanReferences.Load(path, id, diagnostics) is PlanCorpus corpus)
            {
                corpora.Add(corpus);
            }
        }

        return corpora;
    }
}

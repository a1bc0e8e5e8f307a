using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Validation;

namespace PlanModel.Tests.Infrastructure;

public static class Validation
{
    public static IReadOnlyList<PlanDiagnostic> Run(string root)
    {
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(root));
        return CorpusValidator.Validate(files, new ValidationOptions { Sources = new SourceResolver() });
    }

    /// <summary>Edits an archived source of a fixture copy and re-pins its sha256 in the document.</summary>
    public static void ReplaceInSource(string root, string source, string documentFolder, string from, string to)
    {
        var path = Path.Combine(root, "sources", source);
        var oldSha = Sha(path);
        Replace(path, from, to);
        Replace(Path.Combine(root, documentFolder, "document.yaml"), oldSha, Sha(path));
    }

    private static string Sha(string path) =>
        System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    /// <summary>Replaces the first occurrence of <paramref name="from"/> in a file; fails when absent.</summary>
    public static int Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        var i = text.IndexOf(from, System.StringComparison.Ordinal);
        Xunit.Assert.True(i >= 0, $"'{from}' not in {path}");
        File.WriteAllText(path, text.Substring(0, i) + to + text.Substring(i + from.Length));
        return text.Substring(0, i).Split('\n').Length;
    }

    /// <summary>Removes one list entry, from the line <paramref name="entryStart"/> to the next <c>  - id: </c>; returns
    /// the file's text before the removal.</summary>
    public static string RemoveEntry(string path, string entryStart)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(entryStart, System.StringComparison.Ordinal);
        Xunit.Assert.True(start >= 0, $"'{entryStart}' not in {path}");
        var end = text.IndexOf("  - id: ", start + entryStart.Length, System.StringComparison.Ordinal);
        File.WriteAllText(path, text.Remove(start, end - start));
        return text;
    }
}

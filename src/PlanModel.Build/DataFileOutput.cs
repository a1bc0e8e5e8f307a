using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Serialization;
using PlanModel.Yaml.Specs;

namespace PlanModel.Build;

/// <summary>Writes a corpus's data file for the Toolkit (embedded by every build, packed by <c>dotnet pack</c>):
/// the one place the tasks turn a runtime corpus, its parsed files and the data version into the file.</summary>
internal static class DataFileOutput
{
    /// <summary>Writes <paramref name="corpus"/> to <paramref name="outputFile"/>, versioned <paramref name="dataVersion"/>
    /// (0.0.0 when empty) with the content hash of <paramref name="files"/>; returns the version written.</summary>
    public static DataVersion Write(string outputFile, PlanCorpus corpus, string? dataVersion, IReadOnlyList<FileParseResult> files)
    {
        var version = new DataVersion(string.IsNullOrWhiteSpace(dataVersion) ? "0.0.0" : dataVersion!.Trim(), CorpusHash.Of(files));
        using var bytes = new MemoryStream();
        PlanDataFileWriter.Write(bytes, corpus, version);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile)) ?? ".");
        File.WriteAllBytes(outputFile, bytes.ToArray());
        return version;
    }
}

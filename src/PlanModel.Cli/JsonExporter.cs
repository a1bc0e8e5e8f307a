using System.Text.Encodings.Web;
using System.Text.Json;
using PlanModel.Cli.Export;

namespace PlanModel.Cli;

/// <summary>Writes the corpus as JSON (docs/export.md, docs/export.schema.json): the export's records
/// (<see cref="ExportModel"/>) through the source-generated serializer. Output is deterministic: same input, same bytes.</summary>
public static class JsonExporter
{
    /// <summary>The export format version.</summary>
    public const string FormatVersion = ExportModel.FormatVersion;

    /// <summary>Writes the export.</summary>
    public static void Write(CorpusBuild build, Stream stream)
    {
        // Chinese text is written as UTF-8, not as \u escapes; the writer's options decide indentation and escaping.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(stream, options);
        JsonSerializer.Serialize(w, ExportModel.Of(build), ExportJsonContext.Default.ExportFile);
    }
}

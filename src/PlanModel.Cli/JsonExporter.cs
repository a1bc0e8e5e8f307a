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
        using var w = new Utf8JsonWriter(stream, Options(indented: true));
        JsonSerializer.Serialize(w, ExportModel.Of(build), ExportJsonContext.Default.ExportFile);
    }

    /// <summary>The export written compactly into memory and parsed once (what <c>plan diff</c> compares).</summary>
    internal static JsonDocument Document(CorpusBuild build)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
        using (var w = new Utf8JsonWriter(buffer, Options(indented: false)))
        {
            JsonSerializer.Serialize(w, ExportModel.Of(build), ExportJsonContext.Default.ExportFile);
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    // Chinese text is written as UTF-8, not as \u escapes; the writer's options decide indentation and escaping.
    private static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

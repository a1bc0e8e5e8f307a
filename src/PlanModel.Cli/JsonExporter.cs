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

    /// <summary>One element's own export record (<see cref="ExportModel.Element"/>) written compactly and parsed: the
    /// fields <c>plan diff</c> shows for a changed element, exactly as <c>plan export</c> writes them.</summary>
    internal static JsonElement Element(CorpusBuild build, object element)
    {
        var record = ExportModel.Element(build, element);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, Options(indented: false)))
        {
            JsonSerializer.Serialize(w, record, record.GetType(), ExportJsonContext.Default);
        }

        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        return json.RootElement.Clone();
    }

    // Chinese text is written as UTF-8, not as \u escapes; the writer's options decide indentation and escaping.
    private static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

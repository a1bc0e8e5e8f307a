using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PlanModel.Cli.Export;

/// <summary>
/// docs/export.schema.json, produced from the export's records by System.Text.Json's JsonSchemaExporter: required
/// are the properties that are never null, enumerations list their vocabulary's words, [Description] becomes the
/// description, and no object allows a property the records lack. A test fails when the document is stale.
/// </summary>
public static class ExportSchema
{
    /// <summary>The schema as indented JSON text, ending with a line feed.</summary>
    public static string Text()
    {
        var options = ExportJsonContext.Default.Options;
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = (JsonObject)options.GetJsonSchemaAsNode(typeof(ExportFile), exporter);
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://planmodel.example/export.schema.json",
            ["title"] = "PlanModel export",
            ["description"] = "Output of `plan export --format json` (docs/export.md): every document, every value with raw text, interpretation and citation. Generated from src/PlanModel.Cli/Export/ExportRecords.cs; do not edit.",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        var properties = (JsonObject)root["properties"]!;
        properties["format"] = new JsonObject { ["const"] = "planmodel-export" };
        properties["version"] = new JsonObject { ["const"] = ExportModel.FormatVersion };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        if (WordConverter.WordsOf(type, context.TypeInfo.Options) is { } words)
        {
            schema = new JsonObject { ["enum"] = new JsonArray(words.Select(w => (JsonNode)JsonValue.Create(w)).ToArray()) };
        }
        else if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject obj && obj.ContainsKey("properties"))
        {
            var required = context.TypeInfo.Properties.Where(IsRequired).Select(p => (JsonNode)JsonValue.Create(p.Name)).ToArray();
            obj.Remove("required");
            if (required.Length > 0)
            {
                obj["required"] = new JsonArray(required);
            }

            obj["additionalProperties"] = false;
        }

        if (schema is JsonObject o && context.PropertyInfo?.AttributeProvider is MemberInfo member
            && member.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            o["description"] = description.Description;
        }

        return schema;
    }

    // A property is always written unless it may be null, or unless it is written even when null (raw: a lost cell).
    private static bool IsRequired(JsonPropertyInfo p) =>
        !(p.IsGetNullable || System.Nullable.GetUnderlyingType(p.PropertyType) is not null)
        || (p.AttributeProvider as MemberInfo)?.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.Never;
}

using System.Text.Json;

namespace PlanModel.Cli.Diff;

/// <summary>An addressable element of the read model (a document, table, row, value, item, target …) with the
/// scalar fields it holds itself (child elements are entities of their own).</summary>
internal sealed record Entity(string Document, string Kind, string Path, string Parent, string Key, int Index, string Label, IReadOnlyDictionary<string, string> Fields, JsonElement Element);

/// <summary>
/// Flattens the export of a corpus (the read model as <c>plan export --format json</c> writes it) into entities keyed
/// by stable path: documents by id, tables by id, rows by key, values by column, lists by id, groups by printed
/// heading, items by printed name, outline nodes and targets by id, catalogue entries by id.
/// </summary>
internal static class ExportEntities
{
    /// <summary>Which arrays hold entities, what they are called and which field keys them.</summary>
    private static readonly Dictionary<string, (string Kind, Func<JsonElement, string?> Key)> Arrays = new(StringComparer.Ordinal)
    {
        ["documents"] = ("document", e => Str(e, "id")),
        ["tables"] = ("table", e => Str(e, "id")),
        ["columns"] = ("column", e => Str(e, "key")),
        ["categories"] = ("category", e => Str(e, "key") ?? Str(e, "printed")),
        ["markers"] = ("marker", e => Str(e, "marker")),
        ["rows"] = ("row", e => Str(e, "key")),
        ["values"] = ("value", e => Str(e, "column")),
        ["projectLists"] = ("list", e => Str(e, "id")),
        ["groups"] = ("group", e => Zh(e, "heading")),
        ["items"] = ("item", e => Zh(e, "name")),
        ["outline"] = ("heading", e => Str(e, "id")),
        ["targets"] = ("target", e => Str(e, "id")),
        ["registeredBoxes"] = ("box", e => Num(e, "box")),
        ["indicators"] = ("catalogue-indicator", e => Str(e, "id")),
        ["units"] = ("unit", e => Str(e, "id")),
    };

    /// <summary>Kinds keyed by printed text, not by an id: a changed name is a correction of the element at the same
    /// position, not a removal and an addition.</summary>
    public static bool KeyedByText(string kind) => kind is "item" or "group" or "category";

    public static Dictionary<string, Entity> Of(JsonElement root)
    {
        var all = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (root.TryGetProperty("documents", out var docs))
        {
            Array(all, "documents", docs, string.Empty, string.Empty);
        }

        if (root.TryGetProperty("catalogue", out var catalogue))
        {
            foreach (var p in catalogue.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array && Arrays.ContainsKey(p.Name))
                {
                    Array(all, p.Name, p.Value, "catalogue", "(catalogue)");
                }
            }
        }

        return all;
    }

    private static void Array(Dictionary<string, Entity> all, string name, JsonElement array, string parent, string document)
    {
        var (kind, keyOf) = Arrays[name];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var e in array.EnumerateArray())
        {
            index++;
            var key = keyOf(e);
            if (string.IsNullOrEmpty(key))
            {
                key = "#" + index.ToString(CultureInfo.InvariantCulture);
            }

            // A printed name may repeat in one group: the second is name#2, and so on, in printed order.
            seen[key!] = seen.TryGetValue(key!, out var n) ? n + 1 : 1;
            if (seen[key!] > 1)
            {
                key += "#" + seen[key!].ToString(CultureInfo.InvariantCulture);
            }

            var path = parent.Length == 0 ? key! : parent + "/" + kind + ":" + key;
            var doc = kind == "document" ? key! : document;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            Fields(all, e, string.Empty, fields, path, doc);
            all[path] = new Entity(doc, kind, path, parent, key!, index, LabelOf(kind, e, key!), fields, e);
        }
    }

    private static void Fields(Dictionary<string, Entity> all, JsonElement obj, string prefix, Dictionary<string, string> fields, string path, string document)
    {
        foreach (var p in obj.EnumerateObject())
        {
            var name = prefix + p.Name;
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Fields(all, p.Value, name + ".", fields, path, document);
                    break;
                case JsonValueKind.Array when prefix.Length == 0 && Arrays.ContainsKey(p.Name) && IsObjects(p.Value):
                    Array(all, p.Name, p.Value, path, document);
                    break;
                case JsonValueKind.Array:
                    fields[name] = p.Value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    fields[name] = p.Value.GetString()!;
                    break;
                default:
                    fields[name] = p.Value.GetRawText();
                    break;
            }
        }
    }

    private static bool IsObjects(JsonElement array)
    {
        foreach (var e in array.EnumerateArray())
        {
            return e.ValueKind == JsonValueKind.Object;
        }

        return true;
    }

    private static string LabelOf(string kind, JsonElement e, string key) => kind switch
    {
        "row" => Zh(e, "name") ?? key,
        "target" => Zh(e, "subject") ?? key,
        "heading" => ((Str(e, "number") ?? string.Empty) + " " + (Zh(e, "title") ?? string.Empty)).Trim(),
        "table" or "list" or "document" or "box" => Zh(e, "title") ?? key,
        "column" => Zh(e, "header") ?? key,
        "catalogue-indicator" or "unit" => Zh(e, "name") ?? key,
        _ => key,
    };

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null;

    private static string? Zh(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? Str(v, "zh") : null;
}

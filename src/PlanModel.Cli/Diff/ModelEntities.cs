using System.Text.Json;

namespace PlanModel.Cli.Diff;

/// <summary>An addressable element of the read model (a document, table, row, value, item, target …): where it is
/// and the runtime object it is. What it says (its export fields, label) is worked out only when asked, which
/// <c>plan diff</c> does for changed elements alone.</summary>
internal sealed class Entity
{
    private readonly CorpusBuild _build;
    private JsonElement? _element;
    private Dictionary<string, string>? _fields;

    public Entity(CorpusBuild build, string document, string kind, string path, string parent, string key, int index, object model) =>
        (_build, Document, Kind, Path, Parent, Key, Index, Model) = (build, document, kind, path, parent, key, index, model);

    public string Document { get; }

    public string Kind { get; }

    public string Path { get; }

    public string Parent { get; }

    public string Key { get; }

    /// <summary>1-based position among its siblings of the same list.</summary>
    public int Index { get; }

    /// <summary>The runtime object (a <see cref="PlanValue"/>, an <see cref="Indicator"/> …).</summary>
    public object Model { get; }

    /// <summary>Its own export record as JSON (child elements left out), with citation offsets in verified sources.</summary>
    public JsonElement Element => _element ??= JsonExporter.Element(_build, Model);

    /// <summary>Its own scalar fields by dotted export name (<c>raw</c>, <c>name.en</c>, <c>citation.line</c> …): a
    /// nested object's fields are prefixed with its name, a list that is not a list of elements is its JSON text.</summary>
    public IReadOnlyDictionary<string, string> Fields => _fields ??= ModelEntities.FieldsOf(Element);

    /// <summary>What a reviewer calls it: a row's name, a table's title, a heading's number and title …</summary>
    public string Label => Model switch
    {
        Indicator r => r.Name.Zh,
        PlanTarget t => t.Subject.Zh,
        OutlineNode n => (n.Number + " " + n.Title.Zh).Trim(),
        IndicatorTable t => t.Title.Zh,
        ProjectList l => l.Title.Zh,
        PlanDocument d => d.Title.Zh,
        BoxRegistration b => b.Title.Zh,
        TableColumn c => c.Header.Zh,
        CatalogueIndicator i => i.Name.Zh,
        UnitDefinition u => u.Name.Zh,
        _ => Key,
    };
}

/// <summary>
/// The elements of a runtime corpus keyed by stable path, walked directly (no export is built): documents by id,
/// tables by id, columns, categories and rows by key, values by column, lists by id, groups by printed heading,
/// items by printed name, top-level outline nodes and targets by id, registered boxes by number, catalogue entries
/// by id. Children are entered before their parent, siblings in printed order.
/// </summary>
internal static class ModelEntities
{
    /// <summary>The export's names of lists of elements: within an element's own record they are entities of their
    /// own, not fields.</summary>
    private static readonly HashSet<string> ElementLists = new(StringComparer.Ordinal)
    {
        "documents", "tables", "columns", "categories", "markers", "rows", "values", "projectLists", "groups", "items", "outline", "targets",
        "registeredBoxes", "indicators", "units",
    };

    /// <summary>Kinds keyed by printed text, not by an id: a changed name is a correction of the element at the same
    /// position, not a removal and an addition.</summary>
    public static bool KeyedByText(string kind) => kind is "item" or "group" or "category";

    /// <summary>Every element of <paramref name="build"/>'s corpus by path.</summary>
    public static Dictionary<string, Entity> Of(CorpusBuild build)
    {
        var walk = new Walk(build ?? throw new ArgumentNullException(nameof(build)));
        walk.List("document", build.Corpus.Documents, d => d.Id, string.Empty, string.Empty, walk.Document);
        var catalogue = build.Corpus.Catalogue;
        walk.List("catalogue-indicator", catalogue.Indicators, i => i.Id, "catalogue", "(catalogue)", null);
        walk.List("unit", catalogue.Units, u => u.Id, "catalogue", "(catalogue)", null);
        return walk.All;
    }

    /// <summary>The fields of one element's own export record (see <see cref="Entity.Fields"/>).</summary>
    public static Dictionary<string, string> FieldsOf(JsonElement element)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Fields(element, string.Empty, fields);
        return fields;
    }

    private static void Fields(JsonElement obj, string prefix, Dictionary<string, string> fields)
    {
        foreach (var p in obj.EnumerateObject())
        {
            var name = prefix + p.Name;
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Fields(p.Value, name + ".", fields);
                    break;
                case JsonValueKind.Array when prefix.Length == 0 && ElementLists.Contains(p.Name) && IsObjects(p.Value):
                    // Child elements: compared as entities of their own.
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

    private sealed class Walk
    {
        private readonly CorpusBuild _build;

        public Walk(CorpusBuild build) => _build = build;

        public Dictionary<string, Entity> All { get; } = new(StringComparer.Ordinal);

        public void List<T>(string kind, IReadOnlyList<T> items, Func<T, string?> keyOf, string parent, string document, Action<T, string, string>? children)
            where T : class
        {
            Dictionary<string, int>? seen = null;
            for (var i = 0; i < items.Count; i++)
            {
                var e = items[i];
                var index = i + 1;
                var key = keyOf(e);
                if (string.IsNullOrEmpty(key))
                {
                    key = "#" + index.ToString(CultureInfo.InvariantCulture);
                }

                // A printed name may repeat in one group: the second is name#2, and so on, in printed order.
                if (items.Count > 1)
                {
                    seen ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    var n = seen[key!] = seen.TryGetValue(key!, out var before) ? before + 1 : 1;
                    if (n > 1)
                    {
                        key += "#" + n.ToString(CultureInfo.InvariantCulture);
                    }
                }

                var path = parent.Length == 0 ? key! : parent + "/" + kind + ":" + key;
                var doc = kind == "document" ? key! : document;
                children?.Invoke(e, path, doc);
                All[path] = new Entity(_build, doc, kind, path, parent, key!, index, e);
            }
        }

        public void Document(PlanDocument d, string path, string doc)
        {
            List("table", d.Tables, t => t.Id, path, doc, Table);
            List("list", d.ProjectLists, l => l.Id, path, doc, ProjectList);
            List("heading", d.Outline, n => n.Id, path, doc, null);
            List("target", d.Targets, t => t.Id, path, doc, null);
            List("box", d.RegisteredBoxes, b => b.Box.ToString(CultureInfo.InvariantCulture), path, doc, null);
        }

        private void Table(IndicatorTable t, string path, string doc)
        {
            List("column", t.Columns, c => c.Key, path, doc, null);
            List("category", t.Categories, c => c.Key, path, doc, null);
            List("row", t.Rows, r => r.Key, path, doc, (r, rowPath, d) => List("value", r.Values, v => v.Column, rowPath, d, null));
        }

        private void ProjectList(ProjectList l, string path, string doc) =>
            List("group", l.Groups, g => g.Heading.Zh, path, doc, (g, groupPath, d) => List("item", g.Items, p => p.Name.Zh, groupPath, d, null));
    }
}

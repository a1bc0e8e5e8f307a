using System.Text.Json;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Validation;

namespace PlanModel.Cli.Diff;

/// <summary>
/// Compares two corpora as read models, not as text: both runtime corpora are walked into elements by stable path
/// and matched; matched elements are compared on the runtime objects, and only those that differ (and the added and
/// removed ones) are exported to list their fields, reading and source line. Each change is classified, and the
/// whole change gets the smallest version bump it needs.
/// </summary>
public static class CorpusDiff
{
    /// <summary>Fields that carry only a translation or a note.</summary>
    private static readonly HashSet<string> TextLeaves = new(StringComparer.Ordinal) { "en", "note", "notes", "reason", "evidence", "titleEvidence" };

    /// <summary>Compares <paramref name="baseSide"/> with <paramref name="head"/>.</summary>
    public static DiffReport Compare(CorpusSide baseSide, CorpusSide head)
    {
        if (baseSide is null)
        {
            throw new ArgumentNullException(nameof(baseSide));
        }

        if (head is null)
        {
            throw new ArgumentNullException(nameof(head));
        }

        var olds = ModelEntities.Of(CorpusBuild.Of(baseSide.Session));
        var news = ModelEntities.Of(CorpusBuild.Of(head.Session));
        var oldSources = baseSide.Session.Sources;
        var newSources = head.Session.Sources;
        var equality = new ModelEquality(oldSources, newSources);

        var (counterpart, renamed) = Match(olds, news);
        var changes = new List<Change>();
        foreach (var (path, n) in news)
        {
            if (counterpart.TryGetValue(path, out var oldPath))
            {
                var o = olds[oldPath];
                var isRename = renamed.Contains(path);
                if (!isRename && equality.Same(o.Model, n.Model))
                {
                    continue;
                }

                var fields = FieldChanges(o.Fields, n.Fields);
                if (fields.Count == 0 && !isRename)
                {
                    // Unchanged (at most its address moved with a corrected parent).
                    continue;
                }

                var type = isRename ? ChangeType.Rename : fields.Any(f => f.Category != FieldCategory.Text) ? ChangeType.Correction : ChangeType.Text;
                var moved = fields.Any(f => f.Category == FieldCategory.Citation);
                changes.Add(new Change(n.Document, n.Kind, path, Label(news, n), type, fields, Reading(o), Reading(n),
                    Source(n.Element, newSources), moved ? Source(o.Element, oldSources) : null, oldPath == path ? null : oldPath));
            }
            else if (IsRoot(n.Parent) || counterpart.ContainsKey(n.Parent))
            {
                // An element added inside an added parent is part of that addition, not a change of its own.
                changes.Add(new Change(n.Document, n.Kind, path, Label(news, n), ChangeType.Addition, Array.Empty<FieldChange>(), null, Reading(n),
                    Source(n.Element, newSources), null, null));
            }
        }

        var matchedOld = new HashSet<string>(counterpart.Values, StringComparer.Ordinal);
        foreach (var (path, o) in olds)
        {
            if (!matchedOld.Contains(path) && (IsRoot(o.Parent) || matchedOld.Contains(o.Parent)))
            {
                changes.Add(new Change(o.Document, o.Kind, path, Label(olds, o), ChangeType.Removal, Array.Empty<FieldChange>(), Reading(o), null,
                    null, Source(o.Element, oldSources), null));
            }
        }

        changes.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Document, b.Document);
            return c != 0 ? c : string.CompareOrdinal(a.Path, b.Path);
        });

        var (bump, why) = Bump(changes);
        return new DiffReport("planmodel-diff", "1", Info(baseSide), Info(head), bump, why, Counts(changes), changes);
    }

    private static DiffSideInfo Info(CorpusSide side) =>
        new(side.Label, side.Session.Count(PlanSeverity.Error), side.Session.Count(PlanSeverity.Warning), side.DataVersion);

    /// <summary>
    /// Finds each new element's old counterpart, parents first: the same path under the (matched) parent; else, among
    /// the parent's unmatched old children of the same kind, the one the new element's <c>formerIds</c> name (a rename),
    /// or for elements keyed by printed text the one at the same position (a corrected name).
    /// </summary>
    private static (Dictionary<string, string> Counterpart, HashSet<string> Renamed) Match(Dictionary<string, Entity> olds, Dictionary<string, Entity> news)
    {
        var counterpart = new Dictionary<string, string>(StringComparer.Ordinal);
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var oldChildren = olds.Values.ToLookup(o => o.Parent, StringComparer.Ordinal);
        var newChildren = news.Values.ToLookup(n => n.Parent, StringComparer.Ordinal);

        void Children(string newParent, string? oldParent)
        {
            if (!newChildren.Contains(newParent))
            {
                // A leaf (most elements): nothing to match below it.
                return;
            }

            var pool = oldParent is null ? new List<Entity>() : oldChildren[oldParent].ToList();
            var byKey = new Dictionary<(string, string), Entity>();
            foreach (var o in pool)
            {
                byKey[(o.Kind, o.Key)] = o;
            }

            var kids = newChildren[newParent].OrderBy(n => n.Index).ToList();
            foreach (var n in kids)
            {
                if (byKey.TryGetValue((n.Kind, n.Key), out var same) && !used.Contains(same.Path))
                {
                    Pair(n, same, rename: false);
                }
            }

            if (kids.All(k => counterpart.ContainsKey(k.Path)))
            {
                foreach (var n in kids)
                {
                    Children(n.Path, counterpart[n.Path]);
                }

                return;
            }

            foreach (var n in kids.Where(k => !counterpart.ContainsKey(k.Path)))
            {
                var former = Former(n).Select(f => pool.FirstOrDefault(o => o.Kind == n.Kind && o.Key == f && !used.Contains(o.Path))).FirstOrDefault(o => o is not null);
                var slot = former is null && ModelEntities.KeyedByText(n.Kind)
                    ? pool.FirstOrDefault(o => o.Kind == n.Kind && o.Index == n.Index && !used.Contains(o.Path) && !news.ContainsKey(Within(newParent, o)))
                    : null;
                if (former is not null)
                {
                    Pair(n, former, rename: true);
                }
                else if (slot is not null)
                {
                    Pair(n, slot, rename: false);
                }
            }

            foreach (var n in kids)
            {
                Children(n.Path, counterpart.TryGetValue(n.Path, out var o) ? o : null);
            }
        }

        void Pair(Entity n, Entity o, bool rename)
        {
            counterpart[n.Path] = o.Path;
            used.Add(o.Path);
            if (rename)
            {
                renamed.Add(n.Path);
            }
        }

        Children(string.Empty, string.Empty);
        foreach (var root in news.Values.Where(n => n.Parent == "catalogue").Select(n => n.Parent).Distinct())
        {
            // Catalogue entries hang off a pseudo-parent present on both sides.
            Children(root, root);
        }

        return (counterpart, renamed);
    }

    private static bool IsRoot(string parent) => parent.Length == 0 || parent == "catalogue";

    private static string Within(string newParent, Entity o) => newParent.Length == 0 ? o.Key : newParent + "/" + o.Kind + ":" + o.Key;

    private static string[] Former(Entity n) =>
        n.Fields.TryGetValue("formerIds", out var json) ? JsonSerializer.Deserialize(json, DiffJsonContext.Default.StringArray) ?? Array.Empty<string>() : Array.Empty<string>();

    private static List<FieldChange> FieldChanges(IReadOnlyDictionary<string, string> olds, IReadOnlyDictionary<string, string> news)
    {
        var result = new List<FieldChange>();
        foreach (var key in olds.Keys.Union(news.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            olds.TryGetValue(key, out var o);
            news.TryGetValue(key, out var n);
            if (!string.Equals(o, n, StringComparison.Ordinal))
            {
                result.Add(new FieldChange(key, Category(key), o, n));
            }
        }

        return result;
    }

    private static FieldCategory Category(string field)
    {
        if (field.StartsWith("citation.", StringComparison.Ordinal) || field.Contains(".citation.", StringComparison.Ordinal))
        {
            return FieldCategory.Citation;
        }

        var last = field.Substring(field.LastIndexOf('.') + 1);
        return TextLeaves.Contains(last) ? FieldCategory.Text : FieldCategory.Value;
    }

    /// <summary>A value's reading: a table cell, or a target's value.</summary>
    private static ValueReading? Reading(Entity e)
    {
        var prefix = e.Kind == "target" ? "value." : e.Kind == "value" ? string.Empty : null;
        if (prefix is null || !e.Fields.ContainsKey(prefix + "raw"))
        {
            return null;
        }

        string? F(string name) => e.Fields.TryGetValue(prefix + name, out var v) ? v : null;
        return new ValueReading(F("raw"), F("qualifier"), F("value"), F("max"), F("measure"), F("unitId"), F("role"), F("year"));
    }

    private static string Label(Dictionary<string, Entity> all, Entity e) =>
        e.Kind == "value" && all.TryGetValue(e.Parent, out var row) ? row.Label + " · " + e.Key : e.Label;

    /// <summary>The element's cited line from a verified source, the quote located in it.</summary>
    private static SourceLine? Source(JsonElement element, VerifiedSources sources)
    {
        var holder = element;
        if (!holder.TryGetProperty("citation", out var c) && !(holder.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("citation", out c)))
        {
            return null;
        }

        if (c.ValueKind != JsonValueKind.Object || !c.TryGetProperty("file", out var file) || !c.TryGetProperty("line", out var line))
        {
            return null;
        }

        var lines = c.TryGetProperty("lines", out var ls) && ls.ValueKind == JsonValueKind.Array ? ls.EnumerateArray().Select(x => x.GetInt32()).ToArray() : new[] { line.GetInt32() };
        var quote = c.TryGetProperty("quote", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
        int? offset = c.TryGetProperty("offset", out var off) && off.ValueKind == JsonValueKind.Number ? off.GetInt32() : null;
        var citation = new Citation { SourceFile = file.GetString() ?? string.Empty, Line = line.GetInt32(), Lines = lines, Quote = quote, Offset = offset };
        var text = sources.Text(citation);
        var lineText = string.Join("+", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        if (text is null)
        {
            return new SourceLine(citation.SourceFile, lineText, null, null, null, false);
        }

        var needle = quote ?? Raw(element);
        var at = needle is null ? -1 : QuoteLocator.Find(text, needle, lines.Length == 1 ? offset : null);
        return new SourceLine(citation.SourceFile, lineText, text, at >= 0 ? at : null, at >= 0 ? needle!.Length : null, true);
    }

    private static string? Raw(JsonElement e)
    {
        if (e.TryGetProperty("raw", out var r) && r.ValueKind == JsonValueKind.String)
        {
            return r.GetString();
        }

        if (e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("raw", out r) && r.ValueKind == JsonValueKind.String)
        {
            return r.GetString();
        }

        return e.TryGetProperty("printed", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
    }

    private static (VersionBump Bump, string Why) Bump(IReadOnlyList<Change> changes)
    {
        int Count(ChangeType t) => changes.Count(c => c.Type == t);
        var removed = Count(ChangeType.Removal);
        var renamed = Count(ChangeType.Rename);
        var added = Count(ChangeType.Addition);
        var corrected = Count(ChangeType.Correction);
        var text = Count(ChangeType.Text);
        if (removed + renamed > 0)
        {
            return (VersionBump.Major, $"{removed} removed and {renamed} renamed element(s) with ids");
        }

        if (added > 0)
        {
            return (VersionBump.Minor, $"{added} added element(s)");
        }

        return corrected + text > 0
            ? (VersionBump.Patch, $"{corrected} correction(s) and {text} text change(s)")
            : (VersionBump.None, "no change");
    }

    private static List<DocumentCounts> Counts(IReadOnlyList<Change> changes) =>
        changes.GroupBy(c => c.Document, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DocumentCounts(g.Key, g.Count(c => c.Type == ChangeType.Correction), g.Count(c => c.Type == ChangeType.Addition),
                g.Count(c => c.Type == ChangeType.Removal), g.Count(c => c.Type == ChangeType.Rename), g.Count(c => c.Type == ChangeType.Text)))
            .ToList();
}

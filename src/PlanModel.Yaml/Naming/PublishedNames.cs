using System.Linq;

namespace PlanModel.Yaml.Naming;

/// <summary>
/// The lock of published names: <c>published-names.yaml</c> (<c>kind: published</c>) lists every generated name
/// consumers may compile against. A listed name that is no longer generated — an element removed or renamed
/// without recording its old id under <c>formerIds</c> (or its old symbol under <c>formerSymbols</c>) — is PLAN208.
/// New names are not errors here; <c>plan names --accept</c> rewrites the file, and a test keeps it current.
/// </summary>
public static class PublishedNames
{
    /// <summary>The conventional file name, in the corpus root.</summary>
    public const string FileName = "published-names.yaml";

    /// <summary>Every generated name of the corpus (document classes and their members, IndicatorIds), sorted ordinally;
    /// <paramref name="names"/> as in <see cref="NameBinder.Corpus"/>.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue, Func<DocumentModel, DocumentNames>? names = null)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var doc in NameBinder.Corpus(documents, null, names: names))
        {
            set.UnionWith(doc.Published());
        }

        foreach (var (_, name) in NameBinder.Catalogue(catalogue, null, null))
        {
            set.Add("IndicatorIds." + name.Name);
            foreach (var f in name.Former)
            {
                set.Add("IndicatorIds." + f);
            }
        }

        return new List<string>(set);
    }

    /// <summary>
    /// The corpus-wide name rules: document classes across documents and IndicatorIds constants (PLAN107, PLAN207),
    /// and every name of the lock still generated (PLAN208, reported at the YAML of the nearest surviving element);
    /// <paramref name="documentNames"/> as in <see cref="NameBinder.Corpus"/>.
    /// </summary>
    public static void Check(IReadOnlyList<PlanFileSpec> specs, IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue, DiagnosticBag d, Func<DocumentModel, DocumentNames>? documentNames = null)
    {
        var names = NameBinder.Corpus(documents, d, names: documentNames);
        var paths = new Dictionary<CatalogueIndicatorSpec, string>();
        foreach (var f in specs)
        {
            foreach (var i in (f as IndicatorsFileSpec)?.Indicators ?? default)
            {
                paths[i] = f.Path;
            }
        }

        NameBinder.Catalogue(catalogue, paths, d);
        Func<string, bool>? generated = null;
        foreach (var f in specs)
        {
            foreach (var entry in (f as PublishedFileSpec)?.Names ?? default)
            {
                // Every generated name is listed only when there is a lock to check against.
                generated ??= Generated(documents, catalogue, documentNames);
                if (generated(entry.Name))
                {
                    continue;
                }

                var (file, pos) = Locate(entry, f.Path, names, documents);
                d.Add(PlanRules.PublishedNameGone, file, pos.Line, pos.Column, (entry.Name, FileName, entry.Pos.Line));
            }
        }
    }

    /// <summary>
    /// Whether a published name still compiles: generated as is, or reached through a renamed document's or part's
    /// forwarder (<c>Old.Box07</c> compiles when <c>Old</c> forwards to the document now called <c>New</c>).
    /// </summary>
    public static Func<string, bool> Generated(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue, Func<DocumentModel, DocumentNames>? names = null)
    {
        var set = new HashSet<string>(Of(documents, catalogue, names), StringComparer.Ordinal);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in NameBinder.Corpus(documents, null, names: names))
        {
            foreach (var f in doc.Former)
            {
                classes[f] = doc.Class;
            }

            foreach (var part in doc.Tables.Concat(doc.Lists))
            {
                foreach (var f in part.Former)
                {
                    parts[doc.Class + "." + f] = doc.Class + "." + part.Property;
                }
            }
        }

        return name =>
        {
            var p = name.Split('.');
            if (classes.TryGetValue(p[0], out var cls))
            {
                p[0] = cls;
            }

            if (p.Length >= 3 && parts.TryGetValue(p[0] + "." + p[1], out var part))
            {
                p[1] = part.Substring(p[0].Length + 1);
            }

            return set.Contains(string.Join(".", p));
        };
    }

    /// <summary>The text of a lock file listing <paramref name="names"/>.</summary>
    public static string Write(IEnumerable<string> names)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=schema/planmodel.schema.json\n");
        sb.Append("# Published generated names: every name consumers of the compiled corpus compile against. A name listed here\n");
        sb.Append("# that is no longer generated fails the build (PLAN208) until the rename is recorded (formerIds/formerSymbols).\n");
        sb.Append("# Written by `plan names plans-yaml --accept` (docs/format.md, \"Generated names\"); review the diff.\n");
        sb.Append("kind: published\n");
        sb.Append("names:\n");
        foreach (var n in names)
        {
            sb.Append("  - ").Append(n).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Where a vanished name is reported: the table or list that held it, else its document, else the lock entry.</summary>
    private static (string File, Pos Pos) Locate(PublishedNameSpec entry, string lockPath, IReadOnlyList<DocumentNames> names, IReadOnlyList<DocumentModel> documents)
    {
        var parts = entry.Name.Split('.');
        for (var i = 0; i < names.Count && i < documents.Count; i++)
        {
            if (names[i].Class != parts[0])
            {
                continue;
            }

            var model = documents[i];
            if (parts.Length >= 3)
            {
                var t = 0;
                foreach (var (path, table) in model.Tables)
                {
                    if (t < names[i].Tables.Count && names[i].Tables[t++].Property == parts[1])
                    {
                        return (path, table.Pos);
                    }
                }

                var l = 0;
                foreach (var (path, list) in model.ProjectLists)
                {
                    if (l < names[i].Lists.Count && names[i].Lists[l++].Property == parts[1])
                    {
                        return (path, list.Pos);
                    }
                }
            }

            return (model.Path, model.Document.Pos);
        }

        return (lockPath, entry.Pos);
    }
}

using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Binding;

/// <summary>
/// The one entry point that turns a YAML file's text into a typed <see cref="PlanFileSpec"/>. Used by the
/// generator, the MSBuild task and the CLI alike. Never throws.
/// </summary>
public static class PlanFileReader
{
    private static readonly string[] Kinds =
    {
        FileKinds.Document, FileKinds.Table, FileKinds.Projects, FileKinds.Outline, FileKinds.Targets, FileKinds.Indicators, FileKinds.Units,
        FileKinds.Published,
    };

    /// <summary>Reads one file. <paramref name="path"/> is used in diagnostics as given.</summary>
    public static FileParseResult Read(string path, string text, ReaderLimits? limits = null)
    {
        var first = Read(path, text, limits, new DiagnosticBag());
        if (first.Diagnostics.Misspelt.Count == 0)
        {
            return first.Result;
        }

        // A near miss of a key the mapping takes: bind again reading it as meant (see DiagnosticBag.Misspelt).
        var again = new DiagnosticBag { CorrectMisspelt = true };
        foreach (var kv in first.Diagnostics.Misspelt)
        {
            again.Misspelt[kv.Key] = kv.Value;
        }

        return Read(path, text, limits, again).Result;
    }

    private static (FileParseResult Result, DiagnosticBag Diagnostics) Read(string path, string text, ReaderLimits? limits, DiagnosticBag diagnostics)
    {
        PlanFileSpec? spec = null;
        try
        {
            var root = YamlTreeReader.Read(text, path, diagnostics, limits);
            if (root is not null)
            {
                spec = Bind(path, root, diagnostics);
            }
            else if (!diagnostics.HasErrors)
            {
                diagnostics.Add(PlanRules.EmptyFile, path, 1, 1);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(PlanRules.ReadingFailed, path, 1, 1, ex.Message);
            spec = null;
        }

        return (new FileParseResult(spec, diagnostics.Items.ToEquatable(), Corpus.CorpusHash.OfText(text)), diagnostics);
    }

    private static PlanFileSpec? Bind(string path, YamlNode root, DiagnosticBag d)
    {
        var m = MapReader.From(root, path, d, "the file");
        if (m is null)
        {
            if (root is YamlScalar s && s.IsNull)
            {
                d.Add(PlanRules.EmptyFile, path, root.Line, root.Column);
            }

            return null;
        }

        var kind = m.String("kind", required: true);
        if (kind is null)
        {
            return null;
        }

        if (Array.IndexOf(Kinds, kind) < 0)
        {
            var p = m.PosOf("kind");
            d.Add(PlanRules.KindUnknown, path, p.Line, p.Column, (kind, string.Join(", ", Kinds)));
            return null;
        }

        string? documentId = null;
        var documentPos = m.PosOf("document");
        if (kind is FileKinds.Table or FileKinds.Projects or FileKinds.Outline or FileKinds.Targets)
        {
            documentId = CommonBinder.Id(m, "document");
        }

        DocumentSpec? document = null;
        TableSpec? table = null;
        ProjectsSpec? projects = null;
        var outline = EquatableArray<OutlineNodeSpec>.Empty;
        var targets = EquatableArray<TargetSpec>.Empty;
        var indicators = EquatableArray<CatalogueIndicatorSpec>.Empty;
        var units = EquatableArray<UnitDefSpec>.Empty;
        var outlineUncited = EquatableArray<UncitedSpec>.Empty;
        var targetText = EquatableArray<TargetTextSpec>.Empty;
        var untargeted = EquatableArray<UntargetedSpec>.Empty;
        var published = EquatableArray<PublishedNameSpec>.Empty;
        switch (kind)
        {
            case FileKinds.Document:
                document = DocumentBinder.Bind(m);
                documentId = document.Id;
                documentPos = document.Pos;
                break;
            case FileKinds.Table:
                table = TableBinder.Bind(m);
                break;
            case FileKinds.Projects:
                projects = ProjectsBinder.Bind(m);
                break;
            case FileKinds.Outline:
                outline = OutlineTargetsBinder.Outline(m);
                outlineUncited = CommonBinder.Uncited(m);
                break;
            case FileKinds.Targets:
                targets = OutlineTargetsBinder.Targets(m);
                targetText = OutlineTargetsBinder.TargetText(m);
                untargeted = OutlineTargetsBinder.Untargeted(m);
                break;
            case FileKinds.Indicators:
                indicators = OutlineTargetsBinder.Indicators(m);
                break;
            case FileKinds.Units:
                units = OutlineTargetsBinder.Units(m);
                break;
            case FileKinds.Published:
                published = Published(m);
                break;
        }

        m.String("note");
        m.Done();
        return new PlanFileSpec(path, kind, documentId, documentPos, document, table, projects, outline, targets, indicators, units, outlineUncited, targetText, untargeted, published);
    }

    /// <summary>The names of a <c>kind: published</c> file (published-names.yaml): dotted C# names.</summary>
    private static EquatableArray<PublishedNameSpec> Published(MapReader m)
    {
        var list = new System.Collections.Generic.List<PublishedNameSpec>();
        foreach (var node in m.Seq("names", required: true))
        {
            if (node is YamlScalar s && !s.IsNull)
            {
                foreach (var part in s.Value.Split('.'))
                {
                    if (!Naming.Identifiers.IsIdentifier(part))
                    {
                        m.Diagnostics.Add(PlanRules.NotDottedName, m.File, s.Line, s.Column, s.Value);
                        break;
                    }
                }

                list.Add(new PublishedNameSpec(s.Value, new Pos(s.Line, s.Column)));
            }
            else
            {
                m.Diagnostics.Add(PlanRules.NotTextList, m.File, node.Line, node.Column, "names");
            }
        }

        return list.ToEquatable();
    }
}

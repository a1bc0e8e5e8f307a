using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Binding;

/// <summary>
/// The one entry point that turns a YAML file's text into a typed <see cref="PlanFileSpec"/>. Used by the
/// generator, the MSBuild task and the CLI alike. Never throws.
/// </summary>
public static class PlanFileReader
{
    /// <summary>
    /// The binder table: each file kind's word, its record and how it is bound. The only place a kind word is mapped
    /// to a record: a new kind is a record in Specs/PlanFileSpec.cs and one row here.
    /// </summary>
    internal static readonly FileKind[] Kinds =
    {
        new("document", typeof(DocumentFileSpec), (path, m) => new DocumentFileSpec(path, DocumentBinder.Bind(m))),
        new("table", typeof(TableFileSpec), (path, m) => Part(m, (id, at) => new TableFileSpec(path, id, at, TableBinder.Bind(m)))),
        new("projects", typeof(ProjectsFileSpec), (path, m) => Part(m, (id, at) => new ProjectsFileSpec(path, id, at, ProjectsBinder.Bind(m)))),
        new("outline", typeof(OutlineFileSpec), (path, m) => Part(m, (id, at) => new OutlineFileSpec(path, id, at, OutlineTargetsBinder.Outline(m), CommonBinder.Uncited(m)))),
        new("targets", typeof(TargetsFileSpec), (path, m) => Part(m, (id, at) =>
            new TargetsFileSpec(path, id, at, OutlineTargetsBinder.Targets(m), OutlineTargetsBinder.TargetText(m), OutlineTargetsBinder.Untargeted(m)))),
        new("indicators", typeof(IndicatorsFileSpec), (path, m) => new IndicatorsFileSpec(path, OutlineTargetsBinder.Indicators(m))),
        new("units", typeof(UnitsFileSpec), (path, m) => new UnitsFileSpec(path, OutlineTargetsBinder.Units(m))),
        new("published", typeof(PublishedFileSpec), (path, m) => new PublishedFileSpec(path, Published(m))),
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

        var row = Array.Find(Kinds, k => k.Word == kind);
        if (row is null)
        {
            var p = m.PosOf("kind");
            d.Add(PlanRules.KindUnknown, path, p.Line, p.Column, (kind, string.Join(", ", Array.ConvertAll(Kinds, k => k.Word))));
            return null;
        }

        var spec = row.Bind(path, m);
        m.String("note");
        m.Done();
        return spec;
    }

    /// <summary>A document part: its <c>document</c> id (read first, as its diagnostics come first) and position.</summary>
    private static DocumentPartFileSpec Part(MapReader m, Func<string?, Pos, DocumentPartFileSpec> bind)
    {
        var at = m.PosOf("document");
        return bind(CommonBinder.Id(m, "document"), at);
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

/// <summary>One row of the binder table: a file kind's word, its record type and its binder.</summary>
internal sealed record FileKind(string Word, Type Record, Func<string, MapReader, PlanFileSpec> Bind);

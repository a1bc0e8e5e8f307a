namespace PlanModel.Yaml.Naming;

/// <summary>
/// Gives every generated type and member its name, from stable identifiers only: a document's, table's, list's
/// or target's <c>symbol</c> or id, a row's <c>symbol</c> or catalogue id, an item's <c>symbol</c> (items without
/// one get no member). Translations, notes and printed text never name anything, so fixing a translation never
/// changes the public API. The generator emits these names; <c>plan validate</c> and the task report the same
/// findings (PLAN107 reserved, PLAN207 collisions) from the same code.
/// </summary>
public static class NameBinder
{
    /// <summary>The names of one document; findings go to <paramref name="d"/> when given.</summary>
    public static DocumentNames Document(DocumentModel model, DiagnosticBag? d, string entryPoint = ReservedNames.DefaultEntryPoint)
    {
        var doc = model.Document;
        var (cls, clsPos) = Intended(doc.Names, Identifiers.FromId(doc.Id), doc.Pos);
        var top = new NameScope(ReservedNames.TopLevel(entryPoint), "the generated namespace", d);
        cls = top.Claim(cls!, $"document '{doc.Id}'", model.Path, clsPos);
        var docFormer = Former(doc.Names, doc.Names.Symbol is null).ToEquatable();

        var scope = new NameScope(ReservedNames.DocumentMembers, "class " + cls, d);
        scope.Take(cls, "the document class itself");
        var tables = new List<(PartNames Names, TableSpec Spec, string Path)>();
        foreach (var (path, t) in model.Tables)
        {
            tables.Add((ClaimPart(scope, t.Names, t.Id, t.Pos, $"table '{t.Id}'", "Table", path), t, path));
        }

        var lists = new List<(PartNames Names, ProjectsSpec Spec, string Path)>();
        foreach (var (path, l) in model.ProjectLists)
        {
            lists.Add((ClaimPart(scope, l.Names, l.Id, l.Pos, $"list '{l.Id}'", "List", path), l, path));
        }

        var targets = new List<(string Name, TargetSpec Spec, string Path)>();
        foreach (var (path, t) in model.Targets)
        {
            var (name, pos) = Intended(t.Names, Identifiers.FromId(t.Id), t.Pos);
            targets.Add((scope.Claim(name!, $"target '{t.Id}'", path, pos), t, path));
        }

        // Former names come after every current name: a current name always wins, a former one that collides is reported.
        var tableNames = new List<PartNames>();
        foreach (var (names, t, path) in tables)
        {
            var former = ClaimFormer(scope, Former(t.Names, t.Names.Symbol is null), $"table '{t.Id}'", path, t.Names);
            tableNames.Add(names with { Former = former, Members = Rows(t, names.Class, path, d) });
        }

        var listNames = new List<PartNames>();
        foreach (var (names, l, path) in lists)
        {
            var former = ClaimFormer(scope, Former(l.Names, l.Names.Symbol is null), $"list '{l.Id}'", path, l.Names);
            listNames.Add(names with { Former = former, Members = Items(l, names.Class, path, d) });
        }

        var targetNames = new List<MemberName>();
        foreach (var (name, t, path) in targets)
        {
            targetNames.Add(new MemberName(name, ClaimFormer(scope, Former(t.Names, t.Names.Symbol is null), $"target '{t.Id}'", path, t.Names)));
        }

        return new DocumentNames(doc.Id, cls, docFormer, tableNames.ToEquatable(), listNames.ToEquatable(), targetNames.ToEquatable());
    }

    /// <summary>
    /// The corpus-wide checks: document classes (and their former names, forwarders on the entry point) must not
    /// collide across documents. Returns the names of every document, in the given order.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="d">Where cross-document findings go, when given.</param>
    /// <param name="entryPoint">The entry point's name.</param>
    /// <param name="names">A document's own names (<see cref="Document"/> without findings), when the caller keeps
    /// them per document (a <see cref="CorpusSession"/> update names only the documents that changed).</param>
    public static IReadOnlyList<DocumentNames> Corpus(IReadOnlyList<DocumentModel> documents, DiagnosticBag? d, string entryPoint = ReservedNames.DefaultEntryPoint, Func<DocumentModel, DocumentNames>? names = null)
    {
        var result = new List<DocumentNames>(documents.Count);
        var top = new NameScope(ReservedNames.TopLevel(entryPoint), "the generated namespace", d);
        foreach (var model in documents)
        {
            // Per-document findings are reported by the document's own check; here only the cross-document ones.
            var own = names is null ? Document(model, null, entryPoint) : names(model);
            var (_, pos) = Intended(model.Document.Names, own.Class, model.Document.Pos);
            var cls = top.Claim(own.Class, $"document '{model.Id}'", model.Path, pos);
            var former = ClaimFormer(top, own.Former, $"document '{model.Id}'", model.Path, model.Document.Names);
            result.Add(own with { Class = cls, Former = former });
        }

        return result;
    }

    /// <summary>The constants of <c>IndicatorIds</c>: one per catalogue id, plus obsolete ones for former ids.</summary>
    public static IReadOnlyList<(CatalogueIndicatorSpec Indicator, MemberName Name)> Catalogue(CatalogueModel catalogue, IReadOnlyDictionary<CatalogueIndicatorSpec, string>? paths, DiagnosticBag? d)
    {
        var scope = new NameScope(ReservedNames.IndicatorIdsMembers, "class IndicatorIds", d);
        var current = new List<(CatalogueIndicatorSpec, string)>();
        foreach (var i in catalogue.Indicators)
        {
            current.Add((i, scope.Claim(Identifiers.FromId(i.Id), $"catalogue indicator '{i.Id}'", Path(paths, i), i.Pos)));
        }

        var result = new List<(CatalogueIndicatorSpec, MemberName)>();
        foreach (var (i, name) in current)
        {
            result.Add((i, new MemberName(name, ClaimFormer(scope, Former(i.Names, true), $"catalogue indicator '{i.Id}'", Path(paths, i), i.Names))));
        }

        return result;
    }

    /// <summary>A table's or list's property name and its class's (the property's name and <paramref name="classSuffix"/>),
    /// both claimed in the document class's scope.</summary>
    private static PartNames ClaimPart(NameScope scope, NameSpec names, string id, Pos pos, string owner, string classSuffix, string path)
    {
        var (prop, at) = Intended(names, Identifiers.FromId(id), pos);
        prop = scope.Claim(prop!, owner, path, at);
        var cls = scope.Claim(prop + classSuffix, owner + " (its class)", path, at);
        return new PartNames(prop, cls, EquatableArray<string>.Empty, EquatableArray<MemberName?>.Empty);
    }

    private static string Path(IReadOnlyDictionary<CatalogueIndicatorSpec, string>? paths, CatalogueIndicatorSpec i) =>
        paths is not null && paths.TryGetValue(i, out var p) ? p : string.Empty;

    private static EquatableArray<MemberName?> Rows(TableSpec t, string cls, string path, DiagnosticBag? d)
    {
        var scope = new NameScope(ReservedNames.TableMembers, "class " + cls, d);
        scope.Take(cls, "the table class itself");
        var names = new List<(string? Name, RowSpec Row)>();
        foreach (var r in t.Rows)
        {
            // A row is named by its symbol, else by its catalogue id; a row with neither has no member of its own.
            var (name, pos) = Intended(r.Names, r.Indicator is null ? null : Identifiers.FromId(r.Indicator), r.Indicator is null ? r.Pos : r.IndicatorPos);
            names.Add((name is null ? null : scope.Claim(name, $"row '{r.Printed}'", path, pos), r));
        }

        var result = new List<MemberName?>();
        foreach (var (name, r) in names)
        {
            var former = ClaimFormer(scope, Former(r.Names, r.Names.Symbol is null), $"row '{r.Printed}'", path, r.Names);
            result.Add(name is null ? null : new MemberName(name, former));
        }

        return result.ToEquatable();
    }

    private static EquatableArray<MemberName?> Items(ProjectsSpec l, string cls, string path, DiagnosticBag? d)
    {
        var scope = new NameScope(ReservedNames.ListMembers, "class " + cls, d);
        scope.Take(cls, "the list class itself");
        var names = new List<(string? Name, ItemSpec Item)>();
        foreach (var g in l.Groups)
        {
            foreach (var i in g.Items)
            {
                var (name, pos) = Intended(i.Names, null, i.Pos);
                names.Add((name is null ? null : scope.Claim(name, $"item '{i.Name.Zh}'", path, pos), i));
            }
        }

        var result = new List<MemberName?>();
        foreach (var (name, i) in names)
        {
            var former = ClaimFormer(scope, Former(i.Names, false), $"item '{i.Name.Zh}'", path, i.Names);
            result.Add(name is null ? null : new MemberName(name, former));
        }

        return result.ToEquatable();
    }

    /// <summary>The explicit symbol when usable (the reader reports an unusable one), else the name the id makes.</summary>
    private static (string? Name, Pos Pos) Intended(NameSpec names, string? derived, Pos pos) =>
        names.Symbol is not null && Identifiers.Problem(names.Symbol) is null ? (names.Symbol, names.SymbolPos) : (derived, pos);

    /// <summary>Former symbols, and the names former ids made when the member is still named by its id.</summary>
    private static List<string> Former(NameSpec names, bool namedById)
    {
        var list = new List<string>();
        foreach (var s in names.FormerSymbols)
        {
            if (Identifiers.Problem(s) is null)
            {
                list.Add(s);
            }
        }

        if (namedById)
        {
            foreach (var id in names.FormerIds)
            {
                var n = Identifiers.FromId(id);
                if (!list.Contains(n))
                {
                    list.Add(n);
                }
            }
        }

        return list;
    }

    private static EquatableArray<string> ClaimFormer(NameScope scope, IEnumerable<string> former, string owner, string path, NameSpec names)
    {
        var result = new List<string>();
        foreach (var f in former)
        {
            var pos = names.FormerSymbols.Count > 0 && ContainsName(names.FormerSymbols, f) ? names.FormerSymbolsPos : names.FormerIdsPos;
            result.Add(scope.Claim(f, owner + " (former name)", path, pos));
        }

        return result.ToEquatable();
    }

    private static bool ContainsName(EquatableArray<string> items, string name)
    {
        foreach (var i in items)
        {
            if (i == name)
            {
                return true;
            }
        }

        return false;
    }
}

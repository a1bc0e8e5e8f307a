namespace PlanModel.Yaml.Corpus;

/// <summary>
/// What the per-document rules know of referenced packages: their document ids (a parent there is no PLAN203) and
/// their catalogue ids (a link there is no PLAN201/202). Equatable, so the generator re-checks only when it changes.
/// The generator gets it as a small text index (<see cref="ToIndex"/>) that the Toolkit's targets write from the
/// referenced data files, because a source generator reads additional files as text only.
/// </summary>
public sealed record ReferencedIds(EquatableArray<string> DocumentIds, CatalogueModel Catalogue)
{
    private const string Header = "# planmodel reference index 1";

    /// <summary>The most lines an index is read to (a bound on untrusted input).</summary>
    public const int MaxIndexLines = 1_000_000;

    /// <summary>No references.</summary>
    public static ReferencedIds Empty { get; } = new(EquatableArray<string>.Empty, new CatalogueModel(EquatableArray<CatalogueIndicatorSpec>.Empty, EquatableArray<UnitDefSpec>.Empty));

    /// <summary>The index text: a header, then one <c>kind TAB id [TAB measure]</c> line per document, indicator and unit.</summary>
    public string ToIndex()
    {
        var b = new StringBuilder(Header).Append('\n');
        foreach (var d in DocumentIds)
        {
            Line(b, "document", d, null);
        }

        foreach (var i in Catalogue.Indicators)
        {
            Line(b, "indicator", i.Id, i.Measure);
        }

        foreach (var u in Catalogue.Units)
        {
            Line(b, "unit", u.Id, null);
        }

        return b.ToString();
    }

    /// <summary>Reads an index written by <see cref="ToIndex"/>; lines it does not understand are skipped.</summary>
    public static ReferencedIds FromIndex(string text)
    {
        var documents = new List<string>();
        var indicators = new List<CatalogueIndicatorSpec>();
        var units = new List<UnitDefSpec>();
        var none = new Pos(1, 1);
        var lines = (text ?? string.Empty).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header)
        {
            return Empty;
        }

        for (var k = 1; k < lines.Length && k < MaxIndexLines; k++)
        {
            var parts = lines[k].TrimEnd('\r').Split('\t');
            if (parts.Length < 2 || parts[1].Length == 0)
            {
                continue;
            }

            switch (parts[0])
            {
                case "document":
                    documents.Add(parts[1]);
                    break;
                case "indicator":
                    indicators.Add(Indicator(parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null, TextSpec.Empty(none), Array.Empty<string>()));
                    break;
                case "unit":
                    units.Add(new UnitDefSpec(parts[1], string.Empty, TextSpec.Empty(none), null, 0, none));
                    break;
            }
        }

        return new ReferencedIds(documents.ToEquatable(), new CatalogueModel(indicators.ToEquatable(), units.ToEquatable()));
    }

    internal static CatalogueIndicatorSpec Indicator(string id, string? measure, TextSpec name, string[] aliases)
    {
        var none = new Pos(1, 1);
        return new CatalogueIndicatorSpec(id, name, new EquatableArray<string>(aliases), null, none, measure, null, null, none, NameSpec.None(none));
    }

    // An id from a data file is untrusted: one that could break the line format is left out.
    private static void Line(StringBuilder b, string kind, string id, string? extra)
    {
        if (id.Length == 0 || id.IndexOfAny(new[] { '\t', '\n', '\r' }) >= 0 || (extra is not null && extra.IndexOfAny(new[] { '\t', '\n', '\r' }) >= 0))
        {
            return;
        }

        b.Append(kind).Append('\t').Append(id);
        if (extra is not null)
        {
            b.Append('\t').Append(extra);
        }

        b.Append('\n');
    }
}

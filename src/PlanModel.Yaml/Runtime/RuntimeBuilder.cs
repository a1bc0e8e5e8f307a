namespace PlanModel.Yaml.Runtime;

/// <summary>Builds runtime objects from specs: what the CLI exports, and what the generated code must equal.</summary>
public static class RuntimeBuilder
{
    /// <summary>Builds a whole corpus.</summary>
    public static PlanCorpus Corpus(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue) => Corpus(documents, catalogue, Document);

    /// <summary>Builds a whole corpus from runtime documents made by <paramref name="document"/> (a cache of them, when
    /// an update rebuilds only the documents that changed).</summary>
    public static PlanCorpus Corpus(IReadOnlyList<DocumentModel> documents, CatalogueModel catalogue, System.Func<DocumentModel, PlanDocument> document)
    {
        if (document is null)
        {
            throw new System.ArgumentNullException(nameof(document));
        }

        var docs = new List<PlanDocument>();
        foreach (var d in documents)
        {
            docs.Add(document(d));
        }

        return new PlanCorpus(docs, Catalogue(catalogue));
    }

    /// <summary>Builds the catalogue.</summary>
    public static IndicatorCatalogue Catalogue(CatalogueModel catalogue)
    {
        var indicators = new List<CatalogueIndicator>();
        foreach (var i in catalogue.Indicators)
        {
            indicators.Add(new CatalogueIndicator
            {
                Id = i.Id,
                Name = new BilingualText(i.Name.Zh, i.Name.En),
                Aliases = new List<string>(i.Aliases).ToArray(),
                FormerIds = new List<string>(i.Names.FormerIds).ToArray(),
                UnitId = i.Unit,
                Measure = i.Measure,
                Direction = Vocabularies.Directions.Read(i.Direction),
            });
        }

        var units = new List<UnitDefinition>();
        foreach (var u in catalogue.Units)
        {
            units.Add(new UnitDefinition { Id = u.Id, Symbol = u.Symbol, Name = new BilingualText(u.Name.Zh, u.Name.En), BaseId = u.Base, Multiplier = u.Multiplier });
        }

        return new IndicatorCatalogue(indicators, units);
    }

    /// <summary>Builds one document.</summary>
    public static PlanDocument Document(DocumentModel model)
    {
        var d = model.Document;
        var src = Sources.SourcePath.Normalize(model.Path, d.Source.File);
        var tables = new List<IndicatorTable>();
        foreach (var (_, t) in model.Tables)
        {
            tables.Add(Table(d.Id, src, t));
        }

        var lists = new List<ProjectList>();
        foreach (var (_, p) in model.ProjectLists)
        {
            lists.Add(Projects(d.Id, src, p));
        }

        var outline = new List<OutlineNodeSpec>();
        foreach (var (_, n) in model.Outline)
        {
            outline.Add(n);
        }

        var targets = new List<PlanTarget>();
        foreach (var (_, t) in model.Targets)
        {
            targets.Add(Target(d.Id, src, t));
        }

        var boxes = new List<BoxRegistration>();
        foreach (var b in d.Boxes)
        {
            boxes.Add(new BoxRegistration { Box = b.Box, Status = b.Status, Title = Text(b.Title), Reason = b.Reason, Citation = SpecInterpreter.Citation(src, b.Cite ?? b.Title.Cite) });
        }

        return new PlanDocument
        {
            Id = d.Id,
            FormerIds = new List<string>(d.Names.FormerIds).ToArray(),
            Kind = Vocabularies.DocumentKinds.Read(d.Type),
            Title = Text(d.Title),
            Region = new Region { Code = d.Region.Code, Level = Vocabularies.RegionLevels.Read(d.Region.Level), Name = Text(d.Region.Name) },
            ParentId = d.Parent,
            PeriodStart = d.PeriodStart,
            PeriodEnd = d.PeriodEnd,
            VisionYear = d.VisionYear,
            Delivered = d.Delivered is null ? null : new DeliveryInfo
            {
                Date = d.Delivered.Date,
                Session = d.Delivered.Session is null ? null : Text(d.Delivered.Session),
                Speaker = d.Delivered.Speaker is null ? null : Text(d.Delivered.Speaker),
            },
            Source = new SourceReference { File = src, Sha256 = d.Source.Sha256, Line = d.Source.Line, EndLine = d.Source.EndLine },
            Tables = tables,
            ProjectLists = lists,
            Outline = Outline(src, outline),
            Targets = targets,
            RegisteredBoxes = boxes,
        };
    }

    /// <summary>Builds a table.</summary>
    public static IndicatorTable Table(string documentId, string src, TableSpec t)
    {
        var columns = new List<TableColumn>();
        foreach (var c in t.Columns)
        {
            columns.Add(new TableColumn { Key = c.Key, Header = Text(c.Header), Year = c.Year, Role = Vocabularies.Roles.Read(c.Role) });
        }

        var categories = new List<TableCategory>();
        foreach (var c in t.Categories)
        {
            categories.Add(new TableCategory { Key = c.Key, Printed = c.Printed, Label = Text(c.Label), Citation = SpecInterpreter.Citation(src, c.Cite) });
        }

        var rows = new List<Indicator>();
        foreach (var r in t.Rows)
        {
            rows.Add(Row(documentId, src, t, r));
        }

        TableLegend? legend = null;
        if (t.Legend is not null)
        {
            var markers = new List<LegendMarker>();
            foreach (var m in t.Legend.Markers)
            {
                markers.Add(new LegendMarker { Marker = m.Marker, Measure = Vocabularies.Measures.Read(m.Measure), Text = m.Text ?? string.Empty });
            }

            legend = new TableLegend { Raw = t.Legend.Raw, Markers = markers, Citation = SpecInterpreter.Citation(src, t.Legend.Cite) };
        }

        return new IndicatorTable
        {
            Id = t.Id,
            FormerIds = new List<string>(t.Names.FormerIds).ToArray(),
            DocumentId = documentId,
            Box = t.Box,
            Title = Text(t.Title),
            Columns = columns,
            Categories = categories,
            Rows = rows,
            Legend = legend,
            Section = t.Section,
            Citation = SpecInterpreter.Citation(src, t.Cite),
            Note = t.Note,
        };
    }

    /// <summary>The key of a row: table id + "/" + sequence (sub-rows: parent + "#" + position).</summary>
    public static string RowKey(TableSpec t, RowSpec r)
    {
        var index = 0;
        for (var i = 0; i < t.Rows.Count; i++)
        {
            if (ReferenceEquals(t.Rows[i], r))
            {
                index = i;
                break;
            }
        }

        var seq = r.Seq?.Raw?.Trim();
        return t.Id + "/" + (seq is { Length: > 0 } ? seq : (r.Parent ?? "row") + "#" + (index + 1).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Builds a row.</summary>
    public static Indicator Row(string documentId, string src, TableSpec t, RowSpec r)
    {
        var values = new List<PlanValue>();
        foreach (var col in t.Columns)
        {
            ValueSpec? cell = null;
            foreach (var c in r.Values)
            {
                if (c.Column == col.Key)
                {
                    cell = c.Value;
                }
            }

            cell ??= new ValueSpec(null, null, true, "no cell recorded", null, r.Pos);
            values.Add(SpecInterpreter.Value(cell, t.Legend?.Markers, col.Key, col.Year, Vocabularies.Roles.Read(col.Role), r.Unit?.Id, SpecInterpreter.Citation(src, cell.Cite)));
        }

        return new Indicator
        {
            Key = RowKey(t, r),
            DocumentId = documentId,
            TableId = t.Id,
            Sequence = r.Seq?.Raw,
            ParentSequence = r.Parent,
            Category = r.Category,
            Printed = r.Printed,
            Name = Text(r.Name),
            CatalogueId = r.Indicator,
            Unit = new IndicatorUnit { Raw = r.Unit?.Raw ?? string.Empty, Id = r.Unit?.Id, PriceBasis = r.Unit?.PriceBasis },
            Attribute = SpecInterpreter.Attribute(r.Attribute?.Raw),
            AttributeRaw = r.Attribute?.Raw,
            Values = values,
            Citation = SpecInterpreter.Citation(src, r.Cite),
            Note = r.Note,
        };
    }

    /// <summary>Builds a project list.</summary>
    public static ProjectList Projects(string documentId, string src, ProjectsSpec p)
    {
        var groups = new List<ProjectGroup>();
        foreach (var g in p.Groups)
        {
            var items = new List<Project>();
            foreach (var i in g.Items)
            {
                var quantities = new List<Quantity>();
                foreach (var q in i.Quantities)
                {
                    quantities.Add(new Quantity { Raw = q.Raw, Value = q.Value ?? PlanValueParser.Parse(q.Raw).Value, Unit = q.Unit });
                }

                items.Add(new Project
                {
                    Name = Text(i.Name),
                    StatusRaw = i.Status?.Raw,
                    Status = SpecInterpreter.Status(i.Status),
                    Quantities = quantities,
                    Citation = SpecInterpreter.Citation(src, i.Name.Cite ?? i.Cite),
                    Note = i.Note,
                });
            }

            groups.Add(new ProjectGroup { Heading = Text(g.Heading), Items = items, Citation = SpecInterpreter.Citation(src, g.Heading.Cite ?? g.Cite), Note = g.Note });
        }

        return new ProjectList
        {
            Id = p.Id,
            FormerIds = new List<string>(p.Names.FormerIds).ToArray(),
            DocumentId = documentId,
            Box = p.Box,
            Title = Text(p.Title),
            TitleInferred = p.TitleInferred,
            TitleEvidence = p.Evidence,
            Groups = groups,
            Section = p.Section,
            Citation = SpecInterpreter.Citation(src, p.Cite),
            Note = p.Note,
        };
    }

    /// <summary>Builds a prose target.</summary>
    public static PlanTarget Target(string documentId, string src, TargetSpec t)
    {
        var role = Vocabularies.Roles.Read(t.Role);
        return new PlanTarget
        {
            Id = t.Id,
            FormerIds = new List<string>(t.Names.FormerIds).ToArray(),
            DocumentId = documentId,
            Subject = Text(t.Subject),
            CatalogueId = t.Indicator,
            Value = SpecInterpreter.Value(t.Value, null, "target", t.Horizon.To, role, t.Unit, SpecInterpreter.Citation(src, t.Value.Cite), t.Measure),
            Relation = t.Relation,
            Measure = Vocabularies.Measures.Read(t.Measure),
            Horizon = new Horizon { From = t.Horizon.From, To = t.Horizon.To },
            BaseYear = t.BaseYear,
            Role = role,
            List = t.List,
            Section = t.Section,
            Citation = SpecInterpreter.Citation(src, t.Value.Cite),
            Note = t.Note,
        };
    }

    /// <summary>Builds the outline tree from the flat list (levels nest by rank: part > chapter > section, item > subitem).</summary>
    public static IReadOnlyList<OutlineNode> Outline(string src, IReadOnlyList<OutlineNodeSpec> nodes)
    {
        var index = 0;
        return Children(src, nodes, ref index, -1);
    }

    private static IReadOnlyList<OutlineNode> Children(string src, IReadOnlyList<OutlineNodeSpec> nodes, ref int index, int parentRank)
    {
        var result = new List<OutlineNode>();
        while (index < nodes.Count)
        {
            var n = nodes[index];
            var rank = Rank(n.Level);
            if (rank <= parentRank)
            {
                break;
            }

            index++;
            var children = Children(src, nodes, ref index, rank);
            result.Add(new OutlineNode
            {
                Id = n.Id,
                Level = Vocabularies.OutlineLevels.Read(n.Level),
                Number = n.Number ?? string.Empty,
                Title = Text(n.Title),
                Inferred = n.Inferred,
                Evidence = n.Evidence,
                Children = children,
                Citation = SpecInterpreter.Citation(src, n.Title.Cite ?? n.Cite),
            });
        }

        return result;
    }

    /// <summary>Nesting rank of an outline level.</summary>
    public static int Rank(string level) => level switch
    {
        "part" => 0,
        "chapter" => 1,
        "section" => 2,
        "item" => 0,
        _ => 1,
    };

    private static BilingualText Text(TextSpec t) => new(t.Zh, t.En);
}

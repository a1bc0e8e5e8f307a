using System.Collections.Generic;

namespace PlanModel.Serialization;

/// <summary>The parts of a data file the generated classes do not need: the catalogue and a whole document read
/// without its typed class (the shape the typed class knows is written in front of the document's data).</summary>
public sealed partial class PlanDataReader
{
    /// <summary>The catalogue, in the order <c>PlanDataWriter.Catalogue</c> writes it.</summary>
    internal IndicatorCatalogue ReadCatalogue()
    {
        var indicators = ReadArray(r => new CatalogueIndicator
        {
            Id = r.ReadString(),
            Name = r.ReadText(),
            Aliases = r.ReadArray(a => a.ReadString()),
            FormerIds = r.ReadStrings(),
            UnitId = r.ReadNullableString(),
            Measure = r.ReadNullableString(),
            Direction = (IndicatorDirection)r.ReadInt32(),
        });
        var units = ReadArray(r => new UnitDefinition
        {
            Id = r.ReadString(),
            Symbol = r.ReadString(),
            Name = r.ReadText(),
            BaseId = r.ReadNullableString(),
            Multiplier = r.ReadInt32(),
        });
        return new IndicatorCatalogue(indicators, units);
    }

    /// <summary>
    /// A document as <c>PlanDataWriter.DocumentWithShape</c> writes it: the shape (table count and each table's row
    /// count, list count and each list's item count, target count), then the data exactly as a generated class
    /// reads it.
    /// </summary>
    internal PlanDocument ReadDocument()
    {
        var rowCounts = ReadArray(r => r.ReadCount());
        var itemCounts = ReadArray(r => r.ReadCount());
        var targetCount = ReadCount();

        var id = ReadString();
        var kind = ReadDocumentKind();
        var title = ReadText();
        var region = ReadRegion();
        var parentId = ReadNullableString();
        var periodStart = ReadInt32();
        var periodEnd = ReadInt32();
        var visionYear = ReadNullableInt32();
        var delivered = ReadDelivery();
        var source = ReadSource();
        var formerIds = ReadStrings();

        var tables = new IndicatorTable[rowCounts.Length];
        for (var t = 0; t < tables.Length; t++)
        {
            var (tid, documentId, box, ttitle, section, citation, note, tformer) = ReadPartHeader();
            var columns = ReadColumns();
            var categories = ReadCategories();
            var legend = ReadLegend();
            var rows = new Indicator[rowCounts[t]];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = ReadIndicator();
            }

            tables[t] = new IndicatorTable
            {
                Id = tid, FormerIds = tformer, DocumentId = documentId, Box = box, Title = ttitle, Section = section, Citation = citation, Note = note,
                Columns = columns, Categories = categories, Legend = legend, Rows = rows,
            };
        }

        var lists = new ProjectList[itemCounts.Length];
        for (var l = 0; l < lists.Length; l++)
        {
            var (lid, documentId, box, ltitle, section, citation, note, lformer) = ReadPartHeader();
            var inferred = ReadBoolean();
            var evidence = ReadNullableString();
            var items = new Project[itemCounts[l]];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = ReadProject();
            }

            lists[l] = new ProjectList
            {
                Id = lid, FormerIds = lformer, DocumentId = documentId, Box = box, Title = ltitle, Section = section, Citation = citation, Note = note,
                TitleInferred = inferred, TitleEvidence = evidence, Groups = ReadGroups(items),
            };
        }

        var targets = new PlanTarget[targetCount];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = ReadTarget();
        }

        return new PlanDocument
        {
            Id = id, FormerIds = formerIds, Kind = kind, Title = title, Region = region, ParentId = parentId, PeriodStart = periodStart, PeriodEnd = periodEnd,
            VisionYear = visionYear, Delivered = delivered, Source = source, Tables = tables, ProjectLists = lists, Targets = targets,
            Outline = ReadOutline(), RegisteredBoxes = ReadBoxRegistrations(),
        };
    }

    /// <summary>The members tables and project lists share, in the order <c>PlanDataWriter</c>'s headers write them.</summary>
    private (string Id, string DocumentId, int? Box, BilingualText Title, string? Section, Citation? Citation, string? Note, IReadOnlyList<string> FormerIds) ReadPartHeader() =>
        (ReadString(), ReadString(), ReadNullableInt32(), ReadText(), ReadNullableString(), ReadCitation(), ReadNullableString(), ReadStrings());

    /// <summary>A count of items still to be read: never negative and never more than the characters left (each
    /// item takes at least one), so a corrupt count cannot make the reader allocate past the data's size.</summary>
    private int ReadCount()
    {
        var n = ReadInt32();
        if (n < 0 || n > _data.Length - _pos)
        {
            throw Bad("count out of range");
        }

        return n;
    }
}

namespace PlanModel;

/// <summary>Level of an outline heading.</summary>
public enum OutlineLevel
{
    /// <summary>篇.</summary>
    Part = 0,
    /// <summary>章.</summary>
    Chapter,
    /// <summary>节.</summary>
    Section,
    /// <summary>A report's 一、 item.</summary>
    Item,
    /// <summary>A report's (一) sub-item.</summary>
    Subitem,
}

/// <summary>A heading of the document's outline, with its children.</summary>
public sealed class OutlineNode
{
    /// <summary>The node id (p1-c2-s3).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The level.</summary>
    public OutlineLevel Level { get; init; }

    /// <summary>The number as printed (第一篇, 第十三章, 一、).</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>The title.</summary>
    public BilingualText Title { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>True when the heading was reconstructed, not printed (see <see cref="Evidence"/>).</summary>
    public bool Inferred { get; init; }

    /// <summary>Why an inferred heading is believed.</summary>
    public string? Evidence { get; init; }

    /// <summary>The child headings.</summary>
    public IReadOnlyList<OutlineNode> Children { get; init; } = System.Array.Empty<OutlineNode>();

    /// <summary>Where the heading is printed.</summary>
    public Citation? Citation { get; init; }

    /// <inheritdoc />
    public override string ToString() => Number + " " + Title.Zh;
}

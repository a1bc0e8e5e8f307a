namespace PlanModel.Yaml.Specs;

/// <summary>The header every block file (a table, a project list) starts with, read in this order.</summary>
public sealed record BlockHeaderSpec(string Id, int? Box, NameSpec Names, TextSpec Title, string? Section, Pos SectionPos, string? Note, CiteSpec? Cite);

/// <summary>
/// A block file: its shared header, position and uncited lines. The header's fields are forwarded so rules and the
/// runtime builder read <c>table.Title</c> whatever the block kind.
/// </summary>
public abstract record BlockSpec(BlockHeaderSpec Header, Pos Pos, EquatableArray<UncitedSpec> Uncited)
{
    /// <summary>The block's id.</summary>
    public string Id => Header.Id;

    /// <summary>The box number, when the block is printed in a box.</summary>
    public int? Box => Header.Box;

    /// <summary>What the block's generated members are named after.</summary>
    public NameSpec Names => Header.Names;

    /// <summary>The block's title.</summary>
    public TextSpec Title => Header.Title;

    /// <summary>The block's own citation.</summary>
    public CiteSpec? Cite => Header.Cite;

    /// <summary>The outline section the block belongs to.</summary>
    public string? Section => Header.Section;

    /// <summary>Where <see cref="Section"/> is written.</summary>
    public Pos SectionPos => Header.SectionPos;

    /// <summary>The block's note.</summary>
    public string? Note => Header.Note;
}

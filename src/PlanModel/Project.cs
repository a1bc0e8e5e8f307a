namespace PlanModel;

/// <summary>The stage of a listed project, read from the verb printed with it.</summary>
public enum ProjectStatusCode
{
    /// <summary>Not stated or other.</summary>
    Other = 0,
    /// <summary>新建 / 新开工 / 开工建设: new construction.</summary>
    New,
    /// <summary>续建 / 加快建设 / 推进: under construction.</summary>
    UnderConstruction,
    /// <summary>建成 / 完成: completed within the period.</summary>
    Completed,
    /// <summary>前期工作: preparatory work.</summary>
    Preparatory,
    /// <summary>研究论证: under study.</summary>
    Research,
    /// <summary>改造 / 提升 / 扩能: upgrade or expansion.</summary>
    Upgrade,
}

/// <summary>A quantity printed with a project (49座, 2300公里).</summary>
public sealed class Quantity
{
    /// <summary>As printed.</summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>The number.</summary>
    public decimal? Value { get; init; }

    /// <summary>The unit as printed.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// How the number is qualified, read from <see cref="Raw"/> by the one value parser and relation-word table that
    /// read every target (<c>1000个以上</c> is at least 1000, <c>超过3000班</c> more than 3000, <c>近10万户</c> about).
    /// </summary>
    public ValueQualifier Qualifier => PlanValueParser.Parse(Raw).Qualifier;
}

/// <summary>One project, platform, direction or task listed in a box or a report's list.</summary>
public sealed class Project
{
    /// <summary>The project's name as printed.</summary>
    public BilingualText Name { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The status verb phrase as printed.</summary>
    public string? StatusRaw { get; init; }

    /// <summary>The status read from the verb.</summary>
    public ProjectStatusCode Status { get; init; }

    /// <summary>Quantities printed with the project.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = System.Array.Empty<Quantity>();

    /// <summary>Where it is printed.</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name.ToString();
}

/// <summary>A group inside a box (a paragraph such as 铁路。…).</summary>
public sealed class ProjectGroup
{
    /// <summary>The group heading.</summary>
    public BilingualText Heading { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>The items in printed order.</summary>
    public IReadOnlyList<Project> Items { get; init; } = System.Array.Empty<Project>();

    /// <summary>Where the group is printed.</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note.</summary>
    public string? Note { get; init; }
}

/// <summary>A box (专栏) of projects or a named list in a report.</summary>
public class ProjectList
{
    /// <summary>The list id, unique in its document.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Ids the list was published under before a rename (<c>formerIds</c>); look-ups by them resolve.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = System.Array.Empty<string>();

    /// <summary>The id of the document.</summary>
    public string DocumentId { get; init; } = string.Empty;

    /// <summary>The box number (专栏N), when the list is a box.</summary>
    public int? Box { get; init; }

    /// <summary>The title as printed.</summary>
    public BilingualText Title { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <summary>True when the title was reconstructed because the source lost it (see <see cref="TitleEvidence"/>), not printed.</summary>
    public bool TitleInferred { get; init; }

    /// <summary>Why the reconstructed title reads as it does, when <see cref="TitleInferred"/>.</summary>
    public string? TitleEvidence { get; init; }

    /// <summary>The groups in printed order.</summary>
    public IReadOnlyList<ProjectGroup> Groups { get; init; } = System.Array.Empty<ProjectGroup>();

    /// <summary>The outline node the box sits in.</summary>
    public string? Section { get; init; }

    /// <summary>Where the title is printed.</summary>
    public Citation? Citation { get; init; }

    /// <summary>The transcriber's note.</summary>
    public string? Note { get; init; }

    /// <summary>All items of all groups, in printed order.</summary>
    public IEnumerable<Project> AllItems
    {
        get
        {
            foreach (var g in Groups)
            {
                foreach (var i in g.Items)
                {
                    yield return i;
                }
            }
        }
    }

    /// <summary>
    /// The first item whose name is printed exactly as <paramref name="zh"/> (成达万高铁), or <see langword="null"/>.
    /// Items have no ids: most have no generated property of their own, so this and <see cref="AllItems"/> reach them.
    /// </summary>
    public Project? FindItem(string zh)
    {
        foreach (var i in AllItems)
        {
            if (string.Equals(i.Name.Zh, zh, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Title.ToString();
}

namespace PlanModel;

/// <summary>One row of the status table: a verb as printed and the stage it gives a project.</summary>
public sealed class StatusVerb
{
    internal StatusVerb(string verb, ProjectStatusCode code, bool whole) => (Verb, Code, Whole) = (verb, code, whole);

    /// <summary>The verb as printed (… stands for the elided object, as in a status <c>raw</c>).</summary>
    public string Verb { get; }

    /// <summary>The stage.</summary>
    public ProjectStatusCode Code { get; }

    /// <summary>True when the row matches only a phrase that is exactly <see cref="Verb"/>.</summary>
    public bool Whole { get; }
}

/// <summary>
/// THE table from a project's printed status verb to its code. Rows are tried in order and the first row whose verb
/// the printed phrase contains (spaces ignored) gives the code; a phrase no row matches is <see cref="ProjectStatusCode.Other"/>.
/// The order is the precedence: a stage word (前期, 研究, 建成, 新建, 改造) outranks the generic 建设/推进 that often
/// accompanies it (加快推进…前期工作 is preparatory, 开工建设 is new). docs/format.md prints the same table.
/// </summary>
public static class StatusVerbs
{
    /// <summary>The rows, in precedence order.</summary>
    public static IReadOnlyList<StatusVerb> All { get; } = new[]
    {
        // Not a project stage: the figure is handed down (完成市级下达目标).
        Row("下达", ProjectStatusCode.Other),

        // An outcome, not a stage (建设取得显著成效).
        Row("成效", ProjectStatusCode.Other),

        // A share of the works (完成总工程量的15%, 完成…工程量的50%) is progress, not completion.
        Row("工程量", ProjectStatusCode.UnderConstruction),
        Row("主体工程", ProjectStatusCode.UnderConstruction),

        // Land acquisition and clearance come before the works (限时完成…征地拆迁).
        Row("征地拆迁", ProjectStatusCode.Preparatory),
        Row("续建", ProjectStatusCode.UnderConstruction),
        Row("加快实施", ProjectStatusCode.UnderConstruction),

        // 新开通 opens a new service; 开通 alone (below) completes a link.
        Row("新开通", ProjectStatusCode.New),

        Row("研究论证", ProjectStatusCode.Research),
        Row("论证", ProjectStatusCode.Research),
        Row("前期研究", ProjectStatusCode.Research),
        Row("规划研究", ProjectStatusCode.Research),
        Row("编制", ProjectStatusCode.Research),
        Row("研究…", ProjectStatusCode.Research),
        Row("…研究", ProjectStatusCode.Research),
        new StatusVerb("研究", ProjectStatusCode.Research, whole: true),

        Row("前期", ProjectStatusCode.Preparatory),
        Row("报批", ProjectStatusCode.Preparatory),
        Row("适时启动", ProjectStatusCode.Preparatory),
        Row("落地", ProjectStatusCode.Preparatory),

        Row("建成", ProjectStatusCode.Completed),
        Row("完成", ProjectStatusCode.Completed),
        Row("完工", ProjectStatusCode.Completed),
        Row("竣工", ProjectStatusCode.Completed),
        Row("投产", ProjectStatusCode.Completed),
        Row("投用", ProjectStatusCode.Completed),
        Row("贯通", ProjectStatusCode.Completed),
        Row("开通", ProjectStatusCode.Completed),
        Row("投运", ProjectStatusCode.Completed),
        Row("接通", ProjectStatusCode.Completed),
        Row("建好", ProjectStatusCode.Completed),
        Row("投入运营", ProjectStatusCode.Completed),
        Row("开业", ProjectStatusCode.Completed),

        Row("新建", ProjectStatusCode.New),
        Row("新开工", ProjectStatusCode.New),
        Row("开工", ProjectStatusCode.New),
        Row("开建", ProjectStatusCode.New),
        Row("新增", ProjectStatusCode.New),
        Row("新改", ProjectStatusCode.New),
        Row("新(", ProjectStatusCode.New),
        Row("新（", ProjectStatusCode.New),
        Row("新发展", ProjectStatusCode.New),
        Row("新培育", ProjectStatusCode.New),
        Row("启动", ProjectStatusCode.New),
        Row("创建", ProjectStatusCode.New),
        Row("设立", ProjectStatusCode.New),
        Row("建立", ProjectStatusCode.New),
        Row("搭建", ProjectStatusCode.New),
        Row("构建", ProjectStatusCode.New),
        Row("布局", ProjectStatusCode.New),
        Row("开发", ProjectStatusCode.New),
        Row("迁建", ProjectStatusCode.New),
        Row("增设", ProjectStatusCode.New),
        Row("推出", ProjectStatusCode.New),
        Row("配套建设", ProjectStatusCode.New),
        Row("规划建设", ProjectStatusCode.New),

        // Planning and approval verbs, after the new-build rows so 策划推出 stays new.
        Row("策划", ProjectStatusCode.Preparatory),
        Row("谋划", ProjectStatusCode.Preparatory),
        new StatusVerb("筹建", ProjectStatusCode.Preparatory, whole: true), // not 统筹建设 (coordinate construction)
        Row("获批", ProjectStatusCode.Preparatory),

        Row("改造", ProjectStatusCode.Upgrade),
        Row("改扩建", ProjectStatusCode.Upgrade),
        Row("扩建", ProjectStatusCode.Upgrade),
        Row("改建", ProjectStatusCode.Upgrade),
        Row("整治", ProjectStatusCode.Upgrade),
        Row("提升", ProjectStatusCode.Upgrade),
        Row("升级", ProjectStatusCode.Upgrade),
        Row("扩能", ProjectStatusCode.Upgrade),
        Row("完善", ProjectStatusCode.Upgrade),
        Row("健全", ProjectStatusCode.Upgrade),
        Row("提标", ProjectStatusCode.Upgrade),
        Row("提档", ProjectStatusCode.Upgrade),
        Row("提质", ProjectStatusCode.Upgrade),
        Row("维修", ProjectStatusCode.Upgrade),
        Row("硬化", ProjectStatusCode.Upgrade),
        Row("重塑", ProjectStatusCode.Upgrade),
        Row("恢复", ProjectStatusCode.Upgrade),
        Row("加密", ProjectStatusCode.Upgrade),
        Row("加宽", ProjectStatusCode.Upgrade),
        Row("扩容", ProjectStatusCode.Upgrade),
        Row("优化", ProjectStatusCode.Upgrade),
        Row("更新", ProjectStatusCode.Upgrade),
        Row("增能", ProjectStatusCode.Upgrade),

        // Generic: build, push forward. Last, so any stage word above wins.
        Row("建设", ProjectStatusCode.UnderConstruction),
        Row("推进", ProjectStatusCode.UnderConstruction),
    };

    /// <summary>The row that reads <paramref name="printed"/>, or <see langword="null"/> (then the code is Other).</summary>
    public static StatusVerb? Match(string? printed)
    {
        var phrase = WithoutSpaces(printed ?? string.Empty);
        foreach (var row in All)
        {
            if (row.Whole ? phrase == row.Verb : phrase.IndexOf(row.Verb, System.StringComparison.Ordinal) >= 0)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The code of a printed status phrase.</summary>
    public static ProjectStatusCode CodeOf(string? printed) => Match(printed)?.Code ?? ProjectStatusCode.Other;

    /// <summary>The YAML word of a code (<c>under-construction</c>), from <see cref="Vocabularies.StatusCodes"/>.</summary>
    public static string Word(ProjectStatusCode code) => Vocabularies.StatusCodes.Word(code);

    private static StatusVerb Row(string verb, ProjectStatusCode code) => new(verb, code, whole: false);

    // The sources print stray spaces inside words (加快推 进); the table reads the phrase without them.
    private static string WithoutSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

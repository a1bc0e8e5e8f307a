namespace PlanModel.Yaml.Diagnostics;

/// <summary>How messages name the element they are about and where it is: one wording for every rule.</summary>
public static class PlanElements
{
    /// <summary><c>row '森林覆盖率（%）'</c>: a table row by its printed name cell.</summary>
    public static string Row(string printed) => "row '" + printed + "'";

    /// <summary><c>value 'y2020' of row '森林覆盖率（%）'</c>: a table cell by its column and row.</summary>
    public static string Cell(string printed, string column) => ValueOf(column, Row(printed));

    /// <summary><c>value 'y2020' of …</c>: a value of an element by its key.</summary>
    public static string ValueOf(string key, string element) => "value '" + key + "' of " + element;

    /// <summary>A table's legend.</summary>
    public const string Legend = "the legend";

    /// <summary><c>column 'y2020'</c>: a table column by its key.</summary>
    public static string Column(string key) => "column '" + key + "'";

    /// <summary><c>category 'x'</c>: a table category by its printed text.</summary>
    public static string Category(string printed) => "category '" + printed + "'";

    /// <summary><c>target 'gdp-growth'</c>.</summary>
    public static string Target(string id) => "target '" + id + "'";

    /// <summary><c>indicator 'grp-growth'</c> (the catalogue's).</summary>
    public static string Indicator(string id) => "indicator '" + id + "'";

    /// <summary><c>unit 'percent'</c> (the catalogue's).</summary>
    public static string Unit(string id) => "unit '" + id + "'";

    /// <summary><c>item '…'</c>: a list item by its name.</summary>
    public static string Item(string name) => "item '" + name + "'";

    /// <summary><c>group '…'</c>: a group of a list.</summary>
    public static string Group(string name) => "group '" + name + "'";

    /// <summary><c>outline node 'c1'</c>.</summary>
    public static string Node(string id) => "outline node '" + id + "'";

    /// <summary><c>table 'main'</c>, <c>list 'projects'</c>: a part file by its kind and id.</summary>
    public static string Part(string kind, string id) => kind + " '" + id + "'";

    /// <summary><c>document 'cq-14fyp'</c>.</summary>
    public static string Document(string id) => "document '" + id + "'";

    /// <summary><c>source '../sources/x.txt'</c>, as written in the YAML.</summary>
    public static string Source(string file) => "source '" + file + "'";

    /// <summary><c>'title' of target 'x'</c>: a key of an element.</summary>
    public static string KeyOf(string key, string element) => "'" + key + "' of " + element;

    /// <summary>Where something is first used: <c>file:line</c>.</summary>
    public static string At(string file, int line) => file + ":" + line.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>line 19</c> or <c>lines 19, 23</c>.</summary>
    public static string Lines(IReadOnlyList<int> lines)
    {
        var parts = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            parts[i] = lines[i].ToString(CultureInfo.InvariantCulture);
        }

        return (lines.Count == 1 ? "line " : "lines ") + string.Join(", ", parts);
    }

    /// <summary>The first items of a longer list, with '…' when <paramref name="count"/> is more than shown.</summary>
    public static string Listing(IReadOnlyList<string> shown, int count) =>
        string.Join(", ", shown) + (count > shown.Count ? ", …" : string.Empty);
}

namespace PlanModel.Cli.Report;

/// <summary>The report's stylesheet and its one small script (no framework; the pages work without it): the files
/// Report/Assets/report.css and report.js, embedded in the tool and written beside the pages.</summary>
internal static class SiteAssets
{
    public const string CssPath = "assets/report.css";

    public const string JsPath = "assets/report.js";

    public static string Css => Read("report.css");

    public static string Js => Read("report.js");

    private static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("report/" + name)
            ?? throw new InvalidOperationException("the report's " + name + " is not embedded in the tool");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

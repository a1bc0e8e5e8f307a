using System.Xml;
using System.Xml.Linq;

namespace PlanModel.Cli.Diff;

/// <summary>
/// The data version lives in one MSBuild property, <c>PlanModelDataVersion</c>, in the repository's
/// <c>Directory.Build.props</c>; the data package's version is that property.
/// </summary>
public static class DataVersionFile
{
    /// <summary>The property's name.</summary>
    public const string Property = "PlanModelDataVersion";

    /// <summary>The property's value in a <c>Directory.Build.props</c> text, or <see langword="null"/>.</summary>
    public static string? Read(string propsXml)
    {
        try
        {
            var doc = XDocument.Parse(propsXml, LoadOptions.None);
            foreach (var e in doc.Descendants())
            {
                if (e.Name.LocalName == Property && e.Value.Trim().Length > 0)
                {
                    return e.Value.Trim();
                }
            }
        }
        catch (XmlException)
        {
        }

        return null;
    }

    /// <summary>The property found in the nearest <c>Directory.Build.props</c> at or above <paramref name="folder"/>.</summary>
    public static string? FindFrom(string folder)
    {
        var dir = new DirectoryInfo(Path.GetFullPath(folder));
        while (dir is not null)
        {
            var props = Path.Combine(dir.FullName, "Directory.Build.props");
            if (File.Exists(props))
            {
                return Read(File.ReadAllText(props));
            }

            dir = dir.Parent;
        }

        return null;
    }
}

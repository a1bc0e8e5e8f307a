using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The fixture's report page for page: elements, attributes and text, indented (whitespace-only text between
/// elements and the form of an empty element are not compared: they are the templates' layout, not the page's). The snapshots were first recorded from the
/// hand-written renderer the Razor components replaced, so they hold the pages it wrote.</summary>
public class ReportSnapshotTests
{
    [Fact]
    public void Fixture_report_pages_keep_their_structure_and_text()
    {
        var output = ReportTests.Report(Repo.Fixture("mini"));
        foreach (var page in Site.Files(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Snapshot.Verify(Structure(Path.Combine(output, page)), page.Replace('/', '_'), "txt");
        }
    }

    private static string Structure(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(path, settings);
        var page = XDocument.Load(reader);

        // <line/> and <line></line> are one element: write every empty one the same way.
        foreach (var e in page.Descendants().Where(e => !e.Nodes().Any()))
        {
            e.RemoveNodes();
        }

        return page.Root!.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

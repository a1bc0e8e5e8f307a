using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PlanModel.Cli.Report;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The report's pages are Razor components rendered by HtmlRenderer: a corpus string is text, never markup,
/// on every page, and the pass that turns the encoder's numeric references back into characters never makes markup.</summary>
public class ReportEscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Handler = "\"onmouseover=alert(2) '";

    [Fact]
    public void Markup_in_a_title_note_quote_and_indicator_name_comes_out_as_text_on_every_page()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var evil = Script + " " + Handler;
        var yaml = "\"" + evil.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

        // The documents' titles, a table note, a row note, a target's quote, the indicators' names.
        Validation.Replace(Path.Combine(dir, "demo-plan", "document.yaml"), "en: \"Demo City 14th Five-Year Plan \\\"Outline\\\"\"", "en: " + yaml);
        Validation.Replace(Path.Combine(dir, "demo-district", "document.yaml"), "en: Demo District 14th Five-Year Plan,", "en: " + yaml + ",");
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "title: {zh: 主要指标,", "note: " + yaml + "\ntitle: {zh: 主要指标,");
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "    indicator: forest-coverage\n", "    indicator: forest-coverage\n    note: " + yaml + "\n");
        Validation.Replace(Path.Combine(dir, "demo-plan", "targets.yaml"), "quote: 地区生产总值年均增长6%左右", "quote: " + yaml);
        Validation.Replace(Path.Combine(dir, "catalogue", "indicators.yaml"), "name: {zh: 地区生产总值增长, en: GRP Growth}", "name: {zh: " + yaml + ", en: " + yaml + "}");
        Validation.Replace(Path.Combine(dir, "catalogue", "indicators.yaml"), "name: {zh: 森林覆盖率, en: Forest Coverage Rate}", "name: {zh: " + yaml + ", en: " + yaml + "}");

        var output = ReportTests.Report(dir, expectedCode: 1);
        Assert.Empty(Site.CheckPages(output));
        var pages = Site.Files(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, pages.Count);
        foreach (var f in pages)
        {
            var html = File.ReadAllText(Path.Combine(output, f));
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=alert(2) &#39;", html, StringComparison.Ordinal);

            // The string arrives whole as text (or an attribute value), and no element or attribute came of it.
            var page = Site.Load(Path.Combine(output, f));
            Assert.Contains(page.DescendantNodes(), n => n is XText t && t.Value.Contains(evil, StringComparison.Ordinal));
            Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName == "script" && e.Attribute("src") is null);
            Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        }

        // Where each went: the title on its page, both notes, the quote flagged on its line, the name in the chart.
        var doc = Site.Load(Path.Combine(output, ReportSite.DocumentPath("demo-14fyp")));
        Assert.Equal(evil, doc.Descendants("p").First(p => (string?)p.Attribute("class") == "subtitle").Value);
        Assert.Equal(2, doc.Descendants("div").Count(d => (string?)d.Attribute("class") == "note" && d.Value == evil));
        Assert.Contains(doc.Descendants("span"), s => (string?)s.Attribute("class") == "flag" && s.Value.EndsWith(": " + evil, StringComparison.Ordinal));
        var indicator = Site.Load(Path.Combine(output, ReportSite.IndicatorPath("grp-growth")));
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.StartsWith(evil, (string?)indicator.Descendants(svg + "svg").Single().Attribute("aria-label"), StringComparison.Ordinal);
        Assert.StartsWith(evil, indicator.Descendants(svg + "title").First().Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&#x793A;&#x8303;&#x5E02;", "示范市")]
    [InlineData("&#x1F600;", "\U0001F600")]
    [InlineData("a&#x2B;b", "a+b")]
    [InlineData("&#x27;", "&#39;")]
    [InlineData("&#x3C;&#x3E;&#x26;&#x22;", "&#x3C;&#x3E;&#x26;&#x22;")]
    [InlineData("&#x1;&#x7F;&#xFFFE;&#xD800;", "\uFFFD\uFFFD\uFFFD\uFFFD")]
    [InlineData("&#x9;&#xA;", "\t\n")]
    [InlineData("&lt;b&gt; &amp;#x41; &amp;", "&lt;b&gt; &amp;#x41; &amp;")]
    public void The_encoders_numeric_references_become_characters_but_never_markup(string rendered, string written) =>
        Assert.Equal(written, PageRenderer.Utf8Characters(rendered));
}

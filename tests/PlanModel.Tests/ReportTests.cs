using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PlanModel.Yaml.Sources;
using PlanModel.Cli;
using PlanModel.Cli.Report;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using Xunit;

namespace PlanModel.Tests;

public class ReportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string TempDir() => Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Writes the report of <paramref name="corpus"/> to a fresh directory and returns it.</summary>
    internal static string Report(string corpus, int expectedCode = 0)
    {
        var output = Path.Combine(TempDir(), "report");
        var (code, stdout, err) = Run("report", corpus, "--output", output);
        Assert.True(code == expectedCode, $"exit {code}\n{stdout}\n{err}");
        return output;
    }

    private static PlanCorpus Load(string corpus)
    {
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(corpus));
        return CorpusBuild.Of(CorpusSession.Open(corpus)).Corpus;
    }

    private static IEnumerable<string> UsedIndicators(PlanCorpus corpus) =>
        corpus.Documents.SelectMany(d => d.Indicators.Select(r => r.CatalogueId).Concat(d.Targets.Select(t => t.CatalogueId)))
            .Where(id => id is not null).Select(id => id!).Distinct(StringComparer.Ordinal);

    private static string Text(XElement e) => string.Concat(e.DescendantNodes().OfType<XText>().Select(t => t.Value));

    /// <summary>The source snippets (div.src) of a page whose mark is exactly <paramref name="quote"/>.</summary>
    private static List<XElement> Marked(XDocument page, string quote) =>
        page.Descendants("mark").Where(m => m.Value == quote).Select(m => m.Ancestors("div").First(d => ((string?)d.Attribute("class"))?.Split(' ').Contains("src") == true)).ToList();

    [Fact]
    public void Fixture_report_has_a_page_per_document_and_per_used_indicator()
    {
        var output = Report(Repo.Fixture("mini"));
        var corpus = Load(Repo.Fixture("mini"));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "assets", "report.css")));
        Assert.True(File.Exists(Path.Combine(output, "assets", "report.js")));
        foreach (var d in corpus.Documents)
        {
            Assert.True(File.Exists(Path.Combine(output, ReportSite.DocumentPath(d.Id))), d.Id);
        }

        var used = UsedIndicators(corpus).ToList();
        Assert.Equal(new[] { "forest-coverage", "grp-growth" }, used.OrderBy(i => i, StringComparer.Ordinal));
        foreach (var id in used)
        {
            Assert.True(File.Exists(Path.Combine(output, ReportSite.IndicatorPath(id))), id);
        }

        Assert.Equal(corpus.Documents.Count + used.Count, Site.Files(output).Count(f => f.StartsWith("documents/", StringComparison.Ordinal) || f.StartsWith("indicators/", StringComparison.Ordinal)));

        // The index links every page and counts what each document holds.
        var index = Site.Load(Path.Combine(output, "index.html"));
        var hrefs = index.Descendants("a").Select(a => (string?)a.Attribute("href")).ToHashSet();
        foreach (var d in corpus.Documents)
        {
            Assert.Contains(ReportSite.DocumentPath(d.Id), hrefs);
        }

        foreach (var id in used)
        {
            Assert.Contains(ReportSite.IndicatorPath(id), hrefs);
        }

        var row = index.Descendants("tr").Single(tr => tr.Descendants("code").Any(c => c.Value == "demo-14fyp"));
        var numbers = row.Elements("td").Where(td => (string?)td.Attribute("class") == "n").Select(td => td.Value).ToList();

        // period, tables, rows, boxes & lists, items, outline nodes, targets, validation
        Assert.Equal(new[] { "2021–2025", "1", "3", "1", "3", "2", "2", "✓" }, numbers);
        Assert.Contains("指标 <span class=\"en\">Indicators</span>", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Each_value_is_shown_beside_its_source_line_with_the_quote_highlighted()
    {
        var output = Report(Repo.Fixture("mini"));
        var page = Site.Load(Path.Combine(output, ReportSite.DocumentPath("demo-14fyp")));

        // A table cell: no quote, so the raw value is marked on its line (16).
        var cell = page.Descendants("td").Single(td => (string?)td.Attribute("id") == "v-main-indicators_2F1__y2025");
        Assert.Equal("6左右*", cell.Elements("div").First().Value);
        var src = Marked(page, "6左右*").Single();
        Assert.Same(cell, src.Parent);
        Assert.Equal("L16", src.Elements("span").First().Value);
        Assert.Contains("approximately", Text(cell), StringComparison.Ordinal);
        Assert.Contains("plan-period average", Text(cell), StringComparison.Ordinal);

        // A prose figure: its quote is marked on line 39, its reading beside it.
        var target = page.Descendants("tr").Single(tr => (string?)tr.Attribute("id") == "t-grp-growth-2025");
        var quote = Marked(page, "地区生产总值年均增长6%左右").Single();
        Assert.Contains(quote, target.Descendants());
        Assert.Equal("L39", quote.Elements("span").First().Value);
        Assert.Contains("到2025年，", quote.Element("code")!.Value, StringComparison.Ordinal);
        Assert.Contains("≈ 6", Text(target), StringComparison.Ordinal);
        Assert.Contains("annual average", Text(target), StringComparison.Ordinal);

        // Notes are shown, with their quotes and newlines intact.
        Assert.Contains(page.Descendants("div"), d => (string?)d.Attribute("class") == "note" && d.Value == "a cumulative bound: \"#error\" and\nnewlines must round-trip");

        // Every box item beside its line; the outline and the box's title too.
        Assert.Single(Marked(page, "“成达万”高铁"));
        Assert.Single(Marked(page, "总体要求"));
        Assert.Single(Marked(page, "重大交通项目"));
    }

    [Fact]
    public void Every_string_is_escaped_and_every_page_is_well_formed_with_working_relative_links()
    {
        var output = Report(Repo.Fixture("mini"));
        Assert.Empty(Site.CheckPages(output));
        var html = File.ReadAllText(Path.Combine(output, ReportSite.DocumentPath("demo-14fyp")));
        Assert.Contains("Forest Coverage \\ Rate */ &lt;/summary&gt;", html);
        Assert.Contains("*/ 环线&lt;/summary&gt;", html);
        Assert.Contains("Demo City 14th Five-Year Plan &quot;Outline&quot;", html);
        Assert.DoesNotContain("环线</summary>", html);

        // No absolute paths, no external resources.
        foreach (var f in Site.Files(output))
        {
            var text = File.ReadAllText(Path.Combine(output, f));
            Assert.DoesNotContain(Repo.Root, text);
            Assert.DoesNotContain(Path.GetTempPath(), text);
            Assert.DoesNotContain("https://", text);
            Assert.Equal(text.Split("http://").Length - 1, text.Split("xmlns=\"http://www.w3.org/2000/svg\"").Length - 1);
        }

        Assert.All(Site.Files(output), f => Assert.Matches("^[a-z0-9._/-]+$", f));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_locations_and_cultures()
    {
        var a = Report(Repo.Fixture("mini"));
        var copy = Repo.CopyToTemp(Repo.Fixture("mini"));
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        string b;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            b = Report(copy);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(Site.Files(a), Site.Files(b));
        foreach (var f in Site.Files(a))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs");
        }

        // UTF-8 without a BOM, LF line ends.
        var bytes = File.ReadAllBytes(Path.Combine(a, "index.html"));
        Assert.Equal((byte)'<', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void Indicator_page_lists_every_row_and_target_and_draws_an_svg_chart()
    {
        var output = Report(Repo.Fixture("mini"));
        var page = Site.Load(Path.Combine(output, ReportSite.IndicatorPath("grp-growth")));
        var rows = page.Descendants("table").Single(t => (string?)t.Attribute("id") == "obs-table").Element("tbody")!.Elements("tr").ToList();

        // demo: 2 cells + 1 prose figure; district: 2 cells.
        Assert.Equal(5, rows.Count);
        Assert.Equal(new[] { "demo-14fyp", "demo-14fyp", "demo-14fyp", "demo-district-14fyp", "demo-district-14fyp" }, rows.Select(r => r.Element("td")!.Element("a")!.Value));
        Assert.Single(Marked(page, "地区生产总值年均增长6%左右"));
        Assert.Single(Marked(page, "7以上"));

        var svg = page.Descendants(Svg + "svg").Single();
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("年份 Year", texts);
        Assert.Contains("数值 Value (%)", texts);
        Assert.Contains("2020", texts);
        Assert.Contains("2025", texts);
        Assert.Contains("demo-14fyp 示范市", texts);
        Assert.Contains("demo-district-14fyp 示范区", texts);

        // Markers by qualifier: 3.9 and 4.0 exact (filled), 6左右* and 6%左右 approximately (hollow), 7以上 at least (up).
        var points = svg.Descendants().Where(e => e.Name.LocalName == "a" && (string?)e.Attribute("class") == "pt").ToList();
        Assert.Equal(5, points.Count);
        string Shape(XElement p) => (string)p.Elements().Single(e => e.Name.LocalName is "circle" or "path").Attribute("class")!;
        Assert.Equal(new[] { "approx", "approx", "exact", "exact", "up" }, points.Select(Shape).OrderBy(s => s, StringComparer.Ordinal));
        Assert.All(points, p => Assert.StartsWith("../documents/", (string)p.Attribute("href")!));

        // Baseline → target lines: demo 3.9 → 6左右* and → 6%左右, district 4.0 → 7以上.
        Assert.Equal(3, svg.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "trend"));
    }

    [Fact]
    public void Values_in_different_units_get_separate_charts_and_say_so()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "unit: {raw: \"%\", id: percent}", "unit: {raw: \"%\", id: 100m-yuan}");
        var output = Path.Combine(TempDir(), "r");
        Run("report", dir, "--output", output);
        var page = Site.Load(Path.Combine(output, ReportSite.IndicatorPath("grp-growth")));
        Assert.Equal(2, page.Descendants(Svg + "svg").Count());
        Assert.Contains(page.Descendants("p"), p => (string?)p.Attribute("class") == "notice" && p.Value.Contains("different units", StringComparison.Ordinal));
        var captions = page.Descendants("figcaption").Select(c => c.Value).ToList();
        Assert.Equal(2, captions.Count);
        Assert.Contains("percent", captions[0], StringComparison.Ordinal);
        Assert.Contains("100m-yuan", captions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_markers_distinguish_every_qualifier_and_list_values_without_a_number()
    {
        ChartPoint P(int year, ValueQualifier q, decimal? v, decimal? max = null) =>
            new(year, new PlanValue { Qualifier = q, Value = v, MaxValue = max, Role = ValueRole.Target }, "t", null, null);
        var svg = XElement.Parse(SvgChart.Render(
            new[]
            {
                new ChartSeries("a <&> \"b\"", "#123456", new[]
                {
                    P(2020, ValueQualifier.Exact, 1m), P(2021, ValueQualifier.AtLeast, 2m), P(2022, ValueQualifier.MoreThan, 3m),
                    P(2023, ValueQualifier.AtMost, 4m), P(2024, ValueQualifier.LessThan, 5m), P(2025, ValueQualifier.Approximately, 6m),
                    P(2026, ValueQualifier.Range, 5m, 7m),
                }),
            },
            "y",
            "caption"));
        var shapes = svg.Descendants().Where(e => e.Parent?.Name.LocalName == "g" && (string?)e.Parent.Attribute("class") == "pt")
            .Select(e => (string?)e.Attribute("class")).Where(c => c is not null).ToList();
        Assert.Equal(new[] { "exact", "up", "up", "down", "down", "approx", "range" }, shapes);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "a <&> \"b\"");

        Assert.Equal((0m, 10m, 2m), SvgChart.Scale(1m, 9.5m));
        Assert.Equal((2.5m, 2.8m, 0.1m), SvgChart.Scale(2.5m, 2.8m));
        Assert.Equal((-1m, 1m, 0.5m), SvgChart.Scale(0m, 0m));

        // Values without a number are listed as text under the chart, not drawn.
        var output = Report(Repo.Corpus);
        var page = Site.Load(Path.Combine(output, ReportSite.IndicatorPath("grp-growth")));
        var listed = page.Descendants("ul").Single(u => (string?)u.Attribute("class") == "textual").Elements("li").Select(li => li.Value).ToList();
        Assert.Contains(listed, l => l.Contains("高于全市平均水平", StringComparison.Ordinal) && l.Contains("qualitative", StringComparison.Ordinal));
    }

    [Fact]
    public void Real_corpus_report_covers_every_document_and_indicator_and_is_well_formed_and_stable()
    {
        var a = Report(Repo.Corpus);
        var corpus = Load(Repo.Corpus);
        Assert.Equal(14, corpus.Documents.Count);
        foreach (var d in corpus.Documents)
        {
            Assert.True(File.Exists(Path.Combine(a, ReportSite.DocumentPath(d.Id))), d.Id);
        }

        var used = UsedIndicators(corpus).ToList();
        Assert.True(used.Count > 100, used.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var id in used)
        {
            Assert.True(File.Exists(Path.Combine(a, ReportSite.IndicatorPath(id))), id);
        }

        Assert.Empty(Site.CheckPages(a));

        // Every value's quote is found on its line: no page flags a missing quote or line.
        foreach (var f in Site.Files(a).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(a, f));
            Assert.DoesNotContain("quote not on this line", text);
            Assert.DoesNotContain("source not verified or line not found", text);
        }

        // 重庆 2025 GRP growth target, a table cell on line 380, and a prose figure on a long line (a window of it).
        var cq = Site.Load(Path.Combine(a, ReportSite.DocumentPath("cq-14fyp")));
        var cell = Marked(cq, "6左右*").Single(s => s.Elements("span").First().Value == "L380");
        Assert.Equal("v-main-indicators_2F1__y2025", (string?)cell.Parent!.Attribute("id"));
        var prose = Marked(cq, "地区生产总值达到2.5万亿元").Single();
        Assert.Equal("L21", prose.Elements("span").First().Value);
        var window = prose.Element("code")!.Value;
        Assert.StartsWith("…", window, StringComparison.Ordinal);
        Assert.EndsWith("…", window, StringComparison.Ordinal);
        Assert.InRange(window.Length, 60, 100);

        // The index shows the validation status and the warnings with file:line.
        var index = File.ReadAllText(Path.Combine(a, "index.html"));
        Assert.Contains("status warn", index);
        Assert.Matches(@"<code title=""line \d+, column \d+"">wanzhou-14fyp/table-0\d-[a-z]+\.yaml:\d+</code>", index);

        var b = Report(Repo.Corpus);
        Assert.Equal(Site.Files(a), Site.Files(b));
        foreach (var f in Site.Files(a))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs");
        }
    }

    [Fact]
    public void Validation_errors_are_listed_with_file_and_line_and_the_exit_code_is_1()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "{raw: \"40\"", "{raw: \"41\"");
        var output = Report(dir, expectedCode: 1);
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("status err", index);
        Assert.Matches(@"PLAN304</td><td><code title=""line \d+, column \d+"">demo-plan/table-01\.yaml:\d+</code>", index);
        var page = File.ReadAllText(Path.Combine(output, ReportSite.DocumentPath("demo-14fyp")));
        Assert.Contains("PLAN304", page);
        Assert.Contains("quote not on this line", page);
    }

    [Fact]
    public void Rewrites_its_own_directory_and_refuses_any_other()
    {
        var output = Report(Repo.Fixture("mini"));
        var stale = Path.Combine(output, "indicators", "gone.html");
        File.WriteAllText(stale, "old");
        Assert.Equal(0, Run("report", Repo.Fixture("mini"), "--output", output).Code);
        Assert.False(File.Exists(stale));

        var other = TempDir();
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "keep.txt"), "mine");
        var (code, _, err) = Run("report", Repo.Fixture("mini"), "--output", other);
        Assert.Equal(2, code);
        Assert.Contains("refusing", err);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(other, "keep.txt")));
        Assert.Single(Directory.GetFileSystemEntries(other));

        Assert.Equal(2, Run("report", Repo.Fixture("mini")).Code);
    }

    [Fact]
    public void A_box_register_reason_is_escaped_in_the_report()
    {
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var doc = Path.Combine(dir, "wanzhou-14fyp", "document.yaml");
        var text = File.ReadAllText(doc);
        var at = text.IndexOf("reason: \"", StringComparison.Ordinal);
        Assert.True(at > 0);
        File.WriteAllText(doc, text.Insert(at + "reason: \"".Length, "<script>alert(1)</script>"));
        var output = Report(dir);
        var page = File.ReadAllText(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Single(f => f.Contains("wanzhou-14fyp", StringComparison.Ordinal)));
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
    }
}

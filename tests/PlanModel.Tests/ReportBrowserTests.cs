using System;
using System.IO;
using System.Linq;
using PlanModel.Cli.Report;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>Opens the report in a real headless Chromium from file:// (skipped when Chromium is not installed).</summary>
public class ReportBrowserTests
{
    private const int Timeout = 120;

    /// <summary>Lines Chromium logs for a page's console messages and uncaught errors.</summary>
    private static string[] ConsoleLines(string stderr) =>
        stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToArray();

    private static string Dom(string page)
    {
        var (code, dom, err) = Browser.Run(page, Timeout, "--enable-logging=stderr", "--v=0", "--dump-dom");
        Assert.True(code == 0, $"chromium exited {code}:\n{err}");
        Assert.Empty(ConsoleLines(err));

        // report.js marks the page once it ran, and records any script error on the root element.
        Assert.Contains("data-js=\"ready\"", dom);
        Assert.DoesNotContain("data-js-error", dom);
        return dom;
    }

    [BrowserFact]
    public void Fixture_pages_render_the_known_value_and_quote_without_console_errors()
    {
        var output = ReportTests.Report(Repo.Fixture("mini"));
        var index = Dom(Path.Combine(output, "index.html"));
        Assert.Contains("<a href=\"documents/demo-14fyp.html\">示范市国民经济和社会发展第十四个五年规划纲要</a>", index);
        Assert.Contains("<a href=\"indicators/grp-growth.html\"><code>grp-growth</code></a>", index);

        var doc = Dom(Path.Combine(output, ReportSite.DocumentPath("demo-14fyp")));
        Assert.Contains("<mark>6左右*</mark>", doc);
        Assert.Contains("<mark>地区生产总值年均增长6%左右</mark>", doc);
        Assert.Contains(">L39</span>", doc);
        Assert.Contains("*/ 环线&lt;/summary&gt;", doc);

        var indicator = Dom(Path.Combine(output, ReportSite.IndicatorPath("grp-growth")));
        Assert.Contains("<svg", indicator);
        Assert.Contains("<mark>7以上</mark>", indicator);
    }

    /// <summary>A page beside the report that draws Chinese characters with the report's stylesheet and compares the
    /// pixels: a missing glyph is drawn as the same box whatever the character, so four different characters that
    /// draw alike, or like a code point no font has (U+10FFFD), are boxes.</summary>
    private const string GlyphProbe = """
<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"/><link rel="stylesheet" href="assets/report.css"/></head>
<body><p id="probe">重庆市规划</p><p id="result">pending</p>
<script>
function pixels(text) {
  const canvas = document.createElement("canvas");
  canvas.width = 64; canvas.height = 64;
  const g = canvas.getContext("2d");
  g.font = "48px " + getComputedStyle(document.getElementById("probe")).fontFamily;
  g.textBaseline = "top";
  g.fillText(text, 4, 4);
  return Array.from(g.getImageData(0, 0, 64, 64).data).join(",");
}
const box = pixels("\u{10FFFD}");
const drawn = Array.from("重庆规划").map(pixels);
document.getElementById("result").textContent =
  "distinct=" + new Set(drawn).size + " boxes=" + drawn.filter(p => p === box).length;
</script></body></html>
""";

    [BrowserFact]
    public void Chinese_text_renders_with_real_glyphs_not_missing_glyph_boxes()
    {
        var output = ReportTests.Report(Repo.Fixture("mini"));
        var probe = Path.Combine(output, "glyph-probe.html");
        File.WriteAllText(probe, GlyphProbe);
        var (code, dom, err) = Browser.Run(probe, Timeout, "--dump-dom");
        Assert.True(code == 0, $"chromium exited {code}:\n{err}");
        var result = System.Text.RegularExpressions.Regex.Match(dom, "distinct=\\d+ boxes=\\d+").Value;
        Assert.True(
            result == "distinct=4 boxes=0",
            $"Chinese characters draw as missing-glyph boxes ({(result.Length == 0 ? "probe did not run" : result)}): no font of the " +
            "report's stack covers them here; install a CJK font (Debian: apt-get install fonts-noto-cjk; .ci/run does).");
    }

    [BrowserFact]
    public void Real_corpus_pages_render_in_the_browser_and_screenshot()
    {
        var output = ReportTests.Report(Repo.Corpus);
        var doc = Dom(Path.Combine(output, ReportSite.DocumentPath("cq-14fyp")));
        Assert.Contains("<mark>6左右*</mark>", doc);
        Assert.Contains("<mark>地区生产总值达到2.5万亿元</mark>", doc);
        Dom(Path.Combine(output, "index.html"));

        foreach (var page in new[] { "index.html", ReportSite.DocumentPath("cq-14fyp"), ReportSite.IndicatorPath("grp-growth") })
        {
            var png = Path.Combine(output, "..", Path.GetFileNameWithoutExtension(page) + ".png");
            var (code, _, err) = Browser.Run(Path.Combine(output, page), Timeout, "--screenshot=" + Path.GetFullPath(png), "--window-size=1280,2000", "--hide-scrollbars");
            Assert.True(code == 0 && File.Exists(png), $"no screenshot of {page} (exit {code}):\n{err}");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000, $"{page}: screenshot is only {bytes.Length} bytes");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4));

            // IHDR: width and height, big-endian, at offset 16.
            int Int(int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
            Assert.Equal(1280, Int(16));
            Assert.Equal(2000, Int(20));
        }
    }
}

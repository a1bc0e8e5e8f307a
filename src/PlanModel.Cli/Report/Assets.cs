namespace PlanModel.Cli.Report;

/// <summary>The report's stylesheet and its one small script (no framework; the pages work without it).</summary>
internal static class Assets
{
    public const string CssPath = "assets/report.css";

    public const string JsPath = "assets/report.js";

    public const string Css = """
:root {
  --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b5cad;
  --mark: #fff1a8; --err: #b42318; --warn: #9a6700; --ok: #1a7f37;
  /* Simplified-Chinese fonts first, so Chinese text and its punctuation (“”、：《》) take Chinese metrics, as the
     sources print them: macOS, Windows, then Linux (Debian's fonts-noto-cjk, fonts-wqy-microhei). The Latin
     fonts follow for systems with none of them. A page with no CJK font shows a box for every character. */
  --sans: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "Noto Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", system-ui, -apple-system, "Segoe UI", sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff; line-height: 1.5; font-size: 14px;
  font-family: var(--sans);
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
header.top { background: #24292f; color: #fff; padding: 8px 24px; font-size: 13px; }
header.top a { color: #fff; font-weight: 600; }
header.top .sep { color: #8c959f; margin: 0 6px; }
main { max-width: 1360px; margin: 0 auto; padding: 16px 24px 48px; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 16px; border-top: 1px solid var(--line); }
h1 { font-size: 24px; margin: 8px 0 2px; line-height: 1.3; }
h1 + .subtitle { color: var(--muted); margin: 0 0 12px; font-size: 15px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
h4 { font-size: 14px; margin: 14px 0 4px; }
.en { color: var(--muted); font-weight: normal; }
h1 .en, h2 .en, h3 .en, th .en { font-size: 0.85em; }
th .en { display: block; }
p.lead { color: var(--muted); max-width: 960px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 16px;
  padding: 12px 16px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
nav.toc { columns: 2 320px; margin: 8px 0 16px; padding: 8px 16px; border: 1px solid var(--line); border-radius: 6px; }
nav.toc ul { margin: 4px 0; padding-left: 18px; }
nav.toc > ul { padding-left: 0; list-style: none; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; background: var(--soft); }
.card b { display: block; font-size: 20px; }
.card span { color: var(--muted); font-size: 12px; }
.status { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; color: #fff; }
.status.ok { background: var(--ok); } .status.warn { background: var(--warn); } .status.err { background: var(--err); }
.scroll { overflow-x: auto; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--soft); position: sticky; top: 0; z-index: 1; }
tfoot td { background: var(--soft); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.cat td { background: #eef4fb; font-weight: 600; }
tr:target, td:target, li:target > .node, section:target > h2 { background: #fff8c5; }
td.seq, td.id { white-space: nowrap; }
td.seq { color: var(--muted); }
td.val { min-width: 190px; }
td.name { min-width: 220px; }
.raw { font-size: 16px; font-weight: 600; }
.raw.none { color: var(--muted); font-weight: normal; font-size: 13px; }
.reading { display: block; margin: 2px 0; font-size: 12px; }
.reading b { font-variant-numeric: tabular-nums; }
.tag { display: inline-block; padding: 0 6px; border-radius: 10px; background: #eaeef2; font-size: 11.5px; margin: 1px 0; }
.tag.measure { background: #ddf4ff; }
.tag.marker { background: #fbefff; }
.tag.override { background: #ffebe9; }
.src { margin-top: 4px; font-size: 12.5px; line-height: 1.45; display: flex; gap: 6px; align-items: baseline; }
.src .ln { flex: none; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11px;
  color: var(--muted); background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
.src code { font-family: inherit; white-space: pre-wrap; tab-size: 2; word-break: break-all; color: #3d444d;
  background: var(--soft); border-left: 3px solid var(--line); padding: 1px 6px; }
.src code.blank { color: var(--muted); }
.src.none, .src.bad { color: var(--muted); }
.src.bad code { border-left-color: var(--err); }
.flag { color: var(--err); font-weight: 600; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; box-shadow: 0 0 0 1px #e3c200 inset; }
.note { margin-top: 4px; font-size: 12px; color: #57606a; background: #fff8e6; border-left: 3px solid #d4a72c; padding: 2px 6px; white-space: pre-wrap; }
.note::before { content: "注 Note: "; font-weight: 600; }
.muted { color: var(--muted); }
table.diags td:nth-child(-n+3) { white-space: nowrap; }
.sev-error { color: var(--err); font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; }
ol.outline, ol.outline ol { list-style: none; padding-left: 22px; margin: 2px 0; }
ol.outline { padding-left: 0; }
ol.outline .node { padding: 3px 4px; border-bottom: 1px dotted var(--line); }
ol.outline .num { font-weight: 600; margin-right: 6px; }
ol.outline .src { margin: 2px 0 0 0; }
.legend-text { font-size: 13px; }
figure.chart { margin: 12px 0 20px; padding: 8px; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { width: 100%; max-width: 1000px; height: auto; font-size: 11px; }
svg.chart text { fill: #3d444d; }
svg.chart .label { font-size: 12px; fill: var(--ink); }
svg.chart .grid { stroke: #eaeef2; stroke-width: 1; }
svg.chart .base { stroke: #8c959f; stroke-width: 1; }
svg.chart .trend { stroke-width: 1.5; stroke-dasharray: 5 3; opacity: 0.55; }
svg.chart a.pt:hover circle, svg.chart a.pt:hover path { stroke: #000; stroke-width: 1.5; }
.notice { padding: 8px 12px; border: 1px solid #d4a72c; background: #fff8e6; border-radius: 6px; margin: 8px 0; }
input.filter { margin: 4px 0; padding: 5px 8px; width: 320px; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
@media print { header.top, input.filter { display: none; } thead th { position: static; } }
""";

    public const string Js = """
// PlanModel review report: optional conveniences only (table filters). The pages are complete without it.
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (e) {
    root.setAttribute('data-js-error', String(e && e.message ? e.message : e));
  });

  function bind(input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    if (!table || !table.tBodies.length) {
      return;
    }

    input.hidden = false;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var rows = table.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        rows[i].hidden = q !== '' && rows[i].textContent.toLowerCase().indexOf(q) < 0;
      }
    });
  }

  function ready() {
    var inputs = document.querySelectorAll('input[data-filter]');
    for (var i = 0; i < inputs.length; i++) {
      bind(inputs[i]);
    }

    root.setAttribute('data-js', 'ready');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
""";
}

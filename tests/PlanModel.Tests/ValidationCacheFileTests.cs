using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Build.Utilities;
using PlanModel.Build;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The MSBuild task's validation cache (obj/planmodel.validation.cache): each run is a new task (a new process's
/// worth of state: only the file carries over); after every edit of a series the cached run's findings equal a full
/// validation's, an edit of one file checks only its document, and a corrupt, truncated, foreign or oversized cache
/// file gives a full validation, never a failure.
/// </summary>
public class ValidationCacheFileTests
{
    [Fact]
    public void Every_edit_of_the_real_corpus_validated_through_the_cache_file_gives_the_findings_of_a_full_validation()
    {
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var cache = Path.Combine(dir, "obj", "planmodel.validation.cache");
        string F(params string[] parts) => Path.Combine(new[] { dir }.Concat(parts).ToArray());
        var run = new Runs(dir, cache);

        // The first run fills the cache; the same corpus again checks nothing.
        Assert.Equal(14, run.Step().Checked);
        Assert.Equal(0, run.Step().Checked);

        // The lead's edit: a note of one document (no finding changes), then a value (one finding), each one document.
        var nanan = F("nanan-gwr-2021", "document.yaml");
        Assert.Equal(1, run.Step(() => Validation.Replace(nanan, "note: \"The title", "note: \"Edited. The title")).Checked);
        var table = F("jiulongpo-14fyp", "table-02-main.yaml");
        var step = run.Step(() => Validation.Replace(table, "{raw: \"6*\", line: 437}", "{raw: \"9*\", line: 437}"));
        Assert.Equal(1, step.Checked);
        Assert.Contains(step.Findings, f => f.StartsWith("error PLAN304", StringComparison.Ordinal) && f.Contains("table-02-main.yaml", StringComparison.Ordinal));

        // A YAML quote left open, and closed again.
        var yubei = F("yubei-gwr-2021", "document.yaml");
        run.Step(() => Validation.Replace(yubei, "quote: \"2021年渝北区政府工作报告\"", "quote: \"2021年渝北区政府工作报告"));
        run.Step(() => Validation.Replace(yubei, "quote: \"2021年渝北区政府工作报告", "quote: \"2021年渝北区政府工作报告\""));

        // A renamed document id (its children's parent lookups change), and back.
        var cq = F("cq-14fyp", "document.yaml");
        Assert.True(run.Step(() => Validation.Replace(cq, "id: cq-14fyp", "id: cq-14fyp-renamed")).Checked > 1);
        run.Step(() => Validation.Replace(cq, "id: cq-14fyp-renamed", "id: cq-14fyp"));

        // A deleted file and an added copy (its ids collide), then both undone.
        var box = F("jiulongpo-14fyp", "box-05.yaml");
        var text = File.ReadAllText(box);
        run.Step(() => File.Delete(box));
        var copy = F("jiulongpo-14fyp", "box-05-copy.yaml");
        run.Step(() => File.WriteAllText(copy, text));
        run.Step(() => File.WriteAllText(box, text));
        run.Step(() => File.Delete(copy));

        // The catalogue: an indicator renamed (the rows linking it), a unit changed.
        var catalogue = F("catalogue", "indicators.yaml");
        run.Step(() => Validation.Replace(catalogue, "{id: grp-per-capita,", "{id: grp-per-capita-renamed,"));
        run.Step(() => Validation.Replace(catalogue, "unit: 10k-yuan-per-person,", "unit: yuan,"));

        // An archived source: one changed byte fails its pin; only the documents citing it are checked again.
        var source = F("sources", "001_ca47b3e00639afaa.txt");
        var bytes = File.ReadAllBytes(source);
        step = run.Step(() => File.AppendAllText(source, "tampered"));
        Assert.Contains(step.Findings, f => f.StartsWith("error PLAN302", StringComparison.Ordinal));
        Assert.InRange(step.Checked, 1, 13);
        run.Step(() => File.WriteAllBytes(source, bytes));

        // Everything undone.
        run.Step(() => Validation.Replace(catalogue, "{id: grp-per-capita-renamed,", "{id: grp-per-capita,"));
        run.Step(() => Validation.Replace(catalogue, "unit: yuan,", "unit: 10k-yuan-per-person,"));
        run.Step(() => Validation.Replace(table, "{raw: \"9*\", line: 437}", "{raw: \"6*\", line: 437}"));
    }

    [Fact]
    public void Every_edit_of_the_mini_fixture_validated_through_the_cache_file_gives_the_findings_of_a_full_validation()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var run = new Runs(dir, Path.Combine(dir, "obj", "planmodel.validation.cache"));
        var plan = Path.Combine(dir, "demo-plan", "document.yaml");
        var district = Path.Combine(dir, "demo-district", "document.yaml");
        var units = Path.Combine(dir, "catalogue", "units.yaml");
        var indicators = Path.Combine(dir, "catalogue", "indicators.yaml");
        var table = Path.Combine(dir, "demo-plan", "table-01.yaml");

        run.Step();
        run.Step(() => Validation.Replace(table, "{raw: \"52.5\"", "{raw: \"52.6\""));
        run.Step(() => Validation.Replace(plan, "id: demo-14fyp", "id: demo-renamed"));
        run.Step(() => Validation.Replace(district, "parent: demo-14fyp", "parent: demo-renamed"));
        run.Step(() => Validation.Replace(units, "id: percent,", "id: per-cent,"));
        run.Step(() => Validation.Replace(indicators, "id: forest-coverage,", "id: forest,"));
        run.Step(() => File.Delete(units));
        run.Step(() => File.AppendAllText(Path.Combine(dir, "sources", "district.txt"), "x"));
        run.Step(() => File.Delete(Path.Combine(dir, "sources", "demo.txt")));
        run.Step(() => File.WriteAllText(Path.Combine(dir, "demo-plan", "extra.yml"), "kind: [\n"));
        run.Step(() => Directory.Delete(Path.Combine(dir, "demo-district"), recursive: true));
    }

    [Fact]
    public void A_corrupt_truncated_foreign_or_oversized_cache_file_gives_a_full_validation_and_is_replaced()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "{raw: \"3.9\"", "{raw: \"3.8\"");
        var cache = Path.Combine(dir, "obj", "planmodel.validation.cache");
        var run = new Runs(dir, cache);
        var documents = run.Step().Checked;
        Assert.Equal(0, run.Step().Checked);
        var good = File.ReadAllBytes(cache);

        // Each byte position class: the header, a finding's message in the middle, the hash at the end.
        var damaged = new List<(string What, Action Damage)>
        {
            ("magic", () => Flip(cache, 3)),
            ("middle", () => Flip(cache, good.Length / 2)),
            ("hash", () => Flip(cache, good.Length - 1)),
            ("truncated", () => File.WriteAllBytes(cache, good.Take(good.Length - 40).ToArray())),
            ("empty", () => File.WriteAllBytes(cache, Array.Empty<byte>())),
            ("text", () => File.WriteAllText(cache, "not a cache\n")),
            ("random", () => File.WriteAllBytes(cache, Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 251)).ToArray())),
            ("oversized", () =>
            {
                using var s = new FileStream(cache, FileMode.Open);
                s.SetLength(PlanModel.Yaml.Validation.ValidationCacheFile.MaxBytes + 1);
            }),
            ("a folder", () => { File.Delete(cache); Directory.CreateDirectory(cache); }),
        };
        foreach (var (what, damage) in damaged)
        {
            File.WriteAllBytes(cache, good);
            damage();
            var step = run.Step();
            Assert.True(documents == step.Checked, $"{what}: {step.Checked} of {documents} documents checked");
            if (what != "a folder")
            {
                Assert.Equal(0, run.Step().Checked);
            }
            else
            {
                Directory.Delete(cache);
            }
        }

        // A valid cache of another validator build (or other reader limits) is foreign: its producer key differs.
        Assert.Equal(documents, run.Step().Checked);
        var entries = PlanModel.Yaml.Validation.ValidationCacheFile.Read(cache, PlanModel.Yaml.Validation.ValidationCacheFile.Producer(PlanModel.Yaml.Yaml.ReaderLimits.Default));
        Assert.NotEmpty(entries);
        Assert.True(PlanModel.Yaml.Validation.ValidationCacheFile.Write(cache, "another build", entries));
        Assert.Equal(documents, run.Step().Checked);

        // A cache of another copy of the corpus (other paths) reuses nothing.
        var other = Repo.CopyToTemp(Repo.Fixture("mini"));
        Assert.Equal(documents, new Runs(other, cache).Step().Checked);
    }

    private static void Flip(string path, int offset)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[offset] ^= 0x20;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Runs the task with the cache file after each edit and compares it with a run without one.</summary>
    private sealed class Runs(string dir, string cache)
    {
        private int _step;

        public (int Checked, IReadOnlyList<string> Findings) Step(Action? edit = null)
        {
            _step++;
            edit?.Invoke();
            var (cachedOk, cached, summary) = Validate(cache);
            var (fullOk, full, _) = Validate(null);
            Assert.True(full.SequenceEqual(cached), $"step {_step}: cached\n  {string.Join("\n  ", cached)}\nfull\n  {string.Join("\n  ", full)}");
            Assert.Equal(fullOk, cachedOk);
            var m = Regex.Match(summary, @"; (\d+) of (\d+) documents checked");
            Assert.True(m.Success, summary);
            return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), cached);
        }

        private (bool Ok, List<string> Findings, string Summary) Validate(string? cacheFile)
        {
            var engine = new MockBuildEngine();
            var task = new ValidatePlans
            {
                BuildEngine = engine,
                Files = Directory.EnumerateFiles(dir, "*.y*ml", SearchOption.AllDirectories).Select(f => (Microsoft.Build.Framework.ITaskItem)new TaskItem(f)).ToArray(),
                CacheFile = cacheFile,
            };
            var ok = task.Execute();
            var findings = engine.Errors.Select(e => $"error {e.Code} {e.File}({e.LineNumber},{e.ColumnNumber}): {e.Message}")
                .Concat(engine.Warnings.Select(w => $"warning {w.Code} {w.File}({w.LineNumber},{w.ColumnNumber}): {w.Message}"))
                .Concat(engine.Messages.Where(m => m.Code is not null).Select(m => $"info {m.Code} {m.File}({m.LineNumber},{m.ColumnNumber}): {m.Message}"))
                .ToList();
            var summary = engine.Messages.Select(m => m.Message ?? string.Empty).LastOrDefault(m => m.StartsWith("PlanModel: validated", StringComparison.Ordinal)) ?? string.Empty;
            return (ok, findings, summary);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// <see cref="CorpusSession.Update"/> (what <c>plan validate --watch</c> runs after each save) against opening the
/// corpus again: after every edit of a series on a temp copy, the incremental findings equal a fresh full validation,
/// diagnostic for diagnostic, and an edit of one file re-checks only the documents it touches.
/// </summary>
public class IncrementalValidationTests
{
    private static readonly CorpusSessionOptions Options = new() { PathsRelativeToRoot = true };

    [Fact]
    public void Every_edit_of_the_real_corpus_gives_the_findings_of_a_fresh_validation()
    {
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var session = CorpusSession.Open(dir, Options);
        var original = Lines(session.Diagnostics);
        string F(params string[] parts) => Path.Combine(new[] { dir }.Concat(parts).ToArray());
        var edits = new Edits(dir, session);

        // A value: only its document is re-read and re-checked.
        var table = F("jiulongpo-14fyp", "table-02-main.yaml");
        var update = edits.Apply(() => Validation.Replace(table, "{raw: \"6*\", line: 437}", "{raw: \"9*\", line: 437}"), table);
        Assert.Equal((1, 1), (update.FilesRead, update.DocumentsChecked));
        Assert.Contains(update.Diagnostics, d => d.Code == "PLAN304" && d.File.EndsWith("table-02-main.yaml", StringComparison.Ordinal));

        // A quote that no longer matches its line, then a YAML quote left open.
        var yubei = F("yubei-gwr-2021", "document.yaml");
        edits.Apply(() => Validation.Replace(yubei, "quote: \"2021年渝北区政府工作报告\"", "quote: \"2021年渝北区政府工作报吿\""), yubei);
        edits.Apply(() => Validation.Replace(yubei, "quote: \"2021年渝北区政府工作报吿\"", "quote: \"2021年渝北区政府工作报告"), yubei);
        edits.Apply(() => Validation.Replace(yubei, "quote: \"2021年渝北区政府工作报告", "quote: \"2021年渝北区政府工作报告\""), yubei);

        // The same text saved again: nothing is parsed or checked again.
        update = edits.Apply(() => File.WriteAllText(yubei, File.ReadAllText(yubei)), yubei);
        Assert.Equal(0, update.DocumentsChecked);

        // A renamed document id (three parents and every part of it now point nowhere), and back.
        var cq = F("cq-14fyp", "document.yaml");
        edits.Apply(() => Validation.Replace(cq, "id: cq-14fyp", "id: cq-14fyp-renamed"), cq);
        edits.Apply(() => Validation.Replace(cq, "id: cq-14fyp-renamed", "id: cq-14fyp"), cq);

        // A deleted file, an added one (a copy under a new name: its ids collide), the copy deleted.
        var box = F("jiulongpo-14fyp", "box-05.yaml");
        var text = File.ReadAllText(box);
        edits.Apply(() => File.Delete(box), box);
        var copy = F("jiulongpo-14fyp", "box-05-copy.yaml");
        edits.Apply(() => File.WriteAllText(copy, text), copy);
        edits.Apply(() => File.WriteAllText(box, text), box);
        edits.Apply(() => File.Delete(copy), copy);

        // The catalogue: an indicator renamed (every row linking it), a unit changed.
        var catalogue = F("catalogue", "indicators.yaml");
        edits.Apply(() => Validation.Replace(catalogue, "{id: grp-per-capita,", "{id: grp-per-capita-renamed,"), catalogue);
        edits.Apply(() => Validation.Replace(catalogue, "unit: 10k-yuan-per-person,", "unit: yuan,"), catalogue);

        // An archived source: one changed byte fails its pin; only the documents citing it are checked again.
        var source = F("sources", "001_ca47b3e00639afaa.txt");
        var bytes = File.ReadAllBytes(source);
        update = edits.Apply(() => File.AppendAllText(source, "tampered"), source);
        Assert.Contains(update.Diagnostics, d => d.Code == "PLAN302");
        Assert.True(update.DocumentsChecked < update.Documents, $"{update.DocumentsChecked} of {update.Documents} documents checked");
        edits.Apply(() => File.WriteAllBytes(source, bytes), source);

        // A folder moved (the watcher reports the folder, not its files), and back.
        var folder = F("yubei-gwr-2021");
        var moved = F("yubei-moved");
        edits.Apply(() => Directory.Move(folder, moved), folder, moved);
        edits.Apply(() => Directory.Move(moved, folder), folder, moved);

        // Everything undone: the findings of the start.
        edits.Apply(() => Validation.Replace(catalogue, "{id: grp-per-capita-renamed,", "{id: grp-per-capita,"), catalogue);
        edits.Apply(() => Validation.Replace(catalogue, "unit: yuan,", "unit: 10k-yuan-per-person,"), catalogue);
        edits.Apply(() => Validation.Replace(table, "{raw: \"9*\", line: 437}", "{raw: \"6*\", line: 437}"), table);
        Assert.Equal(original, Lines(session.Diagnostics));
    }

    [Fact]
    public void Every_edit_of_the_mini_fixture_gives_the_findings_of_a_fresh_validation()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var edits = new Edits(dir, CorpusSession.Open(dir, Options));
        var plan = Path.Combine(dir, "demo-plan", "document.yaml");
        var district = Path.Combine(dir, "demo-district", "document.yaml");
        var units = Path.Combine(dir, "catalogue", "units.yaml");
        var indicators = Path.Combine(dir, "catalogue", "indicators.yaml");
        var table = Path.Combine(dir, "demo-plan", "table-01.yaml");

        edits.Apply(() => Validation.Replace(table, "{raw: \"52.5\"", "{raw: \"52.6\""), table);
        edits.Apply(() => Validation.Replace(plan, "id: demo-14fyp", "id: demo-renamed"), plan);
        edits.Apply(() => Validation.Replace(district, "parent: demo-14fyp", "parent: demo-renamed"), district);
        edits.Apply(() => Validation.Replace(units, "id: percent,", "id: per-cent,"), units);
        edits.Apply(() => Validation.Replace(indicators, "id: forest-coverage,", "id: forest,"), indicators);
        edits.Apply(() => File.Delete(units), units);
        edits.Apply(() => File.AppendAllText(Path.Combine(dir, "sources", "district.txt"), "x"), Path.Combine(dir, "sources", "district.txt"));
        edits.Apply(() => File.Delete(Path.Combine(dir, "sources", "demo.txt")), Path.Combine(dir, "sources"));
        var extra = Path.Combine(dir, "demo-plan", "extra.yml");
        edits.Apply(() => File.WriteAllText(extra, "kind: [\n"), extra);
        edits.Apply(() => Directory.Delete(Path.Combine(dir, "demo-district"), recursive: true), Path.Combine(dir, "demo-district"));
    }

    private static List<string> Lines(IEnumerable<PlanModel.Yaml.Diagnostics.PlanDiagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToCanonicalString()).ToList();

    /// <summary>Applies an edit, updates the session with the paths it touched and checks the result against a fresh
    /// session of the same folder.</summary>
    private sealed class Edits(string dir, CorpusSession session)
    {
        private int _step;

        public CorpusUpdate Apply(Action edit, params string[] touched)
        {
            _step++;
            edit();
            var update = session.Update(touched);
            var fresh = CorpusSession.Open(dir, Options);
            Assert.True(Lines(fresh.Diagnostics).SequenceEqual(Lines(update.Diagnostics)),
                $"step {_step}: incremental\n  {string.Join("\n  ", Lines(update.Diagnostics))}\nfresh\n  {string.Join("\n  ", Lines(fresh.Diagnostics))}");
            Assert.Equal(Lines(update.Diagnostics), Lines(session.Diagnostics));
            Assert.Equal(fresh.Files.Count, session.Files.Count);
            Assert.Equal(fresh.Assembled.Documents.Select(d => d.Id), session.Assembled.Documents.Select(d => d.Id));
            return update;
        }
    }
}

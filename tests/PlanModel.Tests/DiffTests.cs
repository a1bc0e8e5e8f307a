using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PlanModel.Cli;
using PlanModel.Cli.Diff;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary><c>plan diff</c> on real git repositories made from the fixture corpus: each kind of change gives exact
/// entries and the right classification.</summary>
public class DiffTests
{
    private const string GrpValue = "demo-14fyp/table:main-indicators/row:main-indicators/1/value:y2025";

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static DiffReport Diff(GitCorpus git, string @base, string? head = null)
    {
        var args = head is null
            ? new[] { "diff", @base, "--corpus", git.Corpus, "--format", "json" }
            : new[] { "diff", @base, head, "--corpus", git.Corpus, "--format", "json" };
        var (code, json, err) = Cli(args);
        Assert.True(code == 0, err);
        return JsonSerializer.Deserialize(json, DiffJsonContext.Default.DiffReport)!;
    }

    [Fact]
    public void Identical_revisions_give_an_empty_diff()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var report = Diff(git, "HEAD", "HEAD");
        Assert.Empty(report.Changes);
        Assert.Equal(VersionBump.None, report.Bump);
        var (_, markdown, _) = Cli("diff", "HEAD", git.Corpus, "--corpus", git.Corpus);
        Assert.Contains("No change in the data.", markdown);
    }

    [Fact]
    public void A_corrected_table_value_is_one_correction_with_both_readings_and_its_source_line()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        Validation.Replace(git.File("demo-plan", "table-01.yaml"), "y2025: {raw: \"6左右*\"", "y2025: {raw: \"6*\"");
        var report = Diff(git, "HEAD");
        var change = Assert.Single(report.Changes);
        Assert.Equal(ChangeType.Correction, change.Type);
        Assert.Equal(GrpValue, change.Path);
        Assert.Equal("地区生产总值增长 · y2025", change.Label);
        Assert.Equal(("6左右*", "approximately"), (change.OldReading!.Raw, change.OldReading.Qualifier));
        Assert.Equal(("6*", "exact"), (change.NewReading!.Raw, change.NewReading.Qualifier));
        Assert.Equal("16", change.Source!.Lines);
        Assert.Contains("6左右*", change.Source.Text);
        Assert.Equal(VersionBump.Patch, report.Bump);
        Assert.Equal(1, report.Head.Errors); // the head fails PLAN304 and still diffs
        Assert.Equal(0, report.Base.Errors);
    }

    [Fact]
    public void A_corrected_prose_target_shows_the_quote_marked_in_its_line()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var file = git.File("demo-plan", "targets.yaml");
        Validation.Replace(file, "raw: 6%左右", "raw: 6%");
        var change = Assert.Single(Diff(git, "HEAD").Changes);
        Assert.Equal(("target", "demo-14fyp/target:grp-growth-2025"), (change.Kind, change.Path));
        Assert.Equal(("6%左右", "6%"), (change.OldReading!.Raw, change.NewReading!.Raw));
        var s = change.Source!;
        Assert.Equal("地区生产总值年均增长6%左右", s.Text!.Substring(s.QuoteStart!.Value, s.QuoteLength!.Value));
    }

    [Fact]
    public void A_box_item_corrected_in_place_is_a_correction_not_a_removal_and_an_addition()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var file = git.File("demo-plan", "box-02.yaml");
        var text = File.ReadAllText(file);
        var status = System.Text.RegularExpressions.Regex.Match(text, "status: \\{raw: ([^,]+), code: under-construction\\}");
        Assert.True(status.Success, text);
        File.WriteAllText(file, text.Remove(status.Index, status.Length).Insert(status.Index, "status: {raw: " + status.Groups[1].Value + ", code: new}"));
        var change = Assert.Single(Diff(git, "HEAD").Changes);
        Assert.Equal(("item", ChangeType.Correction), (change.Kind, change.Type));
        Assert.Contains(change.Fields, f => f.Field == "status" && f.Old == "under-construction" && f.New == "new");
    }

    [Fact]
    public void A_translation_and_a_note_are_text_changes_grouped_apart()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var table = git.File("demo-plan", "table-01.yaml");
        Validation.Replace(table, "en: GRP Growth}", "en: GRP Growth Rate}");
        Validation.Replace(table, "note: \"a cumulative bound:", "note: \"a five-year cumulative bound:");
        var report = Diff(git, "HEAD");
        Assert.All(report.Changes, c => Assert.Equal(ChangeType.Text, c.Type));
        Assert.Contains(report.Changes, c => c.Fields.Any(f => f.Field == "name.en" && f.New == "GRP Growth Rate" && f.Category == FieldCategory.Text));
        Assert.Contains(report.Changes, c => c.Fields.Any(f => f.Field == "note" && f.Category == FieldCategory.Text));
        Assert.Equal(VersionBump.Patch, report.Bump);
        var (_, markdown, _) = Cli("diff", "HEAD", "--corpus", git.Corpus);
        Assert.Contains("**Translations and notes only**", markdown);
        Assert.DoesNotContain("**Corrected**", markdown);
    }

    [Fact]
    public void A_table_id_renamed_with_formerIds_is_a_rename_of_the_table()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        Validation.Replace(git.File("demo-plan", "table-01.yaml"), "id: main-indicators\n", "id: main-targets\nformerIds: [main-indicators]\n");
        var report = Diff(git, "HEAD");
        var rename = Assert.Single(report.Changes, c => c.Type == ChangeType.Rename);
        Assert.Equal("demo-14fyp/table:main-targets", rename.Path);
        Assert.Equal("demo-14fyp/table:main-indicators", rename.FormerPath);
        Assert.DoesNotContain(report.Changes, c => c.Kind == "table" && c.Type is ChangeType.Removal or ChangeType.Addition);
    }

    [Fact]
    public void A_deleted_row_is_a_removal_and_needs_a_major_version()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var file = git.File("demo-district", "table-01.yaml");
        var text = File.ReadAllText(file);
        var second = text.IndexOf("  - seq: {raw: \"2\"", StringComparison.Ordinal);
        var end = text.IndexOf("\n  - seq:", second + 1, StringComparison.Ordinal);
        File.WriteAllText(file, text.Remove(second, (end < 0 ? text.Length : end + 1) - second));
        var report = Diff(git, "HEAD");
        var removal = Assert.Single(report.Changes, c => c.Type == ChangeType.Removal);
        Assert.Equal("row", removal.Kind);
        Assert.Equal("森林覆盖率", removal.Label);
        Assert.DoesNotContain(report.Changes, c => c.Kind == "value"); // its values go with it
        Assert.Equal(VersionBump.Major, report.Bump);
    }

    [Fact]
    public void An_added_document_is_one_addition_and_a_minor_version()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var copy = Path.Combine(git.Corpus, "demo-county");
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.EnumerateFiles(git.File("demo-district")))
        {
            File.WriteAllText(Path.Combine(copy, Path.GetFileName(f)), File.ReadAllText(f).Replace("demo-district-14fyp", "demo-county-14fyp", StringComparison.Ordinal).Replace("DemoDistrict", "DemoCounty", StringComparison.Ordinal));
        }

        var report = Diff(git, "HEAD");
        var added = Assert.Single(report.Changes);
        Assert.Equal(("document", "demo-county-14fyp", ChangeType.Addition), (added.Kind, added.Path, added.Type));
        Assert.Equal(VersionBump.Minor, report.Bump);
        Assert.Equal("demo-county-14fyp", Assert.Single(report.Counts).Document);
    }

    [Fact]
    public void Check_version_fails_until_the_data_version_moves_far_enough()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"), "1.2.3");
        var @base = git.Commit("base again");
        Validation.Replace(git.File("demo-plan", "table-01.yaml"), "y2025: {raw: \"6左右*\"", "y2025: {raw: \"6*\"");
        var (code, _, err) = Cli("diff", @base, "--corpus", git.Corpus, "--check-version");
        Assert.Equal(1, code);
        Assert.Contains("needs a patch bump", err);

        git.SetVersion("1.2.4");
        Assert.Equal(0, Cli("diff", @base, "--corpus", git.Corpus, "--check-version").Code);

        // A deleted row needs a major version: 1.2.4 → 1.3.0 is not enough.
        var file = git.File("demo-district", "table-01.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Remove(text.IndexOf("  - seq: {raw: \"2\"", StringComparison.Ordinal)));
        git.SetVersion("1.3.0");
        var (major, _, why) = Cli("diff", @base, "--corpus", git.Corpus, "--check-version");
        Assert.Equal(1, major);
        Assert.Contains("needs a major bump", why);
        git.SetVersion("2.0.0");
        Assert.Equal(0, Cli("diff", @base, "--corpus", git.Corpus, "--check-version").Code);
    }

    [Fact]
    public void Markdown_is_cut_cleanly_with_a_count_before_the_limit()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var table = git.File("demo-plan", "table-01.yaml");
        Validation.Replace(table, "en: GRP Growth}", "en: GRP Growth Rate}");
        Validation.Replace(git.File("demo-district", "table-01.yaml"), "y2025: {raw: \"7以上\"", "y2025: {raw: \"7\"");
        using var baseSide = CorpusSide.Open("base", "HEAD", git.Corpus);
        using var head = CorpusSide.Open("head", git.Corpus, git.Corpus);
        var report = CorpusDiff.Compare(baseSide, head);
        var full = DiffMarkdown.Render(report);
        Assert.Contains("<details>", full);
        var cut = DiffMarkdown.Render(report, limit: full.IndexOf("<details>", StringComparison.Ordinal) + 100);
        Assert.True(cut.Length < full.Length);
        Assert.Contains("more change(s) in 2 document(s) not shown here", cut);
        Assert.DoesNotContain("<details>", cut);
    }

    [Fact]
    public void Markdown_escapes_what_a_yaml_author_writes()
    {
        Assert.Equal("&lt;/details&gt;&#124; &#42;x&#42; &#91;a&#93;(b)", DiffMarkdown.E("</details>| *x* [a](b)"));
    }

    [Theory]
    [InlineData("no-such-revision", "base 'no-such-revision': no such folder or git revision")]
    public void An_unknown_revision_is_one_line_and_exit_2(string spec, string message)
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var (code, stdout, err) = Cli("diff", spec, "--corpus", git.Corpus);
        Assert.Equal(2, code);
        Assert.Equal("plan diff: " + message, err.Trim());
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void A_folder_without_a_corpus_and_a_revision_without_the_corpus_folder_are_exit_2()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        var empty = Path.Combine(git.Root, "empty");
        Directory.CreateDirectory(empty);
        var (code, _, err) = Cli("diff", empty, "--corpus", git.Corpus);
        Assert.Equal(2, code);
        Assert.Contains("holds no corpus", err);

        Directory.Move(git.Corpus, Path.Combine(git.Root, "elsewhere"));
        var sha = git.Commit("move the corpus away");
        Directory.Move(Path.Combine(git.Root, "elsewhere"), git.Corpus);
        var (code2, _, err2) = Cli("diff", sha, "--corpus", git.Corpus);
        Assert.Equal(2, code2);
        Assert.Contains("has no 'plans-yaml' folder", err2);
        Assert.Single(err2.Trim().Split('\n'));
    }

    [Fact]
    public void The_changelog_lists_each_corrected_value_with_its_line_and_replaces_its_own_section()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"), "1.0.0");
        var @base = git.Commit("release 1.0.0");
        Validation.Replace(git.File("demo-plan", "table-01.yaml"), "y2025: {raw: \"6左右*\"", "y2025: {raw: \"6*\"");
        git.SetVersion("1.0.1");
        var changelog = Path.Combine(git.Root, "CHANGELOG.md");
        File.WriteAllText(changelog, "# Data changelog\n\n## PlanModel.Chongqing 1.0.0\n\nFirst.\n");

        var (code, stdout, err) = Cli("changelog", @base, "--corpus", git.Corpus, "--write", changelog);
        Assert.True(code == 0, err);
        Assert.Contains("## PlanModel.Chongqing 1.0.1", stdout);
        var text = File.ReadAllText(changelog);
        Assert.Contains("### demo-14fyp\n\n- Corrected 地区生产总值增长 · y2025: `6左右*` → `6*` (sources/demo.txt line 16)\n", text);
        Assert.True(text.IndexOf("## PlanModel.Chongqing 1.0.1", StringComparison.Ordinal) < text.IndexOf("## PlanModel.Chongqing 1.0.0", StringComparison.Ordinal));

        // Written again for the same version: the section is replaced, not repeated.
        Assert.Equal(0, Cli("changelog", @base, "--corpus", git.Corpus, "--write", changelog).Code);
        var again = File.ReadAllText(changelog);
        Assert.Equal(1, again.Split("## PlanModel.Chongqing 1.0.1").Length - 1);
        Assert.Contains("First.", again);
    }

    [Fact]
    public void The_report_with_a_baseline_has_a_diff_page_with_each_value_beside_its_source_line()
    {
        var git = GitCorpus.Create(Repo.Fixture("mini"));
        Validation.Replace(git.File("demo-plan", "targets.yaml"), "raw: 6%左右", "raw: 6%");
        var output = Path.Combine(git.Root, "site");
        var (code, _, err) = Cli("report", git.Corpus, "--output", output, "--baseline", "HEAD");
        Assert.True(code is 0 or 1, err);
        var page = File.ReadAllText(Path.Combine(output, "diff.html"));
        Assert.Contains("demo-14fyp/target:grp-growth-2025", page);
        Assert.Contains("<code>6%左右</code>", page);
        Assert.Contains("<mark>地区生产总值年均增长6%左右</mark>", page);
        Assert.Contains("href=\"diff.html\"", File.ReadAllText(Path.Combine(output, "index.html")));
        var (bad, _, why) = Cli("report", git.Corpus, "--output", output, "--baseline", "no-such-rev");
        Assert.Equal(2, bad);
        Assert.Contains("no such folder or git revision", why);
    }
}

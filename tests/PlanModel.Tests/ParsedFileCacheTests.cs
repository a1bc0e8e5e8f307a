using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PlanModel.Benchmarks;
using PlanModel.Generator;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Specs;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The reader's results, and each document's code and findings, kept across generator drivers (one per build in
/// the compiler server), and the reader's results across validation tasks in a reused MSBuild node.</summary>
public class ParsedFileCacheTests
{
    [Fact]
    public void A_new_driver_over_the_same_texts_reuses_every_parse_result_and_generates_the_same()
    {
        // Its own virtual root: no other test's texts share these paths.
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"), "/parsed-file-cache/same");
        var first = GeneratorHarness.Run(files);
        var second = GeneratorHarness.Run(files);

        var a = Parsed(first.Result);
        var b = Parsed(second.Result);
        Assert.Equal(files.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Same(a[i], b[i]);
        }

        Assert.Equal(Sources(first.Result), Sources(second.Result));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void An_edited_file_is_read_again_and_its_result_equals_a_fresh_read()
    {
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"), "/parsed-file-cache/edit");
        var before = Parsed(GeneratorHarness.Run(files).Result);

        var edited = files.FindIndex(f => f.Path.EndsWith("document.yaml", StringComparison.Ordinal));
        var text = files[edited].GetText()!.ToString();
        var changed = text + "# edited\n";
        files[edited] = new MemoryAdditionalText(files[edited].Path, changed);
        var after = Parsed(GeneratorHarness.Run(files).Result);

        for (var i = 0; i < files.Count; i++)
        {
            if (i == edited)
            {
                Assert.NotSame(before[i], after[i]);
                Assert.Equal(PlanFileReader.Read(files[i].Path, changed), after[i]);
            }
            else
            {
                Assert.Same(before[i], after[i]);
            }
        }
    }

    [Fact]
    public void A_new_driver_reuses_each_documents_generated_code_and_rule_findings()
    {
        // An unknown indicator (PLAN201): a document rule with a finding to keep.
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"), "/parsed-file-cache/derived");
        var table = files.FindIndex(f => f.Path.EndsWith("table-01.yaml", StringComparison.Ordinal));
        files[table] = new MemoryAdditionalText(files[table].Path, files[table].GetText()!.ToString().Replace("indicator: grp-growth", "indicator: grp-growht"));
        var first = GeneratorHarness.Run(files);
        var second = GeneratorHarness.Run(files);

        var findings = Findings(first.Result);
        Assert.Contains(findings, d => d.Code == "PLAN201");
        Assert.Equal(findings.Count, Findings(second.Result).Count);
        for (var i = 0; i < findings.Count; i++)
        {
            Assert.Same(findings[i], Findings(second.Result)[i]);
        }

        var code = first.Result.Results[0].GeneratedSources.Where(s => s.HintName.StartsWith("Plan.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(code);
        foreach (var source in code)
        {
            Assert.Same(source.SourceText, second.Result.Results[0].GeneratedSources.Single(s => s.HintName == source.HintName).SourceText);
        }

        Assert.Equal(Sources(first.Result), Sources(second.Result));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_kept_result_is_used_only_for_an_equal_input_and_at_most_two_are_kept()
    {
        var kept = new DocumentResults.Kept<string, object>();
        var a = kept.Get("a", () => new object());
        var b = kept.Get("b", () => new object());
        Assert.Same(a, kept.Get(new string('a', 1), () => new object()));
        Assert.Same(b, kept.Get("b", () => new object()));

        // A third input drops the least recently used (a); b stays.
        var c = kept.Get("c", () => new object());
        Assert.NotSame(a, kept.Get("a", () => new object()));
        Assert.Same(c, kept.Get("c", () => new object()));

        // A failing computation keeps nothing.
        Assert.Throws<InvalidOperationException>(() => kept.Get("d", () => throw new InvalidOperationException()));
        Assert.Same(c, kept.Get("c", () => new object()));
    }

    [Fact]
    public void The_cache_keeps_two_texts_a_path_and_evicts_the_least_recently_used_past_its_budget()
    {
        const string Text = "kind: units\nunits: []\n";
        var cache = new ParsedFileCache(maxChars: Text.Length * 3);

        var a = cache.Read("/c/a.yaml", Text);
        var a2 = cache.Read("/c/a.yaml", Text + "#2\n");
        Assert.Same(a, cache.Read("/c/a.yaml", Text));
        Assert.Same(a2, cache.Read("/c/a.yaml", Text + "#2\n"));
        Assert.Equal(PlanFileReader.Read("/c/a.yaml", Text), a);

        // A third text of the path replaces the one used least recently (the first).
        cache.Read("/c/a.yaml", Text + "#3\n");
        Assert.NotSame(a, cache.Read("/c/a.yaml", Text));

        // Past the budget the least recently used entries of any path go first; the kept characters stay within it.
        var b = cache.Read("/c/b.yaml", Text);
        var c = cache.Read("/c/c.yaml", Text);
        Assert.True(cache.Chars <= Text.Length * 3, cache.Chars.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Same(c, cache.Read("/c/c.yaml", Text));
        Assert.Same(b, cache.Read("/c/b.yaml", Text));

        // A text larger than the whole budget is read, never kept.
        var large = Text + new string('#', Text.Length * 3) + "\n";
        Assert.NotSame(cache.Read("/c/large.yaml", large), cache.Read("/c/large.yaml", large));
        Assert.True(cache.Chars <= Text.Length * 3);
    }

    private static List<FileParseResult> Parsed(GeneratorDriverRunResult result) =>
        result.Results[0].TrackedSteps[TrackingNames.ParseFile].Select(s => (FileParseResult)s.Outputs[0].Value).ToList();

    private static List<PlanModel.Yaml.Diagnostics.PlanDiagnostic> Findings(GeneratorDriverRunResult result) =>
        result.Results[0].TrackedSteps[TrackingNames.DocumentRules].SelectMany(s => (EquatableArray<PlanModel.Yaml.Diagnostics.PlanDiagnostic>)s.Outputs[0].Value).ToList();

    private static List<string> Sources(GeneratorDriverRunResult result) =>
        result.Results[0].GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToList();

    [Fact]
    public void The_corpus_loader_reads_unchanged_files_from_the_cache_and_an_edited_one_afresh()
    {
        // The validation task's path: CorpusLoader.ReadAll through the process's cache (here a private one).
        var cache = new ParsedFileCache(ParsedFileCache.DefaultMaxChars);
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var paths = Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var first = CorpusLoader.ReadAll(paths, null, null, CancellationToken.None, null, cache);
        var second = CorpusLoader.ReadAll(paths, null, null, CancellationToken.None, null, cache);
        Assert.All(Enumerable.Range(0, paths.Count), i => Assert.Same(first[i], second[i]));

        var edited = paths.First(p => File.ReadAllText(p).Contains("note:", StringComparison.Ordinal));
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("note: ", "note: Edited. ", StringComparison.Ordinal));
        var third = CorpusLoader.ReadAll(paths, null, null, CancellationToken.None, null, cache);
        var fresh = CorpusLoader.ReadAll(paths);
        for (var i = 0; i < paths.Count; i++)
        {
            Assert.Equal(paths[i] != edited, ReferenceEquals(second[i], third[i]));
            Assert.Equal(fresh[i], third[i]);
        }

        // Other reader limits never take a kept result (it was read with the default ones).
        var limited = CorpusLoader.ReadAll(paths, null, new PlanModel.Yaml.Yaml.ReaderLimits { MaxFileChars = 1_000_000 }, CancellationToken.None, null, cache);
        Assert.All(Enumerable.Range(0, paths.Count), i => Assert.NotSame(third[i], limited[i]));
    }
}

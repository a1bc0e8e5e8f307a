using System;
using System.IO;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Specs;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The closed file model: one record per file kind, mapped to its word in the binder table only.</summary>
public class FileModelTests
{
    [Fact]
    public void Every_file_record_has_exactly_one_row_in_the_binder_table()
    {
        var records = typeof(PlanFileSpec).Assembly.GetTypes()
            .Where(t => typeof(PlanFileSpec).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        Assert.All(records, t => Assert.True(t.IsSealed, t.Name));
        Assert.Equal(records, PlanFileReader.Kinds.Select(k => k.Record).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(PlanFileReader.Kinds.Length, PlanFileReader.Kinds.Select(k => k.Word).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_kind_word_of_the_corpus_reads_to_its_record_which_matches_its_own_case_and_equals_a_second_reading()
    {
        var files = CorpusLoader.FindFiles(Repo.Corpus);
        var seen = PlanFileReader.Kinds.ToDictionary(k => k.Word, _ => 0);
        foreach (var path in files)
        {
            var text = File.ReadAllText(path);
            var first = PlanFileReader.Read(path, text).File;
            if (first is null)
            {
                continue;
            }

            var row = Assert.Single(PlanFileReader.Kinds, k => k.Record == first.GetType());
            Assert.Matches("(?m)^kind: \"?" + row.Word + "\"?$", text);
            seen[row.Word]++;
            PlanFileSpec Self(PlanFileSpec f) => f;
            Assert.Same(first, first.Match(Self, Self, Self, Self, Self, Self, Self, Self));

            // Value equality (not reference) is what the generator's incremental caching relies on.
            var second = PlanFileReader.Read(path, text).File;
            Assert.NotSame(first, second);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second!.GetHashCode());
        }

        Assert.All(seen, kv => Assert.True(kv.Value > 0, $"no file of kind '{kv.Key}' in the corpus"));
    }

    [Fact]
    public void An_unknown_kind_lists_the_words_of_the_binder_table()
    {
        var result = PlanFileReader.Read("x.yaml", "kind: tables\n");
        Assert.Null(result.File);
        var d = Assert.Single(result.Diagnostics, d => d.Message.Contains("unknown kind 'tables'", StringComparison.Ordinal));
        foreach (var k in PlanFileReader.Kinds)
        {
            Assert.Contains(k.Word, d.Message, StringComparison.Ordinal);
        }
    }
}

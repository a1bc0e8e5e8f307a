using System.IO;
using System.Linq;
using System.Threading;
using PlanModel.Build;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Specs;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The validation task's reads kept in a reused MSBuild node (<see cref="KeptReads"/>, one per node): an unchanged file is not parsed
/// again, an edited one is, and what is returned always equals a fresh read. ValidationCacheFileTests runs the task
/// through them after each of a series of edits and compares with a validation that reads afresh.
/// </summary>
public class KeptReadsTests
{
    [Fact]
    public void A_second_build_reuses_the_unchanged_files_and_reads_the_edited_one_again()
    {
        var kept = new KeptReads();
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var paths = Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Select(Path.GetFullPath).OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        var first = kept.ReadAll(paths, CancellationToken.None);
        var second = kept.ReadAll(paths, CancellationToken.None);
        Assert.All(Enumerable.Range(0, paths.Count), i => Assert.Same(first[i], second[i]));

        var edited = paths.First(p => File.ReadAllText(p).Contains("note:", System.StringComparison.Ordinal));
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("note: ", "note: Edited. ", System.StringComparison.Ordinal));
        var third = kept.ReadAll(paths, CancellationToken.None);
        var fresh = CorpusLoader.ReadAll(paths);
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths[i] == edited)
            {
                Assert.NotSame(second[i], third[i]);
            }
            else
            {
                Assert.Same(second[i], third[i]);
            }

            Assert.Equal(fresh[i], third[i]);
        }
    }

    [Fact]
    public void Only_the_last_corpora_are_kept()
    {
        var kept = new KeptReads();
        var paths = Enumerable.Range(0, KeptReads.Corpora + 1)
            .Select(_ => Directory.EnumerateFiles(Repo.CopyToTemp(Repo.Fixture("mini")), "*.yaml", SearchOption.AllDirectories).Select(Path.GetFullPath).OrderBy(p => p, System.StringComparer.Ordinal).ToList())
            .ToList();
        var firstReads = paths.Select(p => kept.ReadAll(p, CancellationToken.None)).ToList();

        // The first corpus was dropped (read again: new objects); the last is still kept.
        Assert.NotSame(firstReads[0][0], kept.ReadAll(paths[0], CancellationToken.None)[0]);
        Assert.Same(firstReads[^1][0], kept.ReadAll(paths[^1], CancellationToken.None)[0]);
    }
}

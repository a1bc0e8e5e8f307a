using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PlanModel.Cli.Diff;

namespace PlanModel.Cli;

/// <summary><c>plan changelog &lt;from&gt; [&lt;to&gt;] [--write CHANGELOG.md]</c>: the data changelog section of a change.</summary>
internal static class ChangelogCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var positional = new List<string>();
        var corpus = "plans-yaml";
        string? write = null;
        string? version = null;
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{a} needs a value");
            switch (a)
            {
                case "--corpus":
                    corpus = Next();
                    break;
                case "--write":
                    write = Next();
                    break;
                case "--version":
                    version = Next();
                    break;
                default:
                    if (a.StartsWith("-", StringComparison.Ordinal))
                    {
                        throw new CliUsageException($"unknown option '{a}' for changelog");
                    }

                    positional.Add(a);
                    break;
            }
        }

        if (positional.Count is 0 or > 2)
        {
            throw new CliUsageException("changelog needs <from> and an optional <to> (a corpus folder or a git revision)");
        }

        try
        {
            using var from = CorpusSide.Open("from", positional[0], corpus);
            using var to = CorpusSide.Open("to", positional.Count > 1 ? positional[1] : corpus, corpus);
            var report = CorpusDiff.Compare(from, to);
            version ??= to.DataVersion ?? throw new CliUsageException("no data version found for 'to'; pass --version");
            var section = Changelog.Section(report, version);
            if (write is null)
            {
                stdout.Write(section);
                return 0;
            }

            var existing = File.Exists(write) ? File.ReadAllText(write) : null;
            AtomicFile.Write(write, new UTF8Encoding(false).GetBytes(Changelog.Insert(existing, section, version)));
            stdout.WriteLine($"wrote {write}: {Changelog.Heading(version)} ({report.Changes.Count} change(s))");
            return 0;
        }
        catch (DiffSideException ex)
        {
            stderr.WriteLine("plan changelog: " + ex.Message);
            return 2;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;

namespace PlanModel.Cli;

/// <summary>The arguments of <c>plan diff</c>.</summary>
internal static class DiffArguments
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var positional = new List<string>();
        string corpus = "plans-yaml";
        string format = "markdown";
        string? output = null;
        var check = false;
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{a} needs a value");
            switch (a)
            {
                case "--corpus":
                    corpus = Next();
                    break;
                case "--format" or "-f":
                    format = Next().ToLowerInvariant();
                    break;
                case "--output" or "-o":
                    output = Next();
                    break;
                case "--check-version":
                    check = true;
                    break;
                default:
                    if (a.StartsWith("-", StringComparison.Ordinal))
                    {
                        throw new CliUsageException($"unknown option '{a}' for diff");
                    }

                    positional.Add(a);
                    break;
            }
        }

        if (positional.Count is 0 or > 2)
        {
            throw new CliUsageException("diff needs <base> and an optional <head> (a corpus folder or a git revision)");
        }

        return DiffCommand.Run(positional[0], positional.Count > 1 ? positional[1] : null, corpus, format, output, check, stdout, stderr);
    }
}

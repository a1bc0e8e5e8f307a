using System;
using System.Collections.Generic;

namespace PlanModel.Cli;

/// <summary>A usage error.</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the error.</summary>
    public CliUsageException(string message) : base(message)
    {
    }
}

/// <summary>Parsed command-line options.</summary>
public sealed class CliOptions
{
    /// <summary>The corpus path.</summary>
    public string Path { get; private set; } = "plans-yaml";

    /// <summary>--format.</summary>
    public string? Format { get; private set; }

    /// <summary>--output.</summary>
    public string? Output { get; private set; }

    /// <summary>--severity.</summary>
    public string? Severity { get; private set; }

    /// <summary>--warnaserror.</summary>
    public bool WarningsAsErrors { get; private set; }

    /// <summary>Parses options after the command word.</summary>
    public static CliOptions Parse(string[] args, int start)
    {
        var o = new CliOptions();
        var positional = new List<string>();
        for (var i = start; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{a} needs a value");
            switch (a)
            {
                case "--format" or "-f":
                    o.Format = Next();
                    break;
                case "--output" or "-o":
                    o.Output = Next();
                    break;
                case "--severity":
                    o.Severity = Next();
                    break;
                case "--warnaserror":
                    o.WarningsAsErrors = true;
                    break;
                default:
                    if (a.StartsWith("-", StringComparison.Ordinal))
                    {
                        throw new CliUsageException($"unknown option '{a}'");
                    }

                    positional.Add(a);
                    break;
            }
        }

        if (positional.Count > 1)
        {
            throw new CliUsageException("give one corpus path");
        }

        if (positional.Count == 1)
        {
            o.Path = positional[0];
        }

        return o;
    }
}

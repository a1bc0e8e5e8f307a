using System;
using System.Diagnostics;
using System.IO;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The JSON Schema editors use must agree with the corpus and with the C# rules (build/check-schema.py: every file
/// against the schema, the modeline, enums against the sources; docs/rules.md: RuleCatalogueTests). Skipped where Python's jsonschema
/// and PyYAML are missing; .ci/run installs them.
/// </summary>
public class SchemaTests
{
    [SchemaFact]
    public void The_schema_accepts_the_corpus_and_agrees_with_the_rules()
    {
        var (code, output) = SchemaCheck.Run(Repo.Corpus);
        Assert.True(code == 0, output);
        Assert.Contains(" 0 finding(s)", output, StringComparison.Ordinal);
    }

    [SchemaFact]
    public void The_schema_rejects_an_unknown_key_and_a_bad_enum_on_their_lines()
    {
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var file = Path.Combine(dir, "cq-14fyp", "table-02-main.yaml");
        var line = Validation.Replace(file, "role: \"baseline\"", "role: \"goal\"");
        Validation.Replace(file, "attributeColumn: true", "attributeColumns: true");
        var (code, output) = SchemaCheck.Run(dir);
        Assert.Equal(1, code);
        Assert.Contains("table-02-main.yaml(" + line + ")", output, StringComparison.Ordinal);
        Assert.Contains("attributeColumns", output, StringComparison.Ordinal);
    }
}

/// <summary>Skips a test when python3 with jsonschema and yaml is not available.</summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        if (!SchemaCheck.Available)
        {
            Skip = "python3 with the modules jsonschema and yaml is not installed (apt-get install python3-jsonschema python3-yaml; .ci/run does)";
        }
    }
}

/// <summary>Runs build/check-schema.py.</summary>
public static class SchemaCheck
{
    private static readonly Lazy<bool> AvailableLazy = new(() => Python("-c \"import jsonschema, yaml\"").Code == 0);

    /// <summary>True when the checker can run.</summary>
    public static bool Available => AvailableLazy.Value;

    /// <summary>Checks a corpus directory; returns the exit code and everything printed.</summary>
    public static (int Code, string Output) Run(string corpus) =>
        Python("\"" + Path.Combine(Repo.Root, "build", "check-schema.py") + "\" \"" + corpus + "\"");

    private static (int Code, string Output) Python(string arguments)
    {
        try
        {
            var psi = new ProcessStartInfo("python3", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(true);
                return (-1, "check-schema timed out");
            }

            return (p.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "python3 could not be started: " + ex.Message);
        }
    }
}

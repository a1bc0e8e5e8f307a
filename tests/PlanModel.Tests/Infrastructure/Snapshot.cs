using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace PlanModel.Tests.Infrastructure;

/// <summary>
/// A small snapshot helper following Verify's conventions: <c>Snapshots/{Class}.{Test}#{name}.verified.{ext}</c>;
/// on a mismatch a <c>.received.</c> twin is written and the test fails. Set PLANMODEL_AUTOVERIFY=1 to accept
/// (never set in CI, so CI cannot bless a change).
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "cs", [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
    {
        // PathMap turns the repository root into "/_/"; map it back so snapshots live beside the tests.
        if (callerFile.StartsWith("/_/", StringComparison.Ordinal))
        {
            callerFile = Path.Combine(Repo.Root, callerFile.Substring(3));
        }

        var dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var cls = Path.GetFileNameWithoutExtension(callerFile);
        var stem = $"{cls}.{test}#{name}";
        var verified = Path.Combine(dir, stem + ".verified." + extension);
        var received = Path.Combine(dir, stem + ".received." + extension);
        var normalized = Normalize(actual);
        var accept = Environment.GetEnvironmentVariable("PLANMODEL_AUTOVERIFY") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(dir);
        if (accept)
        {
            File.WriteAllText(verified, normalized, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(received, normalized, new UTF8Encoding(false));
        throw new XunitException(File.Exists(verified)
            ? $"Snapshot mismatch: compare {received} with {verified}; accept with PLANMODEL_AUTOVERIFY=1."
            : $"No snapshot yet: review {received} and accept with PLANMODEL_AUTOVERIFY=1.");
    }

    private static string Normalize(string s) => s.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}

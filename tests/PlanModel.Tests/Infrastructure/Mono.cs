using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace PlanModel.Tests.Infrastructure;

/// <summary>A fact that needs Mono, the .NET Framework runtime Linux has: skipped, with the reason, when it is not
/// installed (<c>.ci/run</c> installs Debian's <c>mono-complete</c>).</summary>
public sealed class MonoFactAttribute : FactAttribute
{
    public MonoFactAttribute()
    {
        if (Mono.Executable is null)
        {
            Skip = "mono not installed: no mono on PATH (install it with `apt-get install -y mono-complete`; .ci/run does)";
        }
    }
}

/// <summary>Runs a .NET Framework program on Mono with captured output and a time limit.</summary>
public static class Mono
{
    private static readonly Lazy<string?> ExecutableLazy = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "mono"))
            .FirstOrDefault(File.Exists));

    /// <summary>The mono binary, or <see langword="null"/> when none is installed.</summary>
    public static string? Executable => ExecutableLazy.Value;

    public static (int ExitCode, string Output) Run(string program, int timeoutSeconds, params string[] arguments)
    {
        var psi = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("mono not installed"));
        psi.ArgumentList.Add(program);
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        return Processes.Run(psi, timeoutSeconds, "mono " + program);
    }
}

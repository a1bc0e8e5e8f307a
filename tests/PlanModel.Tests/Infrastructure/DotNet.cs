using System;
using System.Diagnostics;
using System.Text;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI for end-to-end tests, with output captured and a time limit.</summary>
public static class DotNet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string arguments, int timeoutSeconds = 300, params (string Key, string Value)[] environment)
    {
        var psi = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (k, v) in environment)
        {
            psi.Environment[k] = v;
        }

        var output = new StringBuilder();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in {timeoutSeconds}s:\n{output}");
        }

        p.WaitForExit();
        return (p.ExitCode, output.ToString());
    }
}

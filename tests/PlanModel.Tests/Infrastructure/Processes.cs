using System;
using System.Diagnostics;
using System.Text;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Runs a process with stdout and stderr captured together and a time limit (dotnet, mono …).</summary>
public static class Processes
{
    public static (int ExitCode, string Output) Run(ProcessStartInfo psi, int timeoutSeconds, string what)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
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
            throw new TimeoutException($"{what} did not finish in {timeoutSeconds}s:\n{output}");
        }

        p.WaitForExit();
        return (p.ExitCode, output.ToString());
    }
}

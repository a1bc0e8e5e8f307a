using System;
using System.Diagnostics;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI for end-to-end tests, with output captured and a time limit.</summary>
public static class DotNet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string arguments, int timeoutSeconds = 300, params (string Key, string Value)[] environment)
    {
        var psi = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
        };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (k, v) in environment)
        {
            psi.Environment[k] = v;
        }

        return Processes.Run(psi, timeoutSeconds, "dotnet " + arguments);
    }
}

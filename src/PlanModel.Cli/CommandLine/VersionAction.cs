using System.CommandLine.Invocation;
using System.Reflection;

namespace PlanModel.Cli.CommandLine;

/// <summary><c>plan --version</c>: the version of this tool's assembly (not of whatever process hosts it).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>Like help, <c>--version</c> answers even when the rest of the line would not parse.</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>The informational version (the package version), else the assembly version.</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(VersionAction).Assembly;
            return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
        }
    }

    /// <inheritdoc />
    public override int Invoke(System.CommandLine.ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Ok;
    }
}

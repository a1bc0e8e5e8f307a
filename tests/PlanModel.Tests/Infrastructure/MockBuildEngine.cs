using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Captures what a task logs (after dotnet/sourcelink's MockEngine).</summary>
public sealed class MockBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
}

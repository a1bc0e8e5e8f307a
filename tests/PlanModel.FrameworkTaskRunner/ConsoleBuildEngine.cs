using System;
using System.Collections;
using Microsoft.Build.Framework;

namespace PlanModel.FrameworkTaskRunner;

/// <summary>Prints what the task logs in MSBuild's canonical <c>file(line,col): error CODE: message</c> form.</summary>
public sealed class ConsoleBuildEngine : IBuildEngine
{
    /// <summary>Errors logged so far.</summary>
    public int Errors { get; private set; }

    /// <inheritdoc />
    public bool ContinueOnError => false;

    /// <inheritdoc />
    public int LineNumberOfTaskNode => 0;

    /// <inheritdoc />
    public int ColumnNumberOfTaskNode => 0;

    /// <inheritdoc />
    public string ProjectFileOfTaskNode => "runner.proj";

    /// <inheritdoc />
    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    /// <inheritdoc />
    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    /// <inheritdoc />
    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        Errors++;
        Console.WriteLine($"{e.File}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}");
    }

    /// <inheritdoc />
    public void LogMessageEvent(BuildMessageEventArgs e) => Console.WriteLine("message: " + e.Message);

    /// <inheritdoc />
    public void LogWarningEvent(BuildWarningEventArgs e) => Console.WriteLine($"{e.File}({e.LineNumber},{e.ColumnNumber}): warning {e.Code}: {e.Message}");
}

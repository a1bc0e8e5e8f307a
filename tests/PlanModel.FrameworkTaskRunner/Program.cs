using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PlanModel.FrameworkTaskRunner;

/// <summary>
/// Loads <c>PlanModel.Build.dll</c> the way .NET Framework MSBuild loads a UsingTask's AssemblyFile (Assembly.LoadFrom,
/// so its dependencies resolve from the task's own folder), runs ValidatePlans over a corpus and prints what it logged.
/// Usage: <c>runner TASK_DLL CORPUS_DIR [--cancel]</c>; exit code 0 when Execute returned true.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: runner TASK_DLL CORPUS_DIR [--cancel]");
            return 2;
        }

        var assembly = Assembly.LoadFrom(Path.GetFullPath(args[0]));
        var type = assembly.GetType("PlanModel.Build.ValidatePlans", throwOnError: true)!;
        var task = (ITask)Activator.CreateInstance(type)!;
        var engine = new ConsoleBuildEngine();
        task.BuildEngine = engine;
        type.GetProperty("Files")!.SetValue(task, Directory.EnumerateFiles(args[1], "*.yaml", SearchOption.AllDirectories)
            .Select(f => (ITaskItem)new TaskItem(f)).ToArray());
        if (args.Contains("--cancel"))
        {
            // What MSBuild does when the user cancels a build: ICancelableTask.Cancel, here before Execute.
            ((ICancelableTask)task).Cancel();
        }

        var ok = task.Execute();
        Console.WriteLine("runtime: " + (Type.GetType("Mono.Runtime") is null ? ".NET Framework " : "Mono ") + Environment.Version);
        foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.GetName().Name is { } n
            && (n.StartsWith("PlanModel", StringComparison.Ordinal) || n == "YamlDotNet") && n != typeof(Program).Assembly.GetName().Name))
        {
            Console.WriteLine($"loaded: {loaded.GetName().Name} {loaded.Location}");
        }

        Console.WriteLine($"execute: {ok} errors: {engine.Errors}");
        return ok ? 0 : 1;
    }
}

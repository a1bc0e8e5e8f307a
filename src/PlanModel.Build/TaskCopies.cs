using System;
using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Sources;

namespace PlanModel.Build;

/// <summary>
/// The stamped copies of the task (PlanModelTaskCopy=true: obj/planmodel-task/&lt;stamp&gt;/, one per task build, about
/// 1.5 MB each): the ones beside the copy in use are left over from earlier task builds and are removed. Best effort:
/// a copy a reused MSBuild node still holds loaded cannot be deleted on Windows, and stays for a later build.
/// </summary>
internal static class TaskCopies
{
    /// <summary>The file that marks a folder as a copy of the task: nothing else beside the copy in use is touched.</summary>
    internal const string Marker = "PlanModel.Build.dll";

    /// <summary>Removes the task copies beside <paramref name="current"/> (the copy in use); returns the folders it
    /// removed and those it could not. Never throws.</summary>
    internal static (List<string> Removed, List<string> Left) RemoveOthers(string current)
    {
        var removed = new List<string>();
        var left = new List<string>();
        try
        {
            var self = Path.GetFullPath(current).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var parent = Path.GetDirectoryName(self);
            if (string.IsNullOrEmpty(parent) || !Directory.Exists(parent))
            {
                return (removed, left);
            }

            foreach (var folder in Directory.GetDirectories(parent!))
            {
                if (string.Equals(Path.GetFullPath(folder), self, StringComparison.Ordinal)
                    || FileSystemLinks.IsLink(folder) || !File.Exists(Path.Combine(folder, Marker)))
                {
                    continue;
                }

                try
                {
                    Directory.Delete(folder, recursive: true);
                    removed.Add(folder);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    left.Add(folder);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Listing failed: nothing removed, the build goes on.
        }

        return (removed, left);
    }
}

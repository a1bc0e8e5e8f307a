using System;
using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Sources;

namespace PlanModel.Build;

/// <summary>
/// The stamped copies of the task (PlanModelTaskCopy=true: obj/planmodel-task/&lt;stamp&gt;/, one per task build, about
/// 1.5 MB each): the ones beside the copy in use are left over from earlier task builds and are removed. Best effort:
/// a copy a reused MSBuild node still holds loaded cannot be deleted on Windows, and stays for a later build.
/// obj/planmodel-task is shared by every configuration: a build in another configuration may have just copied (or
/// be about to load from) another copy, so only copies untouched for <see cref="MinimumAge"/> are removed, and the
/// copy in use is touched first, so a concurrent build leaves it alone.
/// </summary>
internal static class TaskCopies
{
    /// <summary>The file that marks a folder as a copy of the task: nothing else beside the copy in use is touched.</summary>
    internal const string Marker = "PlanModel.Build.dll";

    /// <summary>The folder that holds the copies, each named by its stamp (a number).</summary>
    internal const string Folder = "planmodel-task";

    /// <summary>How long a copy's folder must be unwritten before it is removed: longer than any build's window
    /// between copying the task and loading its last assembly.</summary>
    internal static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(10);

    /// <summary>Removes the task copies beside <paramref name="current"/> (the copy in use, in obj/planmodel-task/)
    /// whose folders were last written before <paramref name="nowUtc"/> minus <see cref="MinimumAge"/>; returns the
    /// folders it removed and those it could not. Never throws.</summary>
    internal static (List<string> Removed, List<string> Left) RemoveOthers(string current, DateTime nowUtc)
    {
        var removed = new List<string>();
        var left = new List<string>();
        try
        {
            var self = Path.GetFullPath(current).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var parent = Path.GetDirectoryName(self);
            if (string.IsNullOrEmpty(parent) || !Directory.Exists(parent) || !Directory.Exists(self)
                || !string.Equals(Path.GetFileName(parent), Folder, StringComparison.Ordinal) || !IsStamp(Path.GetFileName(self)))
            {
                return (removed, left);
            }

            Directory.SetLastWriteTimeUtc(self, nowUtc);
            foreach (var folder in Directory.GetDirectories(parent!))
            {
                if (string.Equals(Path.GetFullPath(folder), self, StringComparison.Ordinal) || !IsStamp(Path.GetFileName(folder))
                    || FileSystemLinks.IsLink(folder) || !File.Exists(Path.Combine(folder, Marker))
                    || Directory.GetLastWriteTimeUtc(folder) > nowUtc - MinimumAge)
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

    /// <summary>A stamp: <c>StableStringHash</c>'s number, maybe negative.</summary>
    private static bool IsStamp(string name)
    {
        var digits = name.StartsWith("-", StringComparison.Ordinal) ? name.Substring(1) : name;
        if (digits.Length == 0)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using System.IO;
using PlanModel.Build;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The stamped task copies in obj/planmodel-task/ (PlanModelTaskCopy=true): older ones are removed.</summary>
public class TaskCopiesTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_older_copies_beside_the_one_in_use_are_removed_and_nothing_else()
    {
        var root = Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"));
        var copies = Path.Combine(root, "obj", TaskCopies.Folder);
        var current = Copy(copies, "1234");
        var older = Copy(copies, "-5678");
        var oldest = Copy(copies, "42");
        var notACopy = Path.Combine(copies, "notes");
        Directory.CreateDirectory(notACopy);
        File.WriteAllText(Path.Combine(notACopy, "readme.txt"), "not a task copy");
        var notAStamp = Copy(copies, "12ab");
        var outside = Copy(root, "outside");
        var link = Path.Combine(copies, "99");
        Directory.CreateSymbolicLink(link, outside);

        var (removed, left) = TaskCopies.RemoveOthers(current + Path.DirectorySeparatorChar, Now);

        Assert.Equal(2, removed.Count);
        Assert.Empty(left);
        Assert.False(Directory.Exists(older));
        Assert.False(Directory.Exists(oldest));
        Assert.True(File.Exists(Path.Combine(current, TaskCopies.Marker)));
        Assert.Equal(Now, Directory.GetLastWriteTimeUtc(current));
        Assert.True(File.Exists(Path.Combine(notACopy, "readme.txt")));
        Assert.True(File.Exists(Path.Combine(notAStamp, TaskCopies.Marker)));
        Assert.True(File.Exists(Path.Combine(link, TaskCopies.Marker)));
        Assert.True(File.Exists(Path.Combine(outside, TaskCopies.Marker)));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_copy_written_within_the_minimum_age_stays_for_a_concurrent_build_in_another_configuration()
    {
        var root = Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"));
        var copies = Path.Combine(root, "obj", TaskCopies.Folder);
        var current = Copy(copies, "1234");
        var recent = Copy(copies, "5678", Now - TaskCopies.MinimumAge + TimeSpan.FromSeconds(1));
        var old = Copy(copies, "42", Now - TaskCopies.MinimumAge - TimeSpan.FromSeconds(1));

        var (removed, left) = TaskCopies.RemoveOthers(current, Now);

        Assert.Equal(new[] { old }, removed);
        Assert.Empty(left);
        Assert.True(Directory.Exists(recent));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Copies_outside_a_planmodel_task_folder_or_beside_a_folder_not_named_by_a_stamp_are_left_alone()
    {
        var root = Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"));
        var other = Copy(Path.Combine(root, "elsewhere"), "5678");
        Assert.Empty(TaskCopies.RemoveOthers(Copy(Path.Combine(root, "elsewhere"), "1234"), Now).Removed);
        Assert.True(Directory.Exists(other));

        var copy = Copy(Path.Combine(root, TaskCopies.Folder), "5678");
        Assert.Empty(TaskCopies.RemoveOthers(Copy(Path.Combine(root, TaskCopies.Folder), "current"), Now).Removed);
        Assert.True(Directory.Exists(copy));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_missing_folder_removes_nothing_and_does_not_throw()
    {
        var (removed, left) = TaskCopies.RemoveOthers(Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"), TaskCopies.Folder, "1234"), Now);
        Assert.Empty(removed);
        Assert.Empty(left);
    }

    [Fact]
    public void The_task_removes_copies_only_beside_the_folder_it_was_loaded_from()
    {
        // The test's task is loaded from the test's output folder, not from the folder named: nothing is removed.
        var root = Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"));
        var current = Copy(root, "1234");
        var older = Copy(root, "5678");
        var task = new ValidatePlans { BuildEngine = new MockBuildEngine(), TaskCopy = current };
        task.Execute();
        Assert.True(Directory.Exists(older));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>A copy last written at <paramref name="writtenUtc"/> (an hour before <see cref="Now"/> unless given).</summary>
    private static string Copy(string parent, string stamp, DateTime? writtenUtc = null)
    {
        var folder = Path.Combine(parent, stamp);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, TaskCopies.Marker), "dll");
        File.WriteAllText(Path.Combine(folder, "sub", "x.deps.json"), "{}");
        Directory.SetLastWriteTimeUtc(folder, writtenUtc ?? Now.AddHours(-1));
        return folder;
    }
}

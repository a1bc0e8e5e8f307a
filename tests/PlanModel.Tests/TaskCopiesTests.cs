using System;
using System.IO;
using PlanModel.Build;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The stamped task copies in obj/planmodel-task/ (PlanModelTaskCopy=true): older ones are removed.</summary>
public class TaskCopiesTests
{
    [Fact]
    public void The_older_copies_beside_the_one_in_use_are_removed_and_nothing_else()
    {
        var root = Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"));
        var copies = Path.Combine(root, "obj", "planmodel-task");
        var current = Copy(copies, "1234");
        var older = Copy(copies, "-5678");
        var oldest = Copy(copies, "42");
        var notACopy = Path.Combine(copies, "notes");
        Directory.CreateDirectory(notACopy);
        File.WriteAllText(Path.Combine(notACopy, "readme.txt"), "not a task copy");
        var outside = Copy(root, "outside");
        var link = Path.Combine(copies, "link");
        Directory.CreateSymbolicLink(link, outside);

        var (removed, left) = TaskCopies.RemoveOthers(current + Path.DirectorySeparatorChar);

        Assert.Equal(2, removed.Count);
        Assert.Empty(left);
        Assert.False(Directory.Exists(older));
        Assert.False(Directory.Exists(oldest));
        Assert.True(File.Exists(Path.Combine(current, TaskCopies.Marker)));
        Assert.True(File.Exists(Path.Combine(notACopy, "readme.txt")));
        Assert.True(File.Exists(Path.Combine(link, TaskCopies.Marker)));
        Assert.True(File.Exists(Path.Combine(outside, TaskCopies.Marker)));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_missing_folder_removes_nothing_and_does_not_throw()
    {
        var (removed, left) = TaskCopies.RemoveOthers(Path.Combine(Path.GetTempPath(), "planmodel-task-copies", Guid.NewGuid().ToString("N"), "1234"));
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

    private static string Copy(string parent, string stamp)
    {
        var folder = Path.Combine(parent, stamp);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, TaskCopies.Marker), "dll");
        File.WriteAllText(Path.Combine(folder, "sub", "x.deps.json"), "{}");
        return folder;
    }
}

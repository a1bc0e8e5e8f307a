using System.IO;
using System.Linq;
using Microsoft.Build.Utilities;
using PlanModel.Build;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

public class TaskTests
{
    private static (ValidatePlans Task, MockBuildEngine Engine) Create(string dir, string? severity = null)
    {
        var engine = new MockBuildEngine();
        var task = new ValidatePlans
        {
            BuildEngine = engine,
            Files = Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Select(f => (Microsoft.Build.Framework.ITaskItem)new TaskItem(f)).ToArray(),
            RuleSeverity = severity,
        };
        return (task, engine);
    }

    [Fact]
    public void A_clean_corpus_passes()
    {
        var (task, engine) = Create(Repo.CopyToTemp(Repo.Fixture("mini")));
        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Equal(0, task.ErrorCount);
    }

    [Fact]
    public void Errors_carry_file_line_column_and_code()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var file = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(file, "{raw: \"3.9\"", "{raw: \"3.8\"");
        var (task, engine) = Create(dir);
        Assert.False(task.Execute());
        var e = Assert.Single(engine.Errors);
        Assert.Equal("PLAN304", e.Code);
        Assert.Equal(file, e.File);
        Assert.Equal(line, e.LineNumber);
        Assert.True(e.ColumnNumber > 0);
    }

    [Fact]
    public void A_warning_can_be_made_an_error_by_property()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "document.yaml"), "boxes: []", "boxes:\n  - {box: 2, status: pending, title: {zh: 重大交通项目, en: x}, reason: later}");
        File.Delete(Path.Combine(dir, "demo-plan", "box-02.yaml"));
        var (lenient, e1) = Create(dir);
        Assert.True(lenient.Execute());
        Assert.Single(e1.Warnings, w => w.Code == "PLAN402");
        var (strict, e2) = Create(dir, "PLAN402=error");
        Assert.False(strict.Execute());
        Assert.Single(e2.Errors, w => w.Code == "PLAN402");
    }

    [Fact]
    public void Unreadable_input_is_reported_not_thrown()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        File.WriteAllBytes(Path.Combine(dir, "demo-plan", "outline.yaml"), new byte[] { 0x6B, 0x69, 0xFF, 0xFE, 0x00, 0x3A });
        var (task, engine) = Create(dir);
        Assert.False(task.Execute());
        Assert.Contains(engine.Errors, e => e.Code == "PLAN004" && e.LineNumber == 1);
    }
}

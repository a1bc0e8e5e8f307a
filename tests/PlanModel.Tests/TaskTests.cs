using System;
using System.Collections;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
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
    public void Validation_writes_the_same_data_file_as_WritePlanData_and_none_on_an_error()
    {
        // A build that embeds the data reads the corpus once: the validation writes the file WritePlanData would.
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var (task, _) = Create(dir);
        task.DataFile = Path.Combine(dir, "out", "validated.plandata");
        task.DataVersion = "1.2.3";
        Assert.True(task.Execute());
        var writer = new WritePlanData { BuildEngine = new MockBuildEngine(), Files = task.Files, DataVersion = "1.2.3", OutputFile = Path.Combine(dir, "out", "written.plandata") };
        Assert.True(writer.Execute());
        Assert.Equal(File.ReadAllBytes(writer.OutputFile), File.ReadAllBytes(task.DataFile));
        Assert.Equal("1.2.3", PlanCorpus.Load(task.DataFile).DataVersion.Version);

        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "{raw: \"3.9\"", "{raw: \"3.8\"");
        var (failing, _) = Create(dir);
        failing.DataFile = Path.Combine(dir, "out", "not-written.plandata");
        Assert.False(failing.Execute());
        Assert.False(File.Exists(failing.DataFile));
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

    [Fact]
    public void Cancel_before_execute_returns_false_with_a_message_and_reports_nothing()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "{raw: \"3.9\"", "{raw: \"3.8\"");
        var (task, engine) = Create(dir);
        Assert.IsAssignableFrom<ICancelableTask>(task);
        task.Cancel();
        Assert.False(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Equal(0, task.ErrorCount);
        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High && m.Message!.Contains("validation canceled", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancel_while_execute_collects_the_files_stops_it_there()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "{raw: \"3.9\"", "{raw: \"3.8\"");
        var (task, engine) = Create(dir);
        var total = task.Files.Length;

        // MSBuild calls Cancel from another thread while Execute runs; here the third item asks, at a known point.
        task.Files = task.Files.Select((item, i) => i == 2 ? new CancelingItem(item, task) : item).ToArray();
        Assert.False(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Contains(engine.Messages, m => m.Message == $"PlanModel: validation canceled while collecting files (3 of {total}); nothing was reported");
        Assert.DoesNotContain(engine.Messages, m => m.Message!.StartsWith("PlanModel: validated", StringComparison.Ordinal));
    }

    /// <summary>A task item that cancels the task when the task reads its path.</summary>
    private sealed class CancelingItem : ITaskItem
    {
        private readonly ITaskItem _inner;
        private readonly ICancelableTask _task;

        public CancelingItem(ITaskItem inner, ICancelableTask task) => (_inner, _task) = (inner, task);

        public string ItemSpec { get => _inner.ItemSpec; set => _inner.ItemSpec = value; }

        public ICollection MetadataNames => _inner.MetadataNames;

        public int MetadataCount => _inner.MetadataCount;

        public string GetMetadata(string metadataName)
        {
            _task.Cancel();
            return _inner.GetMetadata(metadataName);
        }

        public void SetMetadata(string metadataName, string metadataValue) => _inner.SetMetadata(metadataName, metadataValue);

        public void RemoveMetadata(string metadataName) => _inner.RemoveMetadata(metadataName);

        public void CopyMetadataTo(ITaskItem destinationItem) => _inner.CopyMetadataTo(destinationItem);

        public IDictionary CloneCustomMetadata() => _inner.CloneCustomMetadata();
    }
}

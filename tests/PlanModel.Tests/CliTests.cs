using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Validate_prints_canonical_errors_and_exits_1()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var file = Path.Combine(dir, "demo-plan", "targets.yaml");
        Validation.Replace(file, "raw: 6%左右", "raw: 7%左右");
        var (code, stdout, _) = Run("validate", dir);
        Assert.Equal(1, code);
        Assert.Matches(@"targets\.yaml\(\d+,\d+\): error PLAN305: ", stdout);
    }

    [Fact]
    public void Validate_a_clean_corpus_exits_0()
    {
        var (code, stdout, _) = Run("validate", Repo.Fixture("mini"));
        Assert.Equal(0, code);
        Assert.Contains("0 error(s), 0 warning(s)", stdout);
    }

    [Fact]
    public void Export_json_carries_raw_text_interpretation_and_citation_with_offset()
    {
        var output = Path.Combine(Repo.CopyToTemp(Repo.Fixture("mini")), "out", "export.json");
        var (code, _, err) = Run("export", Repo.Fixture("mini"), "--format", "json", "--output", output);
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var demo = doc.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "demo-14fyp");
        var value = demo.GetProperty("tables")[0].GetProperty("rows")[0].GetProperty("values")[1];
        Assert.Equal("6左右*", value.GetProperty("raw").GetString());
        Assert.Equal("Approximately", value.GetProperty("qualifier").GetString());
        Assert.Equal(6m, value.GetProperty("value").GetDecimal());
        Assert.Equal("PlanPeriodAverage", value.GetProperty("measure").GetString());
        Assert.Equal(16, value.GetProperty("citation").GetProperty("line").GetInt32());
        Assert.Equal(1, value.GetProperty("citation").GetProperty("offset").GetInt32());
    }

    [Fact]
    public void Export_is_byte_identical_across_runs_and_cultures()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var a = Path.Combine(dir, "a.csv");
        var b = Path.Combine(dir, "b.csv");
        Assert.Equal(0, Run("export", Repo.Fixture("mini"), "--format", "csv", "-o", a).Code);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(0, Run("export", Repo.Fixture("mini"), "--format", "csv", "-o", b).Code);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Contains("demo-14fyp,five-year-plan,990000", File.ReadAllText(a));
    }

    [Fact]
    public void Export_refuses_a_corpus_with_errors_and_writes_nothing()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        Validation.Replace(Path.Combine(dir, "demo-plan", "table-01.yaml"), "{raw: \"40\"", "{raw: \"41\"");
        var output = Path.Combine(dir, "export.json");
        var (code, _, err) = Run("export", dir, "--format", "json", "-o", output);
        Assert.Equal(1, code);
        Assert.Contains("PLAN304", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("frobnicate").Code);
        Assert.Equal(2, Run("export", Repo.Fixture("mini"), "--format", "xml").Code);
    }

    [Fact]
    public void The_json_export_keeps_a_targets_horizon_in_order()
    {
        var (code, json, err) = Run("export", Repo.Fixture("mini"), "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(json);
        var target = doc.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("targets").EnumerateArray())
            .Single(t => t.GetProperty("id").GetString() == "grp-growth-2025");
        Assert.Equal(2021, target.GetProperty("horizon").GetProperty("from").GetInt32());
        Assert.Equal(2025, target.GetProperty("horizon").GetProperty("to").GetInt32());
    }
}

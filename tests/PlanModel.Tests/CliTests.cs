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
        Assert.Equal("2.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal("approximately", value.GetProperty("qualifier").GetString());
        Assert.Equal(6m, value.GetProperty("value").GetDecimal());
        Assert.Equal("plan-period-average", value.GetProperty("measure").GetString());
        Assert.Equal("target", value.GetProperty("role").GetString());
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

    [Fact]
    public void The_sqlite_export_answers_real_sql_queries_with_raw_text_reading_and_citation()
    {
        var db = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"), "corpus.db");
        var (code, _, err) = Run("export", Repo.Corpus, "--format", "sqlite", "--output", db);
        Assert.True(code == 0, err);
        using var conn = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + db + ";Mode=ReadOnly;Pooling=False");
        conn.Open();

        string? One(string sql)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            return cmd.ExecuteScalar()?.ToString();
        }

        Assert.Equal("14", One("SELECT COUNT(*) FROM documents"));
        // The 2025 GRP growth target of Chongqing: raw text, reading, citation.
        Assert.Equal("6左右*|approximately|6.0|380", One("""
            SELECT v.raw || '|' || v.qualifier || '|' || printf('%.1f', v.value) || '|' || c.line
            FROM "values" v JOIN indicators i ON i.document_id = v.document_id AND i.key = v.indicator_key
            JOIN citations c ON c.id = v.citation_id
            WHERE v.document_id = 'cq-14fyp' AND i.catalogue_id = 'grp-growth' AND v.year = 2025 AND v.role = 'target'
            """));
        // Every 2021 GRP growth target of the work reports through the series view.
        Assert.True(int.Parse(One("SELECT COUNT(DISTINCT document_id) FROM series WHERE catalogue_id = 'grp-growth' AND year = 2021 AND role = 'expected'")!, System.Globalization.CultureInfo.InvariantCulture) >= 8);
        // Items, outline and catalogue are there, and no value lost its citation.
        Assert.NotEqual("0", One("SELECT COUNT(*) FROM projects WHERE status_raw IS NOT NULL"));
        Assert.NotEqual("0", One("SELECT COUNT(*) FROM outline WHERE parent_id IS NOT NULL"));
        Assert.Equal("percent", One("SELECT unit_id FROM catalogue_indicators WHERE id = 'grp-growth'"));
        Assert.Equal("0", One("SELECT COUNT(*) FROM \"values\" WHERE raw IS NOT NULL AND citation_id IS NULL"));
        // Names are the vocabulary words; 力争 and a multiple's base year are there as in the JSON.
        Assert.Equal("2", One("SELECT value FROM meta WHERE key = 'version'"));
        Assert.Equal("municipality", One("SELECT region_level FROM documents WHERE id = 'cq-14fyp'"));
        Assert.Equal("力争达到35万户|1", One("SELECT raw || '|' || aspiration FROM \"values\" WHERE target_id = 'market-entities-2025-striven'"));
        Assert.Equal("2020", One("SELECT base_year FROM targets WHERE id = 'economy-size-doubling-2035'"));
    }

    [Fact]
    public void The_csv_export_carries_the_aspiration_and_the_base_year_of_a_multiple()
    {
        var (code, csv, err) = Run("export", Repo.Corpus, "--format", "csv");
        Assert.True(code == 0, err);
        var rows = CsvRows(csv);
        var header = rows[0];
        string Cell(string rowKey, string column) =>
            rows.Single(r => r[header.IndexOf("container")] == "targets" && r[header.IndexOf("row_key")] == rowKey)[header.IndexOf(column)];

        Assert.Equal("true", Cell("market-entities-2025-striven", "aspiration"));
        Assert.Equal("", Cell("market-entities-2025-assured", "aspiration"));
        Assert.Equal("2020", Cell("economy-size-doubling-2035", "base_year"));
        Assert.Equal("target", Cell("economy-size-doubling-2035", "role"));
    }

    // RFC 4180 as the exporter writes it: quoted cells may hold commas, quotes (doubled) and line breaks.
    private static System.Collections.Generic.List<System.Collections.Generic.List<string>> CsvRows(string csv)
    {
        var rows = new System.Collections.Generic.List<System.Collections.Generic.List<string>>();
        var row = new System.Collections.Generic.List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',' || c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                if (c == '\n')
                {
                    rows.Add(row);
                    row = new System.Collections.Generic.List<string>();
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}

using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Json.Schema;
using PlanModel.Cli;
using PlanModel.Cli.Export;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using Xunit;
using Xunit.Sdk;

namespace PlanModel.Tests;

/// <summary>
/// docs/export.schema.json is generated from the export's records (<see cref="ExportSchema"/>) and the export
/// agrees with it. Regenerate after changing a record:
/// <c>PLANMODEL_AUTOVERIFY=1 dotnet test tests/PlanModel.Tests --filter FullyQualifiedName~ExportSchemaTests</c>.
/// </summary>
public class ExportSchemaTests
{
    private static readonly string DocPath = Path.Combine(Repo.Root, "docs", "export.schema.json");

    [Fact]
    public void The_documented_export_schema_is_the_one_generated_from_the_records()
    {
        var generated = ExportSchema.Text();
        var accept = Environment.GetEnvironmentVariable("PLANMODEL_AUTOVERIFY") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (accept)
        {
            File.WriteAllText(DocPath, generated, new UTF8Encoding(false));
        }

        if (File.ReadAllText(DocPath).Replace("\r\n", "\n") != generated)
        {
            throw new XunitException("docs/export.schema.json is stale: regenerate it with PLANMODEL_AUTOVERIFY=1 dotnet test tests/PlanModel.Tests --filter FullyQualifiedName~ExportSchemaTests");
        }
    }

    [Fact]
    public void The_export_of_the_corpus_and_of_the_fixture_validates_against_the_documented_schema()
    {
        foreach (var corpus in new[] { Repo.Corpus, Repo.Fixture("mini") })
        {
            var results = Evaluate(Export(corpus));
            Assert.True(results.IsValid, corpus + ": " + Errors(results));
        }
    }

    [Fact]
    public void An_enumeration_named_in_the_old_case_or_an_unknown_property_is_rejected()
    {
        var export = Export(Repo.Fixture("mini"));
        Assert.True(Evaluate(export).IsValid);
        Assert.Contains("\"qualifier\": \"approximately\"", export, StringComparison.Ordinal);
        Assert.False(Evaluate(export.Replace("\"qualifier\": \"approximately\"", "\"qualifier\": \"Approximately\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(export.Replace("\"measure\": \"plan-period-average\"", "\"measure\": \"PlanPeriodAverage\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(export.Replace("\"qualifier\": \"approximately\"", "\"qualifier\": \"approximately\", \"confidence\": 1", StringComparison.Ordinal)).IsValid);
    }

    [Fact]
    public void A_value_lost_by_the_extraction_keeps_raw_null_and_the_schema_requires_it()
    {
        var schema = JsonDocument.Parse(ExportSchema.Text()).RootElement;
        Assert.Equal("2.0", schema.GetProperty("properties").GetProperty("version").GetProperty("const").GetString());
        var json = JsonSerializer.Serialize(
            new ExportValue("y2025", 2025, ValueRole.Target, null, ValueQualifier.Missing, null, null, null, null, null, ValueMeasure.Unspecified, null, null, null, "lost"),
            ExportJsonContext.Default.ExportValue);
        Assert.Equal("""{"column":"y2025","year":2025,"role":"target","raw":null,"qualifier":"missing","measure":"unspecified","note":"lost"}""", json);
    }

    private static string Errors(EvaluationResults results) => string.Join("\n", System.Linq.Enumerable.Take(
        System.Linq.Enumerable.SelectMany(results.Details ?? new System.Collections.Generic.List<EvaluationResults>(), d =>
            System.Linq.Enumerable.Select(d.Errors ?? new System.Collections.Generic.Dictionary<string, string>(), e => d.InstanceLocation + ": " + e.Value)), 20));

    private static EvaluationResults Evaluate(string json) =>
        YamlSchemaCheck.Schema(DocPath).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Export(string corpus)
    {
        var session = CorpusSession.Open(corpus);
        using var ms = new MemoryStream();
        JsonExporter.Write(CorpusBuild.Of(session), ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}

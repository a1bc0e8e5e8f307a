using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Naming;
using PlanModel.Yaml.Specs;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The JSON Schema editors use (plans-yaml/schema/planmodel.schema.json) must agree with the corpus and with the C#
/// it describes: every file validates (JsonSchema.Net, in process), the schema's enums are the vocabulary tables'
/// words, its keywords and file kinds are the reader's (docs/rules.md against the rules: RuleCatalogueTests).
/// </summary>
public class SchemaTests
{
    private static readonly JsonObject YamlSchema = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Corpus, "schema", "planmodel.schema.json")))!;

    [Fact]
    public void The_schema_accepts_every_corpus_file()
    {
        Assert.Empty(YamlSchemaCheck.Run(Repo.Corpus));
    }

    [Fact]
    public void The_schema_rejects_an_unknown_key_and_a_bad_enum_on_their_lines()
    {
        var dir = Repo.CopyToTemp(Repo.Corpus);
        var file = Path.Combine(dir, "cq-14fyp", "table-02-main.yaml");
        var line = Validation.Replace(file, "role: \"baseline\"", "role: \"goal\"");
        var keyLine = Validation.Replace(file, "attributeColumn: true", "attributeColumns: true");
        var findings = YamlSchemaCheck.Run(dir);
        Assert.Contains(findings, f => f.StartsWith("cq-14fyp/table-02-main.yaml(" + line + "): schema: ", System.StringComparison.Ordinal) && f.Contains("/role", System.StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("cq-14fyp/table-02-main.yaml(" + keyLine + "): schema: ", System.StringComparison.Ordinal) && f.Contains("attributeColumns", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_check_rejects_a_file_without_its_modeline()
    {
        var dir = Repo.CopyToTemp(Path.Combine(Repo.Corpus, "schema"));
        Directory.CreateDirectory(Path.Combine(dir, "schema"));
        File.Move(Path.Combine(dir, "planmodel.schema.json"), Path.Combine(dir, "schema", "planmodel.schema.json"));
        var text = File.ReadAllText(Path.Combine(Repo.Corpus, "cq-14fyp", "document.yaml"));
        Directory.CreateDirectory(Path.Combine(dir, "cq-14fyp"));
        File.WriteAllText(Path.Combine(dir, "cq-14fyp", "document.yaml"), text.Substring(text.IndexOf('\n') + 1));
        var finding = Assert.Single(YamlSchemaCheck.Run(dir));
        Assert.Equal("cq-14fyp/document.yaml(1): schema: first line is not the modeline '# yaml-language-server: $schema=../schema/planmodel.schema.json'", finding);
    }

    [Theory]
    [InlineData("DocumentKinds", "/definitions/documentFile/properties/type")]
    [InlineData("RegionLevels", "/definitions/documentFile/properties/region/properties/level")]
    [InlineData("Roles", "/definitions/column/properties/role", "/definitions/target/properties/role")]
    [InlineData("Measures", "/definitions/legend/properties/markers/items/properties/measure", "/definitions/interpret/properties/measure", "/definitions/target/properties/measure")]
    [InlineData("BoxStatuses", "/definitions/boxRegistration/properties/status")]
    [InlineData("StatusCodes", "/definitions/item/properties/status/properties/code")]
    [InlineData("OutlineLevels", "/definitions/outlineNode/properties/level")]
    [InlineData("Lists", "/definitions/target/properties/list")]
    [InlineData("CatalogueMeasures", "/definitions/indicatorsFile/properties/indicators/items/properties/measure")]
    [InlineData("Directions", "/definitions/indicatorsFile/properties/indicators/items/properties/direction")]
    [InlineData("Qualifiers", "/definitions/interpret/properties/qualifier")]
    public void The_schema_enums_are_the_vocabulary_tables_words(string vocabulary, params string[] pointers)
    {
        var words = WordsOf[vocabulary];
        foreach (var pointer in pointers)
        {
            var node = At(pointer);
            var got = node["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>()).ToList();
            Assert.True(words.SequenceEqual(got), $"Vocabularies.{vocabulary} [{string.Join(", ", words)}] differs from the schema's {pointer} [{string.Join(", ", got)}]");
        }
    }

    [Fact]
    public void The_schema_refuses_every_keyword_the_reader_refuses_and_knows_every_file_kind()
    {
        var keywords = YamlSchema["definitions"]!["symbol"]!["not"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Equal(Identifiers.Keywords.OrderBy(k => k, System.StringComparer.Ordinal), keywords.OrderBy(k => k, System.StringComparer.Ordinal));
        var kinds = PlanModel.Yaml.Binding.PlanFileReader.Kinds.Select(k => k.Word).OrderBy(k => k, System.StringComparer.Ordinal);
        Assert.Equal(kinds, YamlSchema["properties"]!["kind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).OrderBy(k => k, System.StringComparer.Ordinal));
    }

    private static readonly System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyList<string>> WordsOf = new()
    {
        ["DocumentKinds"] = Vocabularies.DocumentKinds.Words, ["RegionLevels"] = Vocabularies.RegionLevels.Words,
        ["Roles"] = Vocabularies.Roles.Words, ["Measures"] = Vocabularies.Measures.Words, ["BoxStatuses"] = Vocabularies.BoxStatuses.Words,
        ["StatusCodes"] = Vocabularies.StatusCodes.Words, ["OutlineLevels"] = Vocabularies.OutlineLevels.Words, ["Lists"] = Vocabularies.Lists.Words,
        ["CatalogueMeasures"] = Vocabularies.CatalogueMeasures.Words, ["Directions"] = Vocabularies.Directions.Words,
        ["Qualifiers"] = Vocabularies.Qualifiers.Words,
    };

    private static JsonNode At(string pointer)
    {
        JsonNode node = YamlSchema;
        foreach (var part in pointer.Trim('/').Split('/'))
        {
            node = node[part]!;
        }

        return node;
    }
}

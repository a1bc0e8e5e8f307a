using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Tests.Infrastructure;

/// <summary>
/// Checks every corpus file against plans-yaml/schema/planmodel.schema.json as an editor's YAML language server
/// does (JsonSchema.Net, draft-07): the file is read by the one reader (<see cref="YamlTreeReader"/>), its scalars
/// typed by the YAML 1.2 core schema (plain <c>2021-03-10</c> and <c>yes</c> stay text, <c>3.9</c> is a number),
/// and each finding is reported as <c>file(line): schema: path: message</c>. Each file must begin with the modeline.
/// </summary>
public static class YamlSchemaCheck
{
    private static readonly Regex Modeline = new(@"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Integer = new("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    // One schema object per path: JsonSchema.Net registers a schema's $id, so the same document is built once.
    private static readonly Dictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>The schema document at a path, built once.</summary>
    public static JsonSchema Schema(string path)
    {
        lock (Schemas)
        {
            var full = Path.GetFullPath(path);
            if (!Schemas.TryGetValue(full, out var schema))
            {
                schema = JsonSchema.FromText(File.ReadAllText(full));
                Schemas.Add(full, schema);
            }

            return schema;
        }
    }

    /// <summary>Every finding for the YAML files of a corpus folder, against its schema/planmodel.schema.json.</summary>
    public static IReadOnlyList<string> Run(string corpus)
    {
        var schemaPath = Path.GetFullPath(Path.Combine(corpus, "schema", "planmodel.schema.json"));
        var schema = Schema(Path.Combine(Repo.Corpus, "schema", "planmodel.schema.json"));
        Xunit.Assert.Equal(File.ReadAllText(Path.Combine(Repo.Corpus, "schema", "planmodel.schema.json")), File.ReadAllText(schemaPath));
        var findings = new List<string>();
        foreach (var path in CorpusLoader.FindFiles(corpus))
        {
            var shown = Path.GetRelativePath(corpus, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            var first = text.Split('\n')[0].TrimEnd('\r');
            var m = Modeline.Match(first);
            if (!m.Success)
            {
                findings.Add(shown + "(1): schema: first line is not the modeline '# yaml-language-server: $schema=../schema/planmodel.schema.json'");
            }
            else if (Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, m.Groups[1].Value)) != schemaPath)
            {
                findings.Add(shown + "(1): schema: the modeline's $schema=" + m.Groups[1].Value + " does not point to the corpus schema");
            }

            var bag = new DiagnosticBag();
            var root = YamlTreeReader.Read(text, shown, bag);
            if (root is null || bag.Items.Count > 0)
            {
                findings.AddRange(bag.Items.Select(d => shown + "(" + d.Line + "): schema: not read: " + d.Message));
                continue;
            }

            var results = schema.Evaluate(JsonSerializer.SerializeToElement(ToJson(root)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var detail in (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }))
            {
                var where = detail.InstanceLocation.ToString();
                foreach (var error in detail.Errors!)
                {
                    var finding = shown + "(" + LineOf(root, where) + "): schema: " + (where.Length == 0 ? "(file)" : where) + ": " + error.Value;
                    if (seen.Add(finding))
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        return findings;
    }

    /// <summary>The JSON an editor sees for a YAML tree: mapping keys are strings, plain scalars typed by YAML 1.2 core.</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping map => Object(map),
        YamlSequence seq => new JsonArray(seq.Items.Select(ToJson).ToArray()),
        YamlScalar s => Scalar(s),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static JsonObject Object(YamlMapping map)
    {
        var o = new JsonObject();
        foreach (var (key, value) in map.Entries)
        {
            o[key.IsNull ? "null" : key.Value] = ToJson(value);
        }

        return o;
    }

    private static JsonNode? Scalar(YamlScalar s)
    {
        var v = s.Value;
        if (s.Quoted)
        {
            return JsonValue.Create(v);
        }

        if (s.IsNull)
        {
            return null;
        }

        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(v.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Integer.IsMatch(v))
        {
            return v.StartsWith("0o", StringComparison.Ordinal) ? JsonValue.Create(Convert.ToInt64(v.Substring(2), 8))
                : v.StartsWith("0x", StringComparison.Ordinal) ? JsonValue.Create(Convert.ToInt64(v.Substring(2), 16))
                : JsonNode.Parse(v.TrimStart('+'));
        }

        return Float.IsMatch(v) ? JsonValue.Create(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(v);
    }

    // The line of the deepest node a JSON Pointer (/tables/0/rows) reaches in the YAML tree.
    private static int LineOf(YamlNode node, string pointer)
    {
        var line = node.Line;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            YamlNode? next = node switch
            {
                YamlMapping map => map.Entries.FirstOrDefault(e => e.Key.Value == segment).Value,
                YamlSequence seq when int.TryParse(segment, out var i) && i < seq.Items.Count => seq.Items[i],
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
            line = node.Line;
        }

        return line;
    }
}

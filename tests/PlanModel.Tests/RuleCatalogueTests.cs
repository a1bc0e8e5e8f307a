using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PlanModel.Generator;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Diagnostics;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The rule catalogue (src/PlanModel.Yaml/Diagnostics/Rules) against docs/rules.md, its message formats against the
/// values they are given, and the generator's descriptors against the catalogue. Adding a rule means a declaration in
/// the catalogue, a section in docs/rules.md and a test: these fail until the three agree.
/// </summary>
public class RuleCatalogueTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md"));

    /// <summary>The text of each <c>## PLANnnn</c> section, by code.</summary>
    private static Dictionary<string, string> Sections()
    {
        var heads = Regex.Matches(Docs, @"^## (PLAN\d{3})\s*$", RegexOptions.Multiline);
        var sections = new Dictionary<string, string>();
        for (var i = 0; i < heads.Count; i++)
        {
            var start = heads[i].Index;
            var next = Docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            sections[heads[i].Groups[1].Value] = Docs.Substring(start, (next < 0 ? Docs.Length : next) - start);
        }

        return sections;
    }

    [Fact]
    public void Docs_have_a_section_for_every_rule_of_the_catalogue_and_for_no_other()
    {
        var documented = Sections().Keys.OrderBy(c => c, StringComparer.Ordinal).ToList();
        var declared = PlanRules.All.Select(r => r.Code).ToList();
        Assert.Equal(declared, documented);
    }

    [Fact]
    public void The_docs_table_gives_each_rule_its_default_severity_and_title()
    {
        var rows = Regex.Matches(Docs, @"^\| (PLAN\d{3}) \| (\w+) \| (.+?) \|\s*$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Severity: m.Groups[2].Value, Title: m.Groups[3].Value));
        Assert.Equal(PlanRules.All.Select(r => r.Code), rows.Keys.OrderBy(c => c, StringComparer.Ordinal));
        foreach (var rule in PlanRules.All)
        {
            Assert.Equal((rule.DefaultSeverity.ToString().ToLowerInvariant(), rule.Title), rows[rule.Code]);
        }
    }

    [Fact]
    public void Every_documented_rule_shows_a_message_and_a_fix()
    {
        foreach (var (code, section) in Sections())
        {
            Assert.True(Regex.IsMatch(section, @"```\n[^`]*\): (error|warning|info) " + code + ": "), code + " has no example message in docs/rules.md");
            Assert.Contains("**Fix:**", section);
        }
    }

    [Fact]
    public void Each_code_is_one_rule_whose_stage_and_help_link_follow_from_it()
    {
        Assert.Equal(PlanRules.All.Count, PlanRules.All.Select(r => r.Code).Distinct().Count());
        foreach (var rule in PlanRules.All)
        {
            Assert.Matches(@"^PLAN[0-6]\d\d$", rule.Code);
            Assert.Equal(rule.Code[4] - '0', (int)rule.Stage);
            Assert.EndsWith("docs/rules.md#" + rule.Code.ToLowerInvariant(), rule.HelpLink);
            Assert.Same(rule, PlanRules.Find(rule.Code));
            Assert.NotEmpty(rule.Messages);
        }
    }

    [Fact]
    public void Every_message_belongs_to_a_rule_of_the_catalogue()
    {
        Assert.All(PlanRules.Messages, m => Assert.Contains(m.Rule, PlanRules.All));
        Assert.Equal(PlanRules.All.Sum(r => r.Messages.Count), PlanRules.Messages.Count);
    }

    /// <summary>The holes of each format, in order, are the names of the values its declaration says it is given.</summary>
    [Fact]
    public void Every_message_format_has_a_hole_for_each_value_it_is_given()
    {
        var fields = typeof(PlanRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => typeof(PlanMessageFormat).IsAssignableFrom(f.FieldType)).ToList();
        Assert.Equal(PlanRules.Messages.Count, fields.Count);
        foreach (var field in fields)
        {
            var message = (PlanMessageFormat)field.GetValue(null)!;
            var type = field.FieldType.IsGenericType ? field.FieldType.GetGenericArguments()[0] : null;
            var names = field.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames.ToArray();
            if (type is null)
            {
                Assert.Empty(message.Holes);
            }
            else if (names is not null)
            {
                Assert.True(names.SequenceEqual(message.Holes), $"{field.Name}: holes ({string.Join(", ", message.Holes)}) are not the values ({string.Join(", ", names)})");
            }
            else
            {
                Assert.True(message.Holes.Count == 1, $"{field.Name}: one value, holes ({string.Join(", ", message.Holes)})");
            }
        }
    }

    [Fact]
    public void A_format_whose_holes_do_not_match_its_values_is_refused()
    {
        var rule = new PlanRule("PLAN999", PlanSeverity.Error, "Test");
        var fewer = Assert.Throws<ArgumentException>(() => new PlanMessage<(string key, string element)>(rule, "unknown key '{key}'"));
        Assert.Contains("1 hole(s) (key) but is given 2 value(s)", fewer.Message);
        Assert.Throws<ArgumentException>(() => new PlanMessage(rule, "unknown key '{key}'"));
        Assert.Throws<ArgumentException>(() => new PlanMessage<string>(rule, "a lone } brace {key}"));
        Assert.Equal("'{x}' is {x}", new PlanMessage<string>(rule, "'{{x}}' is {x}").With("{x}").Message);
    }

    [Fact]
    public void Values_fill_named_holes_in_order_of_first_appearance()
    {
        var rule = new PlanRule("PLAN999", PlanSeverity.Error, "Test");
        var message = new PlanMessage<(string key, int line, decimal value)>(rule, "'{key}' (line {line}) reads {value}; '{key}' again");
        var finding = message.With(("a", 3, 1.5m));
        Assert.Same(rule, finding.Rule);
        Assert.Equal("'a' (line 3) reads 1.5; 'a' again", finding.Message);
        var eight = new PlanMessage<(int a, int b, int c, int d, int e, int f, int g, int h)>(rule, "{a}{b}{c}{d}{e}{f}{g}{h}");
        Assert.Equal(new PlanMessageFormat[] { message, eight }, rule.Messages);
        Assert.Equal("12345678", eight.With((1, 2, 3, 4, 5, 6, 7, 8)).Message);
    }

    [Fact]
    public void The_generator_has_one_descriptor_per_rule_made_from_the_catalogue()
    {
        var descriptors = PlanDescriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(PlanRules.All.Select(r => r.Code), descriptors.Select(d => d.Id));
        foreach (var (rule, d) in PlanRules.All.Zip(descriptors))
        {
            Assert.Equal(rule.Title, d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.HelpLink, d.HelpLinkUri);
            Assert.Equal(PlanDescriptors.Severity(rule.DefaultSeverity), d.DefaultSeverity);
        }

        // A configured severity is the reported one; an unknown code is PLAN005's.
        var reported = PlanGenerator.ToDiagnostic(new PlanDiagnostic("PLAN402", PlanSeverity.Error, "box 1 (专栏) is pending: later", "a.yaml", 2, 3));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, reported.Severity);
        Assert.Equal("box 1 (专栏) is pending: later", reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("PLAN005", PlanDescriptors.Of("PLAN999").Id);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PlanModel.Yaml.Sources;
using PlanModel.Cli;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Validation;
using Xunit;

namespace PlanModel.Tests;

/// <summary>Checks the real corpus against the archived sources.</summary>
public class CorpusDataTests
{
    private static readonly Lazy<(IReadOnlyList<PlanModel.Yaml.Specs.FileParseResult> Files, PlanCorpus Corpus)> Loaded = new(() =>
    {
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Corpus));
        return (files, CorpusBuild.Of(CorpusSession.Open(Repo.Corpus)).Corpus);
    });

    private static PlanCorpus Corpus => Loaded.Value.Corpus;

    [Fact]
    public void The_corpus_validates_without_errors_or_warnings()
    {
        // Alignment findings (PLAN6xx) describe the sources; ComparisonTests covers them.
        var diagnostics = CorpusValidator.Validate(Loaded.Value.Files, new ValidationOptions { Sources = new SourceResolver(), Alignment = false });
        var problems = diagnostics.Where(d => d.Severity >= PlanSeverity.Warning).Select(d => d.ToCanonicalString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }

    [Theory]
    [InlineData("1000个以上", ValueQualifier.AtLeast)]
    [InlineData("超过3000班", ValueQualifier.MoreThan)]
    [InlineData("近200个", ValueQualifier.Approximately)]
    [InlineData("350天左右", ValueQualifier.Approximately)]
    [InlineData("不少于20万场次", ValueQualifier.AtLeast)]
    [InlineData("1万吨", ValueQualifier.Exact)]
    public void A_project_quantity_is_qualified_by_the_relation_word_printed_with_it(string raw, ValueQualifier qualifier)
    {
        var quantities = Corpus.Documents.SelectMany(d => d.ProjectLists).SelectMany(l => l.AllItems).SelectMany(i => i.Quantities)
            .Where(q => q.Raw == raw).ToList();
        Assert.NotEmpty(quantities);
        Assert.All(quantities, q => Assert.Equal(qualifier, q.Qualifier));
    }

    [Fact]
    public void Qianjiangs_closing_list_of_special_plans_is_complete_with_its_title_marked_inferred()
    {
        var list = Corpus.Documents.Single(d => d.Id == "qianjiang-14fyp").ProjectLists.Single(l => l.Id == "special-plans");
        Assert.True(list.TitleInferred);
        Assert.Null(list.Citation);
        Assert.False(string.IsNullOrWhiteSpace(list.TitleEvidence));
        var items = list.AllItems.ToList();
        Assert.Equal(25, items.Count);
        Assert.Equal(12, items.Count(i => i.Note!.Contains("△", StringComparison.Ordinal)));
        Assert.All(items, i => Assert.DoesNotContain("△", i.Name.Zh, StringComparison.Ordinal));
        Assert.Equal("黔江区残疾人事业发展“十四五”规划", items[24].Name.Zh);
    }

    [Fact]
    public void A_growth_indicator_that_fell_reads_as_negative_growth()
    {
        // 合川区 2020: 社会消费品零售总额下降2.4% (raw as printed, typed value signed by the relation).
        var t = Corpus.Documents.Single(d => d.Id == "hechuan-gwr-2021").Targets.Single(x => x.Id == "retail-sales-growth-2020");
        Assert.Equal("2.4%", t.Value.Raw);
        Assert.Equal("下降", t.Relation);
        Assert.Equal(-2.4m, t.Value.Value);
    }

    [Fact]
    public void Every_cited_value_and_quote_is_printed_on_its_line()
    {
        // Independent of the validator: walks the runtime objects a consumer sees and reads the sources directly.
        var lines = new Dictionary<string, string[]>();
        string Line(string file, int n)
        {
            if (!lines.TryGetValue(file, out var all))
            {
                all = File.ReadAllText(Path.Combine(Repo.Corpus, file)).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
                lines[file] = all;
            }

            return all[n - 1];
        }

        var checkedCount = 0;
        void Check(Citation? c, string? text, string what)
        {
            if (c is null || string.IsNullOrEmpty(text))
            {
                return;
            }

            var hay = c.Lines.Count > 1
                ? string.Concat(c.Lines.Select(n => Line(c.SourceFile, n).Trim(' ', '\t', '\u00A0', '\u3000', '\u2002', '\u2003')))
                : Line(c.SourceFile, c.Line);
            if (c.Quote is not null)
            {
                Assert.True(hay.Contains(c.Quote, StringComparison.Ordinal), $"{what}: quote '{c.Quote}' not on {c}");
                Assert.True(c.Quote.Contains(text, StringComparison.Ordinal), $"{what}: '{text}' not in quote '{c.Quote}'");
                if (c.Offset is int offset && c.Lines.Count <= 1)
                {
                    Assert.Equal(c.Quote, hay.Substring(offset, c.Quote.Length));
                }
            }
            else
            {
                Assert.True(hay.Contains(text, StringComparison.Ordinal), $"{what}: '{text}' not on {c}");
            }

            checkedCount++;
        }

        foreach (var d in Corpus.Documents)
        {
            foreach (var t in d.Tables)
            {
                foreach (var r in t.Rows)
                {
                    Check(r.Citation, r.Printed, $"{d.Id}/{r.Key} name");
                    foreach (var v in r.Values)
                    {
                        Check(v.Citation, v.Raw, $"{d.Id}/{r.Key}/{v.Column}");
                    }
                }
            }

            foreach (var l in d.ProjectLists)
            {
                foreach (var p in l.AllItems)
                {
                    Check(p.Citation, p.Name.Zh, $"{d.Id}/{l.Id} item");
                }
            }

            foreach (var t in d.Targets)
            {
                Check(t.Value.Citation, t.Value.Raw, $"{d.Id}/{t.Id}");
            }
        }

        Assert.True(checkedCount > 4000, $"only {checkedCount} citations checked");
    }

    [Fact]
    public void Chongqing_tables_are_complete()
    {
        var cq = Corpus.Find("cq-14fyp")!;
        var review = cq.Tables.Single(t => t.Box == 1);
        var main = cq.Tables.Single(t => t.Box == 2);
        Assert.Equal(28, review.Rows.Count(r => r.Sequence is not null));
        Assert.Equal(15, review.Rows.Count(r => r.Sequence is null));
        Assert.Equal(25, main.Rows.Count);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), main.Rows.Select(r => r.Sequence));
        var grp = main.Rows[0];
        Assert.Equal("6左右*", grp.ValueFor(ValueRole.Target)!.Raw);
        Assert.Equal(ValueQualifier.Approximately, grp.ValueFor(ValueRole.Target)!.Qualifier);
        Assert.Equal(ValueMeasure.PlanPeriodAverage, grp.ValueFor(ValueRole.Target)!.Measure);
        Assert.Equal(ValueMeasure.AnnualAverage, review.Rows[0].Values[0].Measure);
        Assert.Equal(20, cq.Tables.Count + cq.ProjectLists.Count(l => l.Box is not null) + cq.RegisteredBoxes.Count);
    }

    [Fact]
    public void Every_document_has_outline_and_targets_and_english_names()
    {
        Assert.Equal(14, Corpus.Documents.Count);
        foreach (var d in Corpus.Documents)
        {
            Assert.NotEmpty(d.Outline);
            Assert.NotEmpty(d.Targets);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.En), d.Id);
        }

        Assert.Equal(3, Corpus.ChildrenOf("cq-14fyp").Count());
    }

    [Fact]
    public void Every_work_report_with_a_grp_growth_target_keeps_its_qualifier()
    {
        var answers = Corpus.Documents
            .Where(d => d.Kind == DocumentKind.WorkReport)
            .SelectMany(d => d.Targets.Where(t => t.CatalogueId == "grp-growth" && t.Role == ValueRole.Expected && t.Horizon.From == 2021 && t.Horizon.To == 2021))
            .ToList();
        Assert.True(answers.Select(a => a.DocumentId).Distinct().Count() >= 8, string.Join(", ", answers.Select(a => a.DocumentId)));
        Assert.All(answers, a =>
        {
            Assert.NotNull(a.Value.Citation?.Quote);
            Assert.Contains(a.Value.Raw!, a.Value.Citation!.Quote!);
            if (a.Value.Raw!.Contains("以上", StringComparison.Ordinal))
            {
                Assert.Equal(ValueQualifier.AtLeast, a.Value.Qualifier);
            }

            if (a.Value.Raw.Contains("左右", StringComparison.Ordinal))
            {
                Assert.Equal(ValueQualifier.Approximately, a.Value.Qualifier);
            }
        });
    }

    [Fact]
    public void District_binding_indicators_line_up_with_chongqing()
    {
        var cq = Corpus.Find("cq-14fyp")!;
        var cqBinding = cq.Tables.Single(t => t.Box == 2).Rows.Where(i => i.IsBinding && i.CatalogueId is not null).ToDictionary(i => i.CatalogueId!, i => i, StringComparer.Ordinal);
        var pairs = Corpus.ChildrenOf("cq-14fyp")
            .SelectMany(d => d.Indicators.Where(i => i.IsBinding && i.CatalogueId is not null && cqBinding.ContainsKey(i.CatalogueId)))
            .Select(i => (District: i, Chongqing: cqBinding[i.CatalogueId!]))
            .ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Equal(p.District.CatalogueId, p.Chongqing.CatalogueId));
    }
}

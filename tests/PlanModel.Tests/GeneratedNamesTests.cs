using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Naming;
using Xunit;

namespace PlanModel.Tests;

/// <summary>Generated names come from stable identifiers only; renames are recorded; unusable symbols are PLAN errors.</summary>
public class GeneratedNamesTests
{
    private static string Mini() => Repo.CopyToTemp(Repo.Fixture("mini"));

    private static readonly Regex Translation = new("\\b(en|note): \"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.CultureInvariant);

    [Fact]
    public void Rewriting_every_translation_and_note_of_a_real_document_keeps_the_public_surface()
    {
        // A real corpus document (cq-14fyp: 2 tables, 18 boxes, 136 targets) with the catalogue it links to.
        var dir = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "cq-14fyp", "catalogue" })
        {
            var copy = Repo.CopyToTemp(Path.Combine(Repo.Corpus, folder));
            Directory.CreateDirectory(dir);
            Directory.Move(copy, Path.Combine(dir, folder));
        }

        var (before, beforeRun, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(dir));
        var replaced = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dir, "cq-14fyp"), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(file, Translation.Replace(text, m =>
            {
                replaced++;
                return m.Groups[1].Value + ": \"Rewritten text " + replaced + ": a better translation\"";
            }));
        }

        var (after, afterRun, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(dir));
        Assert.True(replaced > 1000, $"only {replaced} translations and notes rewritten");
        Assert.DoesNotContain(afterRun.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(GeneratorHarness.Problems(after));

        // The XML docs changed with the translations; the public surface did not change at all.
        var code = (GeneratorDriverRunResult r) => r.Results.Single().GeneratedSources.Single(s => s.HintName == "Plan.cq-14fyp.g.cs").SourceText.ToString();
        Assert.NotEqual(code(beforeRun), code(afterRun));
        var surface = PublicSurface.Of(before, "Demo.Data");
        Assert.True(surface.Count > 400, $"only {surface.Count} public members");
        Assert.Equal(surface, PublicSurface.Of(after, "Demo.Data"));
    }

    [Theory]
    [InlineData("demo-plan/table-01.yaml", "symbol: MainIndicators", "symbol: class", "PLAN107", "'class' is a C# keyword")]
    [InlineData("demo-plan/table-01.yaml", "symbol: MainIndicators", "symbol: int", "PLAN107", "'int' is a C# keyword")]
    [InlineData("demo-plan/table-01.yaml", "symbol: MainIndicators", "symbol: 2Main", "PLAN107", "not a valid C# identifier")]
    [InlineData("demo-plan/table-01.yaml", "symbol: MainIndicators", "symbol: Tables", "PLAN107", "reserved by the generated code")]
    [InlineData("demo-plan/table-01.yaml", "symbol: MainIndicators", "symbol: FindTarget", "PLAN107", "reserved by the generated code")]
    [InlineData("demo-plan/document.yaml", "symbol: Demo14thFyp", "symbol: Plans", "PLAN107", "reserved by the generated code")]
    [InlineData("demo-plan/document.yaml", "symbol: Demo14thFyp", "symbol: PlanDocument", "PLAN107", "the runtime type PlanModel.PlanDocument")]
    [InlineData("demo-plan/document.yaml", "symbol: Demo14thFyp", "symbol: IndicatorIds", "PLAN107", "reserved by the generated code")]
    [InlineData("demo-plan/targets.yaml", "  - id: grp-growth-2025\n", "  - id: grp-growth-2025\n    symbol: MainIndicators\n", "PLAN207", "already the name of table 'main-indicators'")]
    [InlineData("demo-plan/targets.yaml", "  - id: grp-growth-2025\n", "  - id: grp-growth-2025\n    symbol: MainIndicatorsTable\n", "PLAN207", "already the name of table 'main-indicators' (its class)")]
    [InlineData("demo-plan/table-01.yaml", "    indicator: forest-coverage\n", "    indicator: forest-coverage\n    symbol: GrpGrowth\n", "PLAN207", "already the name of row '地区生产总值增长（%）'")]
    [InlineData("demo-plan/table-01.yaml", "    indicator: grp-growth\n", "    indicator: grp-growth\n    symbol: Rows\n", "PLAN107", "reserved by the generated code")]
    [InlineData("demo-district/document.yaml", "type: five-year-plan\n", "type: five-year-plan\nsymbol: Demo14thFyp\n", "PLAN207", "already the name of document 'demo-14fyp'")]
    public void An_unusable_symbol_is_a_located_PLAN_error_in_validate_and_in_the_generator_never_a_CS_error(string file, string from, string to, string code, string message)
    {
        var dir = Mini();
        var path = Path.Combine(dir, file);
        Validation.Replace(path, from, to);
        var symbolLine = File.ReadAllLines(path).Select((l, i) => (l, i)).Last(x => x.l.TrimStart().StartsWith(to.Split('\n').Last(s => s.Length > 0).Trim(), StringComparison.Ordinal)).i + 1;

        // plan validate and the MSBuild task: one finding, on the symbol key (or the id the name comes from).
        var finding = Assert.Single(Validation.Run(dir), d => d.Code == code);
        Assert.Contains(message, finding.Message);
        Assert.Equal(PlanSeverity.Error, finding.Severity);
        Assert.Equal(path, finding.File);
        Assert.Equal(symbolLine, finding.Line);

        // The generator (the IDE and the build) reports the same code and still emits code that compiles.
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(dir));
        Assert.Contains(result.Results.Single().Diagnostics, d => d.Id == code);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void The_corpus_names_are_usable()
    {
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Corpus));
        var bag = new DiagnosticBag();
        var (documents, catalogue) = CorpusAssembler.Assemble(files.Where(f => f.File is not null).Select(f => f.File!), bag);
        foreach (var d in documents)
        {
            NameBinder.Document(d, bag);
        }

        PublishedNames.Check(files.Select(f => f.File!).ToList(), documents, catalogue, bag);
        Assert.Empty(bag.Items.Where(d => d.Code is "PLAN107" or "PLAN207" or "PLAN208").Select(d => d.ToCanonicalString()));
        var names = PublishedNames.Of(documents, catalogue);
        Assert.Contains("Chongqing14thFyp.MainIndicators.GrpGrowth", names);
        Assert.Contains("Chongqing14thFyp.Box07", names);
        Assert.Contains("Chongqing14thFyp.Review13thFypMainIndicators.AirQuality", names);
        Assert.Contains("IndicatorIds.GrpGrowth", names);
    }

    [Fact]
    public void The_published_names_lock_is_current()
    {
        var files = CorpusLoader.ReadAll(CorpusLoader.FindFiles(Repo.Corpus));
        var (documents, catalogue) = CorpusAssembler.Assemble(files.Where(f => f.File is not null).Select(f => f.File!), new DiagnosticBag());
        var generated = PublishedNames.Of(documents, catalogue);
        var locked = files.Select(f => f.File).OfType<PlanModel.Yaml.Specs.PublishedFileSpec>().SelectMany(f => f.Names).Select(p => p.Name).ToList();
        var added = generated.Except(locked).ToList();
        var gone = locked.Except(generated).ToList();
        Assert.True(added.Count == 0 && gone.Count == 0,
            $"plans-yaml/{PublishedNames.FileName} is out of date: {added.Count} new name(s) ({string.Join(", ", added.Take(5))}), {gone.Count} gone ({string.Join(", ", gone.Take(5))}). " +
            "Review, then record with: dotnet run --project src/PlanModel.Cli -- names plans-yaml --accept");
    }

    [Fact]
    public void A_rename_recorded_in_the_yaml_keeps_old_members_obsolete_and_old_ids_resolving()
    {
        var dir = Mini();
        WriteLock(dir);
        Rename(dir, record: true);
        Assert.DoesNotContain(Validation.Run(dir), d => d.Severity == PlanSeverity.Error);

        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(dir));
        Assert.DoesNotContain(result.Results.Single().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(GeneratorHarness.Problems(output));
        var surface = PublicSurface.Of(output, "Demo.Data");
        Assert.Contains(surface, l => l.Contains("Demo.Data.DemoPlan.MainIndicators : Demo.Data.DemoPlan.MainTargetsTable [Obsolete]", StringComparison.Ordinal));
        Assert.Contains(surface, l => l.Contains("Demo.Data.DemoPlan.MainTargetsTable.GrpGrowth : PlanModel.Indicator [Obsolete]", StringComparison.Ordinal));
        Assert.Contains(surface, l => l.Contains("Demo.Data.DemoPlan.GrpGrowth2025 : PlanModel.PlanTarget [Obsolete]", StringComparison.Ordinal));
        Assert.Contains(surface, l => l.Contains("Demo.Data.Plans.Demo14thFyp : Demo.Data.DemoPlan [Obsolete]", StringComparison.Ordinal));
        Assert.Contains(surface, l => l.Contains("Demo.Data.IndicatorIds.GrpGrowth : string = grp-growth-rate [Obsolete]", StringComparison.Ordinal));

        // The old members forward to the new ones; look-ups by a former id resolve at run time.
        var assembly = Compiler.Load(output);
        var plans = assembly.GetType("Demo.Data.Plans")!;
        var doc = plans.GetProperty("DemoPlan")!.GetValue(null)!;
        Assert.Same(plans.GetProperty("DemoPlan")!.GetValue(null), plans.GetProperty("Demo14thFyp")!.GetValue(null));
        var table = doc.GetType().GetProperty("MainTargets")!.GetValue(doc)!;
        Assert.Same(table, doc.GetType().GetProperty("MainIndicators")!.GetValue(doc));
        Assert.Same(table.GetType().GetProperty("GrpGrowthRate")!.GetValue(table), table.GetType().GetProperty("GrpGrowth")!.GetValue(table));
        Assert.NotNull(doc.GetType().GetProperty("GrpGrowth2025")!.GetCustomAttribute<ObsoleteAttribute>());
        Assert.Equal("renamed to GrpGrowthRate", table.GetType().GetProperty("GrpGrowth")!.GetCustomAttribute<ObsoleteAttribute>()!.Message);

        var corpus = (PlanCorpus)plans.GetProperty("Corpus")!.GetValue(null)!;
        var plan = corpus.Find("demo-14fyp")!;
        Assert.Same(table, plan.FindTable("main-indicators"));
        Assert.Same(table, plan.FindTable("main"));
        Assert.Equal("grp-growth-rate-2025", plan.FindTarget("grp-growth-2025")!.Id);
        Assert.Null(plan.FindTable("no-such-table"));
        Assert.Equal("grp-growth-rate", corpus.Catalogue.Find("grp-growth")!.Id);
        Assert.Equal(2, corpus.IndicatorsById("grp-growth").Count());
    }

    [Fact]
    public void A_rename_not_recorded_is_PLAN208_at_the_yaml_that_dropped_the_name()
    {
        var dir = Mini();
        WriteLock(dir);
        Rename(dir, record: false);
        var findings = Validation.Run(dir).Where(d => d.Code == "PLAN208").ToList();
        Assert.Contains(findings, d => d.Message.StartsWith("'Demo14thFyp' is published", StringComparison.Ordinal) && d.File.EndsWith("published-names.yaml", StringComparison.Ordinal));
        var row = Assert.Single(findings, d => d.Message.StartsWith("'DemoPlan.MainIndicators.GrpGrowth'", StringComparison.Ordinal) || d.Message.StartsWith("'Demo14thFyp.MainIndicators.GrpGrowth'", StringComparison.Ordinal));
        Assert.EndsWith("published-names.yaml", row.File);
        Assert.Contains(findings, d => d.Message.StartsWith("'IndicatorIds.GrpGrowth'", StringComparison.Ordinal));
        Assert.All(findings, d => Assert.Contains("formerIds", d.Message));
        Assert.All(findings, d => Assert.Equal(PlanSeverity.Error, d.Severity));

        // With the document class kept, a vanished member is reported at the file of the table that lost it.
        var kept = Mini();
        WriteLock(kept);
        Validation.Replace(Path.Combine(kept, "demo-plan", "table-01.yaml"), "    indicator: grp-growth\n", "    indicator: grp-growth\n    symbol: GdpGrowth\n");
        var moved = Assert.Single(Validation.Run(kept), d => d.Code == "PLAN208");
        Assert.StartsWith("'Demo14thFyp.MainIndicators.GrpGrowth' is published", moved.Message);
        Assert.EndsWith(Path.Combine("demo-plan", "table-01.yaml"), moved.File);
        Assert.Equal(1, moved.Line);
    }

    [Fact]
    public void Plan_names_lists_the_difference_and_accept_writes_the_lock()
    {
        var dir = Mini();
        var stdout = new StringWriter();
        Assert.Equal(1, PlanModel.Cli.Program.Run(new[] { "names", dir }, stdout, new StringWriter()));
        Assert.Contains("+ Demo14thFyp.MainIndicators.GrpGrowth", stdout.ToString());
        Assert.Equal(0, PlanModel.Cli.Program.Run(new[] { "names", dir, "--accept" }, new StringWriter(), new StringWriter()));
        Assert.Contains("  - Demo14thFyp.MainIndicators.GrpGrowth", File.ReadAllText(Path.Combine(dir, PublishedNames.FileName)));
        stdout = new StringWriter();
        Assert.Equal(0, PlanModel.Cli.Program.Run(new[] { "names", dir }, stdout, new StringWriter()));
        Assert.Contains("0 not yet published, 0 published but gone", stdout.ToString());
        Assert.DoesNotContain(Validation.Run(dir), d => d.Severity >= PlanSeverity.Warning);
    }

    private static void WriteLock(string dir) =>
        Assert.Equal(0, PlanModel.Cli.Program.Run(new[] { "names", dir, "--accept" }, new StringWriter(), new StringWriter()));

    /// <summary>
    /// Renames in the fixture: the document's symbol, the table's id and symbol, the catalogue id grp-growth (and so the
    /// row's name), and a target's id; with <paramref name="record"/> each old id or symbol is kept under formerIds/formerSymbols.
    /// </summary>
    private static void Rename(string dir, bool record)
    {
        string R(string keys) => record ? keys : string.Empty;
        var doc = Path.Combine(dir, "demo-plan", "document.yaml");
        Validation.Replace(doc, "symbol: Demo14thFyp\n", "symbol: DemoPlan\n" + R("formerSymbols: [Demo14thFyp]\n"));
        var table = Path.Combine(dir, "demo-plan", "table-01.yaml");
        Validation.Replace(table, "id: main-indicators\n", "id: main\n" + R("formerIds: [main-indicators]\n"));
        Validation.Replace(table, "symbol: MainIndicators\n", "symbol: MainTargets\n" + R("formerSymbols: [MainIndicators]\n"));
        Validation.Replace(table, "    indicator: grp-growth\n", "    indicator: grp-growth-rate\n" + R("    formerIds: [grp-growth]\n"));
        Validation.Replace(Path.Combine(dir, "demo-district", "table-01.yaml"), "    indicator: grp-growth\n", "    indicator: grp-growth-rate\n" + R("    formerIds: [grp-growth]\n"));
        var targets = Path.Combine(dir, "demo-plan", "targets.yaml");
        Validation.Replace(targets, "  - id: grp-growth-2025\n", "  - id: grp-growth-rate-2025\n" + R("    formerIds: [grp-growth-2025]\n"));
        Validation.Replace(targets, "    indicator: grp-growth\n", "    indicator: grp-growth-rate\n");
        Validation.Replace(Path.Combine(dir, "catalogue", "indicators.yaml"), "{id: grp-growth,", "{id: grp-growth-rate," + R(" formerIds: [grp-growth],"));
    }
}

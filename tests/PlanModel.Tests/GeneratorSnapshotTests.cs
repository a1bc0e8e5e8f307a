using System;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

public class GeneratorSnapshotTests
{
    [Fact]
    public void Generates_the_fixture_corpus()
    {
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")));
        var run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        var hints = run.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Plan.demo-14fyp.g.cs", "Plan.demo-district-14fyp.g.cs", "PlanCatalogue.g.cs", "Plans.DataVersion.g.cs", "Plans.g.cs" }, hints);
        foreach (var s in run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            Snapshot.Verify("//HintName: " + s.HintName + "\n" + s.SourceText, s.HintName.Replace(".g.cs", string.Empty));
        }

        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Generates_a_document_that_reads_the_embedded_data_file()
    {
        // What a build with the Toolkit's targets compiles (PlanModelDataResource): the same class and members, the
        // constructor names its document in the embedded data file, and there is no data literal.
        var options = GeneratorHarness.DefaultOptions(new() { ["build_property.PlanModelDataResource"] = "PlanModel.Corpus.plandata" });
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")), options);
        var run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        var document = run.GeneratedSources.Single(s => s.HintName == "Plan.demo-district-14fyp.g.cs");
        Snapshot.Verify("//HintName: " + document.HintName + "\n" + document.SourceText, "Plan.demo-district-14fyp");
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Generates_a_document_without_summaries_when_they_go_to_the_side_file()
    {
        // A command-line build of the Toolkit (PlanModelSourceDocs=false): the summaries are merged into the
        // documentation file by the build (SideDocsTests); the class, its members and the forwarders' notes remain.
        var options = GeneratorHarness.DefaultOptions(new()
        {
            ["build_property.PlanModelDataResource"] = "PlanModel.Corpus.plandata",
            ["build_property.PlanModelSourceDocs"] = "false",
        });
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")), options);
        var run = Assert.Single(result.Results);
        Assert.Null(run.Exception);
        var document = run.GeneratedSources.Single(s => s.HintName == "Plan.demo-district-14fyp.g.cs");
        Snapshot.Verify("//HintName: " + document.HintName + "\n" + document.SourceText, "Plan.demo-district-14fyp");
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void Generated_code_compiles_warning_free_and_documents_every_public_member()
    {
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")));
        var withDocs = output.WithOptions(output.Options.WithSpecificDiagnosticOptions(new[] { new System.Collections.Generic.KeyValuePair<string, Microsoft.CodeAnalysis.ReportDiagnostic>("CS1591", Microsoft.CodeAnalysis.ReportDiagnostic.Error) }));
        var parse = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, Microsoft.CodeAnalysis.DocumentationMode.Diagnose);
        var reparsed = withDocs.RemoveAllSyntaxTrees().AddSyntaxTrees(output.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), parse)));
        Assert.Empty(GeneratorHarness.Problems(reparsed));
    }

    [Fact]
    public void Strings_that_try_to_break_out_round_trip_exactly()
    {
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")));
        var assembly = Compiler.Load(output);
        var plans = assembly.GetType("Demo.Data.Plans")!;
        var corpus = (PlanCorpus)plans.GetProperty("Corpus")!.GetValue(null)!;
        var demo = corpus.Find("demo-14fyp")!;
        Assert.Equal("Demo City 14th Five-Year Plan \"Outline\"", demo.Title.En);
        var items = demo.ProjectLists.Single().AllItems.ToList();
        Assert.Equal("渝\"西\"高铁\\支线", items[1].Name.Zh);
        Assert.Equal("*/ 环线</summary>", items[2].Name.Zh);
        Assert.Equal("#error Ring Line */", items[2].Name.En);
        var forest = demo.Tables.Single().Rows[1];
        Assert.Equal("Forest Coverage \\ Rate */ </summary>", forest.Name.En);
        Assert.Equal("a cumulative bound: \"#error\" and\nnewlines must round-trip", demo.Tables.Single().Rows[2].Values[1].Note);
    }
}

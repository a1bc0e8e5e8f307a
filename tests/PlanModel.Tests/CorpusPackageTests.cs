using System;
using System.IO;
using System.Linq;
using PlanModel.Benchmarks;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Serialization;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Validation;
using Xunit;

namespace PlanModel.Tests;

/// <summary>A corpus split into packages (docs/packages.md): the mini fixture's plan in one corpus, its district in
/// another that references the first by its data file.</summary>
public class CorpusPackageTests
{
    /// <summary>The mini fixture split in two folders: the parent (plan, catalogue, its source) and the child
    /// (district and its source only: no catalogue of its own).</summary>
    internal static (string Parent, string Child) Split()
    {
        var mini = Repo.CopyToTemp(Repo.Fixture("mini"));
        var root = Path.Combine(Path.GetTempPath(), "planmodel-split-" + Guid.NewGuid().ToString("N"));
        var parent = Path.Combine(root, "parent");
        var child = Path.Combine(root, "child");
        Directory.CreateDirectory(Path.Combine(parent, "sources"));
        Directory.CreateDirectory(Path.Combine(child, "sources"));
        Directory.Move(Path.Combine(mini, "demo-plan"), Path.Combine(parent, "demo-plan"));
        Directory.Move(Path.Combine(mini, "catalogue"), Path.Combine(parent, "catalogue"));
        File.Move(Path.Combine(mini, "sources", "demo.txt"), Path.Combine(parent, "sources", "demo.txt"));
        Directory.Move(Path.Combine(mini, "demo-district"), Path.Combine(child, "demo-district"));
        File.Move(Path.Combine(mini, "sources", "district.txt"), Path.Combine(child, "sources", "district.txt"));
        return (parent, child);
    }

    /// <summary>The parent corpus packed as its package would ship it, and the path of that data file.</summary>
    private static string Pack(string corpus, string version = "1.2.0")
    {
        var session = CorpusSession.Open(corpus);
        Assert.DoesNotContain(session.Diagnostics, d => d.Severity == PlanSeverity.Error);
        var file = Path.Combine(Path.GetDirectoryName(corpus)!, "Demo.Parent.plandata");
        using (var stream = File.Create(file))
        {
            PlanDataFileWriter.Write(stream, session.Corpus, new DataVersion(version, CorpusHash.Of(session.Files)));
        }

        return file;
    }

    private static PlanCorpus Reference(string dataFile)
    {
        var bag = new DiagnosticBag();
        var corpus = PlanReferences.Load(dataFile, "Demo.Parent", bag);
        Assert.Empty(bag.Items);
        return corpus!;
    }

    /// <summary>A corpus as its generated <c>Plans.Corpus</c> would be: its own documents and catalogue, named and versioned.</summary>
    private static PlanCorpus Package(string corpus, string id, string version)
    {
        var c = CorpusSession.Open(corpus).Corpus;
        return new PlanCorpus(c.Documents, c.Catalogue) { PackageId = id, DataVersion = new DataVersion(version, "hash-" + id) };
    }

    [Fact]
    public void A_composed_corpus_finds_children_parents_alignment_and_series_across_packages()
    {
        var (parentDir, childDir) = Split();
        var parent = Package(parentDir, "Demo.Parent", "1.2.0");
        var child = Package(childDir, "Demo.Child", "0.3.1");

        var corpus = PlanCorpus.Compose(parent, child);

        var district = Assert.Single(corpus.ChildrenOf("demo-14fyp"));
        Assert.Equal("demo-district-14fyp", district.Id);
        Assert.Same(parent.Find("demo-14fyp"), corpus.ParentOf(district));
        Assert.Null(child.ParentOf(district));
        var forest = corpus.AlignWithParent(district).Single(a => a.Child.CatalogueId == "forest-coverage");
        Assert.Equal("demo-14fyp", forest.Parent!.DocumentId);

        // The child package has no catalogue of its own: the series takes the unit from the parent's entry.
        var series = corpus.Series("grp-growth", district.Region);
        Assert.Equal("percent", series.UnitId);
        Assert.All(series, p => Assert.Equal("demo-district-14fyp", p.Document.Id));
        Assert.NotEmpty(series);

        Assert.Equal(new[] { ("Demo.Parent", "1.2.0"), ("Demo.Child", "0.3.1") }, corpus.Packages.Select(p => (p.Id, p.DataVersion.Version)));
        Assert.Equal(new[] { "demo-14fyp" }, corpus.Packages[0].Documents.Select(d => d.Id));
        Assert.Equal(DataVersion.Unversioned, corpus.DataVersion);
        Assert.Equal(new[] { ("Demo.Child", "0.3.1") }, child.Packages.Select(p => (p.Id, p.DataVersion.Version)));

        // Composing a composition flattens it.
        Assert.Equal(2, PlanCorpus.Compose(corpus).Packages.Count);
    }

    [Fact]
    public void A_document_id_in_two_packages_is_an_error_naming_both()
    {
        var (parentDir, _) = Split();
        var one = Package(parentDir, "Demo.One", "1.0.0");
        var two = Package(parentDir, "Demo.Two", "2.0.0");
        var ex = Assert.Throws<ArgumentException>(() => PlanCorpus.Compose(one, two));
        Assert.Contains("'demo-14fyp'", ex.Message);
        Assert.Contains("Demo.One 1.0.0", ex.Message);
        Assert.Contains("Demo.Two 2.0.0", ex.Message);
    }

    [Fact]
    public void A_child_corpus_validates_against_its_referenced_parent_package()
    {
        var (parentDir, childDir) = Split();
        var alone = CorpusSession.Open(childDir).Diagnostics;
        Assert.Contains(alone, d => d.Code == "PLAN203");
        Assert.Contains(alone, d => d.Code == "PLAN201");

        var reference = Reference(Pack(parentDir));
        var referenced = CorpusSession.Open(childDir, new CorpusSessionOptions { Validation = new ValidationOptions { References = new[] { reference } } }).Diagnostics;
        Assert.DoesNotContain(referenced, d => d.Severity >= PlanSeverity.Warning);
    }

    [Fact]
    public void An_alignment_finding_against_a_referenced_parent_is_reported_at_the_childs_yaml_line()
    {
        var (parentDir, childDir) = Split();
        var reference = Reference(Pack(parentDir));
        Validation.ReplaceInSource(childDir, "district.txt", "demo-district", "\t≥55\n", "\t50\n");
        var table = Path.Combine(childDir, "demo-district", "table-01.yaml");
        var line = Validation.Replace(table, "{raw: \"≥55\"", "{raw: \"50\"");

        var all = CorpusSession.Open(childDir, new CorpusSessionOptions { Validation = new ValidationOptions { References = new[] { reference } } }).Diagnostics;

        Assert.DoesNotContain(all, d => d.Severity == PlanSeverity.Error);
        var finding = Assert.Single(all, d => d.Code == "PLAN602");
        Assert.Contains("'50' is below '≥57'", finding.Message);
        Assert.Equal(Path.GetRelativePath(Directory.GetCurrentDirectory(), table).Replace('\\', '/'), finding.File.Replace('\\', '/'));
        Assert.True(finding.Line < line);
    }

    [Fact]
    public void A_child_document_whose_id_a_referenced_package_has_is_PLAN205()
    {
        var (parentDir, _) = Split();
        var reference = Reference(Pack(parentDir));
        var all = CorpusSession.Open(parentDir, new CorpusSessionOptions { Validation = new ValidationOptions { References = new[] { reference } } }).Diagnostics;
        var d = Assert.Single(all, x => x.Code == "PLAN205");
        Assert.Contains("referenced package 'Demo.Parent'", d.Message);
        Assert.EndsWith("document.yaml", d.File);
    }

    [Fact]
    public void A_catalogue_entry_defined_differently_by_a_referenced_package_is_a_PLAN209_warning_at_the_local_id()
    {
        // The child keeps a copy of the parent's catalogue: identical entries are fine; a changed English name and a
        // changed unit symbol are told, since an app composing both packages reads only the first package's.
        var (parentDir, childDir) = Split();
        var reference = Reference(Pack(parentDir));
        var catalogue = Path.Combine(childDir, "catalogue");
        Directory.CreateDirectory(catalogue);
        File.Copy(Path.Combine(parentDir, "catalogue", "indicators.yaml"), Path.Combine(catalogue, "indicators.yaml"));
        File.Copy(Path.Combine(parentDir, "catalogue", "units.yaml"), Path.Combine(catalogue, "units.yaml"));
        ValidationOptions Options() => new() { References = new[] { reference } };
        Assert.DoesNotContain(CorpusSession.Open(childDir, new CorpusSessionOptions { Validation = Options() }).Diagnostics, x => x.Code == "PLAN209");

        var indicatorLine = Validation.Replace(Path.Combine(catalogue, "indicators.yaml"), "en: GRP Growth}", "en: GDP Growth}");
        var unitLine = Validation.Replace(Path.Combine(catalogue, "units.yaml"), "symbol: \"%\"", "symbol: \"％\"");
        var found = CorpusSession.Open(childDir, new CorpusSessionOptions { Validation = Options() }).Diagnostics.Where(x => x.Code == "PLAN209").ToList();

        Assert.Equal(2, found.Count);
        Assert.All(found, x => Assert.Equal(PlanSeverity.Warning, x.Severity));
        var indicator = Assert.Single(found, x => x.File.EndsWith("indicators.yaml", StringComparison.Ordinal));
        Assert.Equal(indicatorLine, indicator.Line);
        Assert.Equal("indicator 'grp-growth' is also defined by referenced package 'Demo.Parent', differently (name.en 'GDP Growth' here, 'GRP Growth' there); an app composing both packages gets the first package's definition", indicator.Message);
        var unit = Assert.Single(found, x => x.File.EndsWith("units.yaml", StringComparison.Ordinal));
        Assert.Equal(unitLine, unit.Line);
        Assert.Contains("unit 'percent' is also defined by referenced package 'Demo.Parent', differently (symbol '％' here, '%' there)", unit.Message);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unreadable_referenced_data_file_is_a_located_PLAN006(string? content)
    {
        var path = Path.Combine(Path.GetTempPath(), "planmodel-ref-" + Guid.NewGuid().ToString("N") + ".plandata");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        var bag = new DiagnosticBag();
        Assert.Null(PlanReferences.Load(path, "Broken", bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal("PLAN006", d.Code);
        Assert.Equal(path, d.File);
        Assert.Equal(1, d.Line);
        Assert.Contains("'Broken'", d.Message);
    }

    [Fact]
    public void A_linked_referenced_data_file_is_not_followed()
    {
        var (parentDir, _) = Split();
        var data = Pack(parentDir);
        var link = data + ".link";
        File.CreateSymbolicLink(link, data);
        var bag = new DiagnosticBag();
        Assert.Null(PlanReferences.Load(link, "Linked", bag));
        Assert.Contains("link", Assert.Single(bag.Items).Message);
    }

    [Fact]
    public void The_reference_index_round_trips_ids_and_drops_lines_it_cannot_hold()
    {
        var (parentDir, _) = Split();
        var ids = PlanReferences.Ids(new[] { Reference(Pack(parentDir)) });
        var read = ReferencedIds.FromIndex(ids.ToIndex());
        Assert.Equal(ids.DocumentIds, read.DocumentIds);
        Assert.Equal(ids.Catalogue.Indicators.Select(i => (i.Id, i.Measure)), read.Catalogue.Indicators.Select(i => (i.Id, i.Measure)));
        Assert.Equal(ids.Catalogue.Units.Select(u => u.Id), read.Catalogue.Units.Select(u => u.Id));
        Assert.Equal(ReferencedIds.Empty, ReferencedIds.FromIndex("document\tnot-an-index"));
    }

    [Fact]
    public void The_generator_resolves_a_parent_and_catalogue_ids_from_the_reference_index()
    {
        var (parentDir, childDir) = Split();
        var index = PlanReferences.Ids(new[] { Reference(Pack(parentDir)) }).ToIndex();
        var files = GeneratorHarness.FilesOf(childDir);

        var alone = GeneratorHarness.Run(files).Diagnostics;
        Assert.Contains(alone, d => d.Id == "PLAN203");

        files.Add(new MemoryAdditionalText("/obj/planmodel.references.txt", index));
        var (output, _, diagnostics) = GeneratorHarness.Run(files, GeneratorHarness.DefaultOptions(new() { ["build_property.PlanModelPackageId"] = "Demo.Child" }));
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Contains(output.SyntaxTrees, t => t.ToString().Contains("PackageId = \"Demo.Child\"", StringComparison.Ordinal));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Docs;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// Side-file docs (PlanModelSourceDocs=false): the generated document classes carry no summaries, the build writes
/// them to a side file and merges it into the compiler's documentation file. The merged file must be the one the
/// compiler writes from the <c>///</c> comments, member for member and text for text.
/// </summary>
public sealed class SideDocsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("planmodel-sidedocs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_fixture_documentation_merged_from_the_side_file_equals_the_one_from_source_comments()
    {
        var (fromSource, merged) = BothWays(Repo.Fixture("mini"), "Demo.Data");
        Assert.Empty(Differences(fromSource, merged));
        Assert.Contains(fromSource.Keys, k => k.StartsWith("P:Demo.Data.", StringComparison.Ordinal) && k.Count(c => c == '.') == 4);
    }

    [Fact]
    public void The_real_corpus_documentation_merged_from_the_side_file_equals_the_one_from_source_comments()
    {
        var (fromSource, merged) = BothWays(Repo.Corpus, "PlanModel.Chongqing");
        Assert.Empty(Differences(fromSource, merged));
        Assert.True(fromSource.Count > 1000, $"{fromSource.Count} members");
    }

    [Fact]
    public void A_member_missing_from_the_side_file_is_a_difference()
    {
        static string DropFirstProperty(string side)
        {
            var first = side.IndexOf("        <member name=\"P:", StringComparison.Ordinal);
            var end = side.IndexOf("</member>\n", first, StringComparison.Ordinal) + "</member>\n".Length;
            return side.Remove(first, end - first);
        }

        var (fromSource, merged) = BothWays(Repo.Fixture("mini"), "Demo.Data", DropFirstProperty);
        var missing = Assert.Single(Differences(fromSource, merged));
        Assert.StartsWith("missing P:Demo.Data.", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_twice_changes_nothing()
    {
        BothWays(Repo.Fixture("mini"), "Demo.Data");
        AssertMergingAgainChangesNothing();
    }

    [Fact]
    public void A_users_own_comment_on_their_part_of_a_document_class_is_kept_with_the_merged_summary_as_in_source_docs()
    {
        // The comment's own lines hold a <member name=" line (in an XML comment): text, not a member.
        const string Mine = """
            namespace Demo.Data
            {
                /// <remarks>Our own note.</remarks>
                /// <!--
                /// <member name="P:Demo.Data.Fake">
                /// -->
                partial class DemoDistrict14fyp
                {
                }
            }
            """;
        var (fromSource, merged) = BothWays(Repo.Fixture("mini"), "Demo.Data", null, Mine);
        Assert.Empty(Differences(fromSource, merged));
        var member = merged["T:Demo.Data.DemoDistrict14fyp"];
        Assert.Contains("Our own note.", member, StringComparison.Ordinal);
        Assert.Contains("示范区第十四个五年规划纲要", member, StringComparison.Ordinal);
        Assert.DoesNotContain("P:Demo.Data.Fake", merged.Keys);

        AssertMergingAgainChangesNothing();
    }

    [Fact]
    public void A_compiler_file_with_CRLF_line_breaks_gets_the_summary_in_its_users_member_and_merging_again_changes_nothing()
    {
        // The compiler's line breaks follow the platform; the side file's are LF.
        var compiled = Path.Combine(_dir, "crlf.xml");
        var side = Path.Combine(_dir, "crlf-side.xml");
        File.WriteAllText(compiled, "<?xml version=\"1.0\"?>\r\n<doc>\r\n    <assembly>\r\n        <name>X</name>\r\n    </assembly>\r\n    <members>\r\n"
            + "        <member name=\"T:X.A\">\r\n            <remarks>Mine.</remarks>\r\n        </member>\r\n    </members>\r\n</doc>\r\n");
        File.WriteAllText(side, "<?xml version=\"1.0\"?>\n<doc>\n    <members>\n"
            + "        <member name=\"T:X.A\">\n            <summary>A</summary>\n        </member>\n"
            + "        <member name=\"P:X.A.B\">\n            <summary>B</summary>\n        </member>\n    </members>\n</doc>\n");

        Assert.Equal(2, DocumentationFile.Merge(compiled, side));
        var members = DocumentationMembers.Of(compiled);
        Assert.Equal(new[] { "P:X.A.B", "T:X.A" }, members.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("<remarks>Mine.</remarks>", members["T:X.A"], StringComparison.Ordinal);
        Assert.Contains("<summary>A</summary>", members["T:X.A"], StringComparison.Ordinal);
        var once = File.ReadAllText(compiled);
        DocumentationFile.Merge(compiled, side);
        Assert.Equal(once, File.ReadAllText(compiled));
    }

    [Fact]
    public void A_documentation_file_cut_short_is_deleted_and_reported_and_a_merge_leaves_no_temporary_file()
    {
        BothWays(Repo.Fixture("mini"), "Demo.Data");
        Assert.Equal(new[] { "compiled.xml", "side.xml", "source.xml" }, Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var compiled = Path.Combine(_dir, "compiled.xml");
        var text = File.ReadAllText(compiled);
        File.WriteAllText(compiled, text.Substring(0, text.Length / 2));
        var engine = new MockBuildEngine();
        var task = new PlanModel.Build.MergePlanDocs { BuildEngine = engine, DocumentationFile = compiled, DocsFile = Path.Combine(_dir, "side.xml") };
        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Contains("has no </members> line", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(compiled));
    }

    [Fact]
    public void A_missing_side_file_is_a_warning_and_leaves_the_documentation_file_as_the_compiler_wrote_it()
    {
        BothWays(Repo.Fixture("mini"), "Demo.Data");
        var compiled = Path.Combine(_dir, "compiled.xml");
        var once = File.ReadAllText(compiled);
        var engine = new MockBuildEngine();
        var task = new PlanModel.Build.MergePlanDocs { BuildEngine = engine, DocumentationFile = compiled, DocsFile = Path.Combine(_dir, "none.xml") };
        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Contains("none.xml is missing", Assert.Single(engine.Warnings).Message, StringComparison.Ordinal);
        Assert.Equal(once, File.ReadAllText(compiled));
    }

    [Fact]
    public void A_supplementary_character_gives_a_documentation_file_a_strict_reader_reads()
    {
        var corpus = Path.Combine(_dir, "corpus");
        foreach (var file in Directory.GetFiles(Repo.Fixture("mini"), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(corpus, Path.GetRelativePath(Repo.Fixture("mini"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        // U+20BB7, a surrogate pair in UTF-16. (A control character never reaches the docs: the reader rejects it raw,
        // PLAN004, and as an escape; DocText's own test covers it.)
        var document = Path.Combine(corpus, "demo-plan", "document.yaml");
        File.WriteAllText(document, File.ReadAllText(document).Replace("en: \"Demo City", "en: \"Demo \U00020BB7 City", StringComparison.Ordinal));

        var (fromSource, merged) = BothWays(corpus, "Demo.Data");
        Assert.Empty(Differences(fromSource, merged));
        Assert.True(merged.Values.Any(v => v.Contains("Demo \U00020BB7 City", StringComparison.Ordinal)), string.Join("\n", merged.Values.Where(v => v.Contains("Demo ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Doc_text_writes_a_surrogate_pair_as_its_character_and_what_XML_forbids_as_U_FFFD()
    {
        Assert.Equal("a\U00020BB7b", DocText.Escape("a\U00020BB7b"));
        Assert.Equal("a\uFFFDb", DocText.Escape("a\uD842b"));
        Assert.Equal("a\uFFFD\uFFFD", DocText.Escape("a\uDFB7\uD842"));
        Assert.Equal("a\uFFFD\uFFFD\uFFFD\uFFFD", DocText.Escape("a\u0001\u007F\uFFFE\uFFFF"));
        Assert.Equal("a&#x200B;&#x85;", DocText.Escape("a\u200B\u0085"));
    }

    private void AssertMergingAgainChangesNothing()
    {
        var compiled = Path.Combine(_dir, "compiled.xml");
        var once = File.ReadAllText(compiled);
        DocumentationFile.Merge(compiled, Path.Combine(_dir, "side.xml"));
        Assert.Equal(once, File.ReadAllText(compiled));
    }

    /// <summary>Compiles the corpus's generated code with source docs and with side-file docs (the side file written
    /// and merged as the build does); returns both documentation files' members.</summary>
    private (IReadOnlyDictionary<string, string> FromSource, IReadOnlyDictionary<string, string> Merged) BothWays(string corpus, string ns, Func<string, string>? editSide = null, params string[] sources)
    {
        var files = GeneratorHarness.FilesOf(corpus);
        var sourceXml = Path.Combine(_dir, "source.xml");
        var compiled = Path.Combine(_dir, "compiled.xml");
        var side = Path.Combine(_dir, "side.xml");
        EmitDocs(files, new() { ["build_property.PlanModelNamespace"] = ns }, sourceXml, sources);
        EmitDocs(files, new() { ["build_property.PlanModelNamespace"] = ns, ["build_property.PlanModelSourceDocs"] = "false" }, compiled, sources);
        DocumentationFile.Write(side, CorpusSession.Open(corpus), ns, "Plans");
        if (editSide is not null)
        {
            File.WriteAllText(side, editSide(File.ReadAllText(side)));
        }

        DocumentationFile.Merge(compiled, side);
        return (DocumentationMembers.Of(sourceXml), DocumentationMembers.Of(compiled));
    }

    private static void EmitDocs(List<AdditionalText> files, Dictionary<string, string> properties, string xmlPath, string[] sources)
    {
        var (output, result, _) = GeneratorHarness.Run(files, GeneratorHarness.DefaultOptions(properties), sources);
        Assert.Null(Assert.Single(result.Results).Exception);
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var reparsed = output.RemoveAllSyntaxTrees().AddSyntaxTrees(output.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), parse)));
        using var pe = new MemoryStream();
        using (var xml = File.Create(xmlPath))
        {
            var emitted = reparsed.Emit(pe, xmlDocumentationStream: xml);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(5)));
            Assert.DoesNotContain(emitted.Diagnostics, d => d.Id is "CS1591" or "CS1570");
        }
    }

    private static List<string> Differences(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        var result = new List<string>();
        foreach (var (name, text) in expected)
        {
            if (!actual.TryGetValue(name, out var other))
            {
                result.Add("missing " + name);
            }
            else if (other != text)
            {
                result.Add($"differs {name}:\n{text}\n{other}");
            }
        }

        result.AddRange(actual.Keys.Where(k => !expected.ContainsKey(k)).Select(k => "extra " + k));
        return result;
    }
}

using System.IO;
using System.Linq;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Yaml;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The lexical half of the one source resolver (<see cref="SourcePath"/>) and what may be shown of a source
/// (<see cref="VerifiedSources"/>): each branch of both, case by case (the mutation run of docs/robustness.md found
/// them covered only through whole-corpus tests).
/// </summary>
public class SourceConfinementTests
{
    private const string Doc = "plans-yaml/demo-plan/document.yaml";

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u001F")]
    [InlineData("\u007F")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("\"")]
    [InlineData("<")]
    [InlineData(">")]
    [InlineData("|")]
    public void A_character_no_file_name_should_hold_is_PLAN308_naming_its_code_point(string c)
    {
        Assert.False(SourcePath.TryNormalize(Doc, "../sources/a" + c + "b.txt", out var path, out var problem));
        Assert.Equal(string.Empty, path);
        Assert.Equal("PLAN308", problem!.Rule.Code);
        Assert.Contains(((int)c[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), problem.Message);
    }

    [Fact]
    public void A_space_is_an_ordinary_character()
    {
        Assert.True(SourcePath.TryNormalize(Doc, "../sources/a b.txt", out var path, out var problem));
        Assert.Null(problem);
        Assert.Equal("sources/a b.txt", path);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("\\etc\\passwd")]
    [InlineData("C:/x.txt")]
    [InlineData(":x.txt")]
    [InlineData("~/x.txt")]
    public void An_absolute_path_is_refused(string file)
    {
        Assert.False(SourcePath.TryNormalize(Doc, file, out var path, out var problem));
        Assert.Equal(string.Empty, path);
        Assert.Equal(SourcePath.Normalize(Doc, file), path);
        Assert.Equal("PLAN308", problem!.Rule.Code);
        SourcePath.TryNormalize(Doc, "/x.txt", out _, out var absolute);
        Assert.Equal(absolute!.Message, problem.Message);
    }

    [Theory]
    [InlineData(Doc, "../sources/./x.txt", "sources/x.txt")]
    [InlineData(Doc, "..//sources//x.txt", "sources/x.txt")]
    [InlineData(Doc, "..\\sources\\x.txt", "sources/x.txt")]
    [InlineData("demo-plan/document.yaml", "../sources/x.txt", "sources/x.txt")]
    [InlineData("document.yaml", "sources/x.txt", "sources/x.txt")]
    [InlineData("/document.yaml", "sources/x.txt", "sources/x.txt")]
    [InlineData("a/./document.yaml", "sources/x.txt", "sources/x.txt")]
    [InlineData("a/../document.yaml", "sources/x.txt", "sources/x.txt")]
    [InlineData(Doc, "../sources/deeper/../x.txt", "sources/x.txt")]
    public void A_path_is_read_from_its_documents_folder_and_normalised_once(string document, string file, string expected)
    {
        Assert.True(SourcePath.TryNormalize(document, file, out var path, out var problem), problem?.Message);
        Assert.Equal(expected, path);
        Assert.Equal(expected, SourcePath.Normalize(document, file));
    }

    [Theory]
    [InlineData(Doc, "sources/x.txt", "demo-plan/sources/x.txt")]
    [InlineData(Doc, "../other/x.txt", "other/x.txt")]
    [InlineData(Doc, "../sources", "sources")]
    [InlineData("/a/document.yaml", "sources/x.txt", "a/sources/x.txt")]
    public void A_path_outside_the_sources_folder_is_PLAN308_naming_where_it_leads(string document, string file, string where)
    {
        Assert.False(SourcePath.TryNormalize(document, file, out _, out var problem));
        Assert.Equal("PLAN308", problem!.Rule.Code);
        Assert.Contains("'" + where + "'", problem.Message);
    }

    [Fact]
    public void Leaving_the_corpus_and_dot_only_segments_are_refused()
    {
        Assert.False(SourcePath.TryNormalize(Doc, "../../../sources/x.txt", out _, out var leaves));
        Assert.Equal("PLAN308", leaves!.Rule.Code);
        Assert.False(SourcePath.TryNormalize(Doc, "../sources/.../x.txt", out _, out var dots));
        Assert.Equal("PLAN308", dots!.Rule.Code);
        Assert.NotEqual(leaves.Message, dots.Message);
        Assert.False(SourcePath.TryNormalize(Doc, string.Empty, out _, out var empty));
        Assert.Equal("PLAN308", empty!.Rule.Code);
    }

    [Fact]
    public void Only_sources_matching_their_pins_are_shown()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var session = CorpusSession.Open(dir);
        Assert.True(session.Sources.IsVerified("sources/demo.txt"));
        Assert.True(session.Sources.IsVerified("sources/district.txt"));
        Assert.False(session.Sources.IsVerified("sources/none.txt"));
        Assert.Equal("第一章  总体要求", session.Sources.Line("sources/demo.txt", 3));
        Assert.Null(session.Sources.Line("sources/none.txt", 3));

        // The district now cites the plan's source under its own (wrong) pin: one mismatching pin hides the source
        // from everything, even though the plan's pin matches.
        Validation.Replace(Path.Combine(dir, "demo-district", "document.yaml"), "file: ../sources/district.txt", "file: ../sources/demo.txt");
        var tampered = CorpusSession.Open(dir);
        Assert.False(tampered.Sources.IsVerified("sources/demo.txt"));
        Assert.Null(tampered.Sources.Line("sources/demo.txt", 3));
        Assert.False(tampered.Sources.IsVerified("sources/district.txt"));
    }

    [Fact]
    public void A_citation_shows_its_lines_within_the_citation_budgets()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var docs = CorpusSession.Open(dir).Assembled.Documents;
        var one = new Citation { SourceFile = "sources/demo.txt", Line = 3 };
        var two = new Citation { SourceFile = "sources/demo.txt", Line = 3, Lines = new[] { 3, 5 } };
        var sources = VerifiedSources.Of(docs, new SourceResolver());
        Assert.Equal("第一章  总体要求", sources.Text(one));
        Assert.Contains("总体要求", sources.Text(two));
        Assert.Contains("主要指标", sources.Text(two));
        Assert.Null(sources.Text(new Citation { SourceFile = "sources/none.txt", Line = 3 }));

        var fewLines = VerifiedSources.Of(docs, new SourceResolver(), new ReaderLimits { MaxLinesPerCitation = 1 });
        Assert.Equal("第一章  总体要求", fewLines.Text(one));
        Assert.Null(fewLines.Text(two));
        Assert.NotNull(VerifiedSources.Of(docs, new SourceResolver(), new ReaderLimits { MaxLinesPerCitation = 2 }).Text(two));
        var fewChars = VerifiedSources.Of(docs, new SourceResolver(), new ReaderLimits { MaxJoinedCharsPerCitation = 8 });
        Assert.Null(fewChars.Text(two));
        var enough = VerifiedSources.Of(docs, new SourceResolver(), new ReaderLimits { MaxJoinedCharsPerCitation = sources.Text(two)!.Length });
        Assert.NotNull(enough.Text(two));
    }

    [Fact]
    public void A_quote_is_located_in_its_verified_line()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var sources = CorpusSession.Open(dir).Sources;
        Assert.Null(sources.OffsetOf(null, "总体要求"));
        Assert.Equal(7, sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3, Offset = 7 }, "x"));
        Assert.Equal(5, sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3, Quote = "总体要求" }, "第一章"));
        Assert.Equal(0, sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3 }, "第一章"));
        Assert.Null(sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3 }, null));
        Assert.Null(sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3 }, "不在此行"));
        Assert.Null(sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3, Lines = new[] { 3, 5 }, Quote = "总体要求" }, null));
        Assert.Equal(5, sources.OffsetOf(new Citation { SourceFile = "sources/demo.txt", Line = 3, Lines = new[] { 3 }, Quote = "总体要求" }, null));
        Assert.Null(sources.OffsetOf(new Citation { SourceFile = "sources/none.txt", Line = 3, Quote = "总体要求" }, null));
    }

    [Fact]
    public void A_source_of_exactly_the_size_limit_loads_and_one_byte_more_is_refused()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var doc = Path.Combine(dir, "demo-plan", "document.yaml");
        var size = new FileInfo(Path.Combine(dir, "sources", "demo.txt")).Length;
        Assert.NotNull(new SourceResolver(limits: new ReaderLimits { MaxSourceBytes = size }).Load(doc, "../sources/demo.txt").Text);
        var refused = new SourceResolver(limits: new ReaderLimits { MaxSourceBytes = size - 1 }).Load(doc, "../sources/demo.txt");
        Assert.Null(refused.Text);
        Assert.Equal("PLAN003", refused.Finding!.Rule.Code);
    }
}

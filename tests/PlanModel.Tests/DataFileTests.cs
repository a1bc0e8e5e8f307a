using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PlanModel.Cli;
using PlanModel.Benchmarks;
using PlanModel.Cli.Diff;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Serialization;
using Xunit;

namespace PlanModel.Tests;

/// <summary>The data file (<c>plan pack-data</c>, <see cref="PlanCorpus.Load(Stream)"/>) and the data version.</summary>
public class DataFileTests
{
    private static readonly Lazy<(CorpusSession Session, byte[] Bytes)> Real = new(() =>
    {
        var output = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N"), "corpus.plandata");
        var (code, stdout, stderr) = Cli("pack-data", Repo.Corpus, "--output", output);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("14 documents", stdout, StringComparison.Ordinal);
        return (CorpusSession.Open(Repo.Corpus), File.ReadAllBytes(output));
    });

    [Fact]
    public void Packed_corpus_loads_equal_to_the_runtime_build_of_the_yaml()
    {
        var (session, bytes) = Real.Value;
        var loaded = PlanCorpus.Load(new MemoryStream(bytes));
        Assert.Equal(session.Corpus.Documents.Count, loaded.Documents.Count);
        Assert.Equal(Export(CorpusBuild.Of(session)), Export(CorpusBuild.Of(loaded, session)));
    }

    [Fact]
    public void A_stream_that_cannot_seek_loads_the_same()
    {
        var (session, bytes) = Real.Value;
        var loaded = PlanCorpus.Load(new ForwardOnlyStream(bytes));
        Assert.Equal(Export(CorpusBuild.Of(session)), Export(CorpusBuild.Of(loaded, session)));
    }

    [Fact]
    public void Packed_file_carries_the_data_version_property_and_the_corpus_hash()
    {
        var (session, bytes) = Real.Value;
        var loaded = PlanCorpus.Load(new MemoryStream(bytes));
        var property = DataVersionFile.Read(File.ReadAllText(Path.Combine(Repo.Root, "Directory.Build.props")));
        Assert.NotNull(property);
        Assert.Equal(property, loaded.DataVersion.Version);
        Assert.Equal(CorpusHash.Of(session.Files), loaded.DataVersion.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", loaded.DataVersion.ContentHash);
    }

    [Fact]
    public void Packing_is_deterministic()
    {
        var (session, bytes) = Real.Value;
        using var again = new MemoryStream();
        PlanDataFileWriter.Write(again, session.Corpus, PlanCorpus.Load(new MemoryStream(bytes)).DataVersion);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void Every_item_of_a_loaded_corpus_is_reachable_by_id()
    {
        var loaded = PlanCorpus.Load(new MemoryStream(Real.Value.Bytes));
        var count = 0;
        foreach (var d in loaded.Documents)
        {
            Assert.Same(d, loaded.Find(d.Id));
            Assert.Equal(typeof(PlanDocument), d.GetType());
            foreach (var t in d.Tables)
            {
                Assert.Same(t, loaded.FindTable(d.Id, t.Id));
                foreach (var r in t.Rows)
                {
                    Assert.Same(r, loaded.FindIndicator(d.Id, t.Id, r.Key));
                    count++;
                }
            }

            foreach (var l in d.ProjectLists)
            {
                Assert.Same(l, loaded.FindProjectList(d.Id, l.Id));
            }

            foreach (var t in d.Targets)
            {
                Assert.Same(t, loaded.FindTarget(d.Id, t.Id));
                count++;
            }
        }

        Assert.True(count > 100, $"only {count} rows and targets");
        Assert.Equal("grp-growth", loaded.FindIndicator("cq-14fyp", "main-indicators", "main-indicators/1")?.CatalogueId); // README's example
        Assert.Null(loaded.FindTable("cq-14fyp", "no-such-table"));
        Assert.Null(loaded.FindTarget("no-such-document", "x"));
    }

    [Fact]
    public void A_document_the_compiled_package_does_not_have_is_found_by_id()
    {
        // A corpus grown after the package was built: the data file has a document no generated class knows.
        var root = Repo.CopyToTemp(Repo.Fixture("mini"));
        var output = Path.Combine(root, "..", Path.GetFileName(root) + ".plandata");
        var (code, stdout, stderr) = Cli("pack-data", root, "--output", output, "--data-version", "9.9.9");
        Assert.True(code == 0, stdout + stderr);
        var loaded = PlanCorpus.Load(output);
        Assert.Equal("9.9.9", loaded.DataVersion.Version);
        var doc = Assert.Single(loaded.Documents, d => d.Id == "demo-14fyp");
        var table = doc.Tables[0];
        Assert.Same(table.Rows[0], loaded.FindIndicator("demo-14fyp", table.Id, table.Rows[0].Key));
        Assert.NotNull(table.Rows[0].Values[0].Citation);
    }

    [Fact]
    public void Data_version_hash_changes_when_a_yaml_file_changes_and_not_when_files_move()
    {
        var root = Repo.CopyToTemp(Repo.Fixture("mini"));
        var before = Pack(root);
        var moved = Repo.CopyToTemp(Repo.Fixture("mini"));
        Assert.Equal(before, Pack(moved));

        var file = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).First();
        File.AppendAllText(file, "\n# an edit\n");
        var after = Pack(root);
        Assert.Equal(before.Version, after.Version);
        Assert.NotEqual(before.ContentHash, after.ContentHash);

        // Line ends of the checkout do not count: the same text with CRLF has the same hash.
        var crlf = Repo.CopyToTemp(Repo.Fixture("mini"));
        foreach (var f in Directory.EnumerateFiles(crlf, "*.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(f, File.ReadAllText(f).Replace("\r\n", "\n").Replace("\n", "\r\n"));
        }

        Assert.Equal(before, Pack(crlf));
    }

    [Fact]
    public void Compiled_data_version_is_the_property_and_the_hash_pack_data_computes()
    {
        var options = GeneratorHarness.DefaultOptions(new Dictionary<string, string> { ["build_property.PlanModelDataVersion"] = "3.4.5" });
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Fixture("mini")), options);
        Assert.True(GeneratorHarness.Problems(output).Length == 0, string.Join("\n", GeneratorHarness.Problems(output)));
        var plans = Compiler.Load(output).GetType("Demo.Data.Plans")!;
        var version = (DataVersion)plans.GetProperty("DataVersion")!.GetValue(null)!;
        var corpus = (PlanCorpus)plans.GetProperty("Corpus")!.GetValue(null)!;
        Assert.Equal(new DataVersion("3.4.5", CorpusHash.Of(CorpusSession.Open(Repo.Fixture("mini")).Files)), version);
        Assert.Same(version, corpus.DataVersion);

        // An edited file gives another hash in the generator too.
        var files = GeneratorHarness.FilesOf(Repo.Fixture("mini"));
        files[0] = new MemoryAdditionalText(files[0].Path, files[0].GetText()!.ToString() + "\n# an edit\n");
        var edited = Compiler.Load(GeneratorHarness.Run(files, options).Output).GetType("Demo.Data.Plans")!;
        var editedVersion = (DataVersion)edited.GetProperty("DataVersion")!.GetValue(null)!;
        Assert.Equal("3.4.5", editedVersion.Version);
        Assert.NotEqual(version.ContentHash, editedVersion.ContentHash);
    }

    [Fact]
    public void A_file_that_is_not_plan_data_is_refused()
    {
        var ex = Assert.Throws<PlanDataException>(() => PlanCorpus.Load(new MemoryStream(Encoding.UTF8.GetBytes("{\"documents\": []}"))));
        Assert.Contains("Not a PlanModel data file", ex.Message, StringComparison.Ordinal);
        Assert.Throws<PlanDataException>(() => PlanCorpus.Load(new MemoryStream(Array.Empty<byte>())));
    }

    [Fact]
    public void A_file_of_another_format_version_is_refused()
    {
        var bytes = (byte[])Real.Value.Bytes.Clone();
        bytes[8] = 1; // a file of format version 1 (PM2| data texts, before delivery information was marked)
        var ex = Assert.Throws<PlanDataException>(() => PlanCorpus.Load(new MemoryStream(bytes)));
        Assert.Contains("format version 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("reads format version 2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(14)]
    [InlineData(100)]
    [InlineData(5000)]
    [InlineData(-1)]
    public void A_truncated_file_is_refused(int keep)
    {
        var bytes = Real.Value.Bytes;
        var cut = bytes.AsSpan(0, keep < 0 ? bytes.Length + keep : keep).ToArray();
        var ex = Assert.Throws<PlanDataException>(() => PlanCorpus.Load(new MemoryStream(cut)));
        Assert.Contains("PlanModel data file is", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_length_is_refused_before_it_is_allocated()
    {
        // The data version's length (bytes 12-15) claims 2 GB; the file is far shorter.
        var bytes = (byte[])Real.Value.Bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, 12);
        var ex = Assert.Throws<PlanDataException>(() => PlanCorpus.Load(new MemoryStream(bytes)));
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_section_is_refused_with_where()
    {
        // Flip the catalogue's first data byte after its format prefix (PM3|): the text no longer parses.
        var bytes = (byte[])Real.Value.Bytes.Clone();
        var at = IndexOf(bytes, Encoding.ASCII.GetBytes(PlanModel.Serialization.PlanDataReader.Magic)) + PlanModel.Serialization.PlanDataReader.Magic.Length;
        bytes[at] = (byte)'x';
        var ex = Assert.Throws<PlanDataException>(() => PlanCorpus.Load(new MemoryStream(bytes)));
        Assert.Contains("corrupt in the catalogue", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_data_refuses_a_corpus_with_errors_and_needs_an_output()
    {
        var root = Repo.CopyToTemp(Repo.Fixture("mini"));
        var file = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).First();
        File.AppendAllText(file, "\nnoSuchKey: 1\n");
        var output = Path.Combine(root, "out.plandata");
        var (code, _, stderr) = Cli("pack-data", root, "--output", output, "--data-version", "1.0.0");
        Assert.Equal(1, code);
        Assert.Contains("nothing written", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(2, Cli("pack-data", root).Code);
    }

    private static DataVersion Pack(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "planmodel-tests", Guid.NewGuid().ToString("N") + ".plandata");
        var (code, stdout, stderr) = Cli("pack-data", root, "--output", output, "--data-version", "1.0.0");
        Assert.True(code == 0, stdout + stderr);
        return PlanCorpus.Load(output).DataVersion;
    }

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Export(CorpusBuild build)
    {
        using var ms = new MemoryStream();
        JsonExporter.Write(build, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>A stream that cannot seek (a network or pipe stream).</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _inner;

        public ForwardOnlyStream(byte[] bytes) => _inner = new MemoryStream(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

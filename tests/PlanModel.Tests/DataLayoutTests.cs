using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PlanModel.Serialization;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Serialization;
using Xunit;

namespace PlanModel.Tests;

/// <summary>
/// The one description of the compact data layout (<see cref="PlanDataLayout{C}"/>): what the writer writes the reader
/// reads back, field for field, for the real corpus and for edge cases; every model property is in the layout; a
/// damaged text or file fails with the format's own exception; docs/data-file.md prints the layout.
/// </summary>
public class DataLayoutTests
{
    private static readonly Lazy<PlanCorpus> Real = new(() => CorpusSession.Open(Repo.Corpus).Corpus);

    [Fact]
    public void Every_document_of_the_real_corpus_round_trips_field_for_field()
    {
        var corpus = Real.Value;
        Assert.Equal(14, corpus.Documents.Count);
        foreach (var doc in corpus.Documents)
        {
            ModelEquality.AssertEqual(doc, RoundTrip(doc), doc.Id);
        }

        var catalogue = new PlanDataWriter();
        catalogue.Catalogue(corpus.Catalogue);
        var reader = new PlanDataReader(catalogue.ToString());
        var read = reader.ReadCatalogue();
        reader.End();
        ModelEquality.AssertEqual(corpus.Catalogue, read, "catalogue");
    }

    [Fact]
    public void The_compiled_corpus_equals_the_runtime_build_field_for_field()
    {
        // The generated classes read the data in the order the emitter takes from the layout.
        var (output, result, _) = GeneratorHarness.Run(GeneratorHarness.FilesOf(Repo.Corpus, Repo.Corpus));
        Assert.Null(result.Results[0].Exception);
        var compiled = (PlanCorpus)Compiler.Load(output).GetType("Demo.Data.Plans")!.GetProperty("Corpus")!.GetValue(null)!;
        foreach (var doc in Real.Value.Documents)
        {
            ModelEquality.AssertEqual(doc, compiled.Find(doc.Id), doc.Id);
        }
    }

    [Fact]
    public void What_is_read_back_writes_the_same_text_so_no_field_is_written_and_not_read()
    {
        // A field written but not read (or read but not written) leaves tokens over, shifts every later field or
        // drops a value: reading would fail, or writing what was read would give another text.
        foreach (var doc in Real.Value.Documents)
        {
            var text = Write(doc);
            Assert.Equal(text, Write(Read(text)));
        }
    }

    [Fact]
    public void Every_property_of_the_model_is_a_field_of_its_record_and_every_field_a_property()
    {
        var problems = new List<string>();
        foreach (var record in PlanDataLayoutTable.Records)
        {
            var type = typeof(PlanCorpus).Assembly.GetType("PlanModel." + record.Name);
            if (type is null)
            {
                continue; // a section: a data file's framing, not a model type
            }

            var settable = ModelEquality.Properties(type).Where(p => p.CanWrite).ToList();
            var properties = (settable.Count > 0 ? settable : ModelEquality.Properties(type).ToList()).Select(p => p.Name).ToHashSet();
            var fields = record.Fields.Select(f => f.Name).ToHashSet();
            var notWritten = properties.Except(fields).ToList();
            var noProperty = record.Fields.Where(f => !properties.Contains(f.Name) && !f.Shaped).Select(f => f.Name).ToList();
            if (notWritten.Count > 0 || noProperty.Count > 0)
            {
                problems.Add($"{record.Name}: properties not in the layout [{string.Join(", ", notWritten)}], fields with no property [{string.Join(", ", noProperty)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(PlanDataLayoutTable.Records, r => r.Name == nameof(PlanValue));
        Assert.Contains(PlanDataLayoutTable.Records, r => r.Name == nameof(OutlineNode));
    }

    [Fact]
    public void A_record_that_may_be_null_never_starts_with_a_token_that_may_be_null()
    {
        // `~` must mean "no record": a NullableRecord whose first field may be `~` is ambiguous (use MarkedRecord).
        foreach (var field in PlanDataLayoutTable.Records.SelectMany(r => r.Fields))
        {
            if (field.Token.EndsWith("?", StringComparison.Ordinal) && !field.Token.StartsWith("+", StringComparison.Ordinal) && field.Token.Length > 2)
            {
                Assert.False(MayStartWithNull(field.Token.TrimEnd('?')), $"{field.Name} `{field.Token}`: its record may start with ~; make it a MarkedRecord");
            }
        }
    }

    [Fact]
    public void A_data_text_of_the_previous_format_is_refused_with_what_to_do()
    {
        var ex = Assert.Throws<FormatException>(() => new PlanDataReader("PM2|4:edge"));
        Assert.Contains("PlanModel data of format PM2; this PlanModel runtime reads PM3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild the data package", ex.Message, StringComparison.Ordinal);
    }

    private static bool MayStartWithNull(string record)
    {
        var first = PlanDataLayoutTable.Find(record).Fields.FirstOrDefault();
        return first is not null && !first.Token.StartsWith("[", StringComparison.Ordinal) &&
            (first.Token.EndsWith("?", StringComparison.Ordinal) || (first.Token.Length > 2 && PlanDataLayoutTable.Records.Any(r => r.Name == first.Token) && MayStartWithNull(first.Token)));
    }

    [Fact]
    public void Each_field_a_generated_class_reads_names_a_reader_method_of_its_type()
    {
        foreach (var record in new[] { nameof(PlanDocument), nameof(IndicatorTable), nameof(ProjectList) })
        {
            var type = typeof(PlanCorpus).Assembly.GetType("PlanModel." + record)!;
            foreach (var field in PlanDataLayoutTable.Find(record).Fields)
            {
                if (field.Shaped && field.Name is nameof(PlanDocument.Tables) or nameof(PlanDocument.ProjectLists))
                {
                    continue; // typed classes of their own
                }

                Assert.True(field.Reader is not null, $"{record}.{field.Name} ({field.Token}) has no reader method");
                var method = typeof(PlanDataReader).GetMethod(field.Reader!);
                Assert.True(method is not null, $"PlanDataReader.{field.Reader} does not exist");
                var target = field.Shaped ? typeof(PlanCorpus).Assembly.GetType("PlanModel." + field.Item)! : type.GetProperty(field.Name)!.PropertyType;
                Assert.True(target.IsAssignableFrom(method!.ReturnType), $"{record}.{field.Name}: {field.Reader} returns {method.ReturnType}, not {target}");
            }
        }
    }

    [Fact]
    public void The_data_file_doc_prints_the_layout()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "data-file.md")).Replace("\r\n", "\n");
        var m = Regex.Match(doc, "<!-- layout:begin -->\n(.*?)<!-- layout:end -->", RegexOptions.Singleline);
        Assert.True(m.Success, "docs/data-file.md has no <!-- layout:begin --> … <!-- layout:end --> block");
        Assert.True(
            m.Groups[1].Value == PlanDataLayoutTable.Markdown(),
            "docs/data-file.md's layout table differs from PlanDataLayoutTable.Markdown(); replace the block with:\n" + PlanDataLayoutTable.Markdown());
    }

    [Fact]
    public void Edge_cases_round_trip_nulls_empty_lists_surrogate_pairs_and_back_references_past_ten_thousand()
    {
        var doc = EdgeCases.Document();
        var text = Write(doc);
        Assert.Matches("[0-9]{5}\\^", text); // a back-reference past 10^4 strings
        ModelEquality.AssertEqual(doc, Read(text), doc.Id);

        // The same through a data file (UTF-8, so the surrogate pairs cross an encoding).
        using var file = new MemoryStream();
        PlanDataFileWriter.Write(file, new PlanCorpus(new[] { doc, EdgeCases.Empty() }, EdgeCases.Catalogue()), new DataVersion("1.2.3", new string('a', 64)));
        var loaded = PlanCorpus.Load(new MemoryStream(file.ToArray()));
        ModelEquality.AssertEqual(doc, loaded.Documents[0], doc.Id);
        ModelEquality.AssertEqual(EdgeCases.Empty(), loaded.Documents[1], "empty");
        ModelEquality.AssertEqual(EdgeCases.Catalogue(), loaded.Catalogue, "catalogue");
    }

    [Fact]
    public void Every_truncation_of_a_data_file_is_a_PlanDataException()
    {
        var bytes = SmallFile();
        for (var keep = 0; keep < bytes.Length; keep++)
        {
            var cut = bytes.AsSpan(0, keep).ToArray();
            var ex = Record.Exception(() => PlanCorpus.Load(new MemoryStream(cut)));
            Assert.True(ex is PlanDataException, $"keeping {keep} of {bytes.Length} bytes: {ex?.GetType().Name ?? "loaded"}: {ex?.Message}");
        }
    }

    [Fact]
    public void Every_one_byte_corruption_of_a_data_file_loads_or_is_a_PlanDataException()
    {
        var bytes = SmallFile();
        var replacements = new[] { (byte)'~', (byte)'9', (byte)';', (byte)':', (byte)'^', (byte)'-', (byte)'x', (byte)0xFF, (byte)0 };
        for (var at = 0; at < bytes.Length; at++)
        {
            foreach (var b in replacements)
            {
                var damaged = (byte[])bytes.Clone();
                damaged[at] = b;
                var ex = Record.Exception(() => PlanCorpus.Load(new MemoryStream(damaged)));
                Assert.True(ex is null or PlanDataException, $"byte {at} set to {b}: {ex?.GetType().Name}: {ex?.Message}");
            }
        }
    }

    [Fact]
    public void A_hostile_outline_nested_past_the_limit_is_refused_not_a_stack_overflow()
    {
        // One node a level (id, level, number, title zh and en, not inferred, no evidence, no citation), each the
        // only child of the one before.
        var sb = new StringBuilder(PlanDataReader.Magic).Append("1;");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("1:a0;1:n1:z1:e0;~~1;");
        }

        var ex = Assert.Throws<FormatException>(() => new PlanDataReader(sb.ToString()).ReadOutline());
        Assert.Contains("nested too deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_data_text_is_a_FormatException_at_every_length()
    {
        var text = Write(EdgeCases.Small());
        for (var keep = PlanDataReader.Magic.Length; keep < text.Length; keep++)
        {
            var ex = Record.Exception(() => Read(text.Substring(0, keep)));
            Assert.True(ex is FormatException, $"keeping {keep} of {text.Length}: {ex?.GetType().Name ?? "read"}: {ex?.Message}");
        }
    }

    private static string Write(PlanDocument doc)
    {
        var w = new PlanDataWriter();
        w.DocumentWithShape(doc);
        return w.ToString();
    }

    private static PlanDocument Read(string text)
    {
        var reader = new PlanDataReader(text);
        var doc = reader.ReadDocument();
        reader.End();
        return doc;
    }

    private static PlanDocument RoundTrip(PlanDocument doc) => Read(Write(doc));

    /// <summary>A data file of a small corpus: every value kind once, so each byte of it is worth damaging.</summary>
    private static byte[] SmallFile()
    {
        using var file = new MemoryStream();
        PlanDataFileWriter.Write(file, new PlanCorpus(new[] { EdgeCases.Small() }, EdgeCases.Catalogue()), new DataVersion("1.0.0", new string('0', 64)));
        return file.ToArray();
    }
}

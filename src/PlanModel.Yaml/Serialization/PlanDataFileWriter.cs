using PlanModel.Serialization;

namespace PlanModel.Yaml.Serialization;

/// <summary>
/// Writes a corpus as one data file (layout: <see cref="PlanDataFormat"/>, docs/data-file.md), read back by
/// <see cref="PlanCorpus.Load(Stream)"/>. Each section is written with <see cref="PlanDataWriter"/>, the writer the
/// generator compiles into the package, so the file and the package hold the same data in the same form.
/// Deterministic: the same corpus and version give the same bytes.
/// </summary>
public static class PlanDataFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="corpus"/> with <paramref name="version"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, PlanCorpus corpus, DataVersion version)
    {
        if (stream is null || corpus is null || version is null)
        {
            throw new ArgumentNullException(stream is null ? nameof(stream) : corpus is null ? nameof(corpus) : nameof(version));
        }

        stream.Write(PlanDataFormat.Magic, 0, PlanDataFormat.Magic.Length);
        Int32(stream, PlanDataFormat.FormatVersion);
        Bytes(stream, Utf8.GetBytes(version.Version));
        Bytes(stream, Utf8.GetBytes(version.ContentHash));

        var catalogue = new PlanDataWriter();
        catalogue.Catalogue(corpus.Catalogue);
        Bytes(stream, Utf8.GetBytes(catalogue.ToString()));

        Int32(stream, corpus.Documents.Count);
        foreach (var doc in corpus.Documents)
        {
            var data = new PlanDataWriter();
            data.DocumentWithShape(doc);
            Bytes(stream, Utf8.GetBytes(data.ToString()));
        }
    }

    private static void Bytes(Stream stream, byte[] bytes)
    {
        Int32(stream, bytes.Length);
        stream.Write(bytes, 0, bytes.Length);
    }

    private static void Int32(Stream stream, int value)
    {
        stream.WriteByte((byte)value);
        stream.WriteByte((byte)(value >> 8));
        stream.WriteByte((byte)(value >> 16));
        stream.WriteByte((byte)(value >> 24));
    }
}

using System.IO;

namespace PlanModel.Serialization;

/// <summary>Reads a data file (layout: <see cref="PlanDataFormat"/>) into a runtime corpus. Every length is checked
/// against the bytes that are left, and the stream is read at most to <see cref="PlanDataFormat.MaxFileBytes"/>, so
/// a hostile file cannot make it allocate more than its own size.</summary>
internal sealed class PlanDataFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes;
    private readonly int _length;
    private int _pos;

    private PlanDataFileReader(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length;
    }

    public static PlanCorpus Read(Stream stream) => Open(stream).ReadCorpus();

    /// <summary>Reads the stream's bytes (bounded, see <see cref="ReadAll"/>) for <see cref="ReadSections"/>.</summary>
    public static PlanDataFileReader Open(Stream stream)
    {
        var (bytes, length) = ReadAll(stream);
        return new PlanDataFileReader(bytes, length);
    }

    private PlanCorpus ReadCorpus()
    {
        var sections = ReadSections();
        var catalogue = Parse(sections.Catalogue, "the catalogue", r => r.ReadCatalogue());
        var documents = new PlanDocument[sections.Documents.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = Parse(sections.Documents[i], DocumentName(i), r => r.ReadDocument());
        }

        return new PlanCorpus(documents, catalogue) { DataVersion = sections.Version };
    }

    /// <summary>The header and where each section lies, every length checked, no section decoded: what an embedded
    /// data resource needs to find one document (<see cref="PlanDataResource"/>).</summary>
    public PlanDataSections ReadSections()
    {
        if (_length < PlanDataFormat.Magic.Length || !StartsWithMagic())
        {
            throw new PlanDataException("Not a PlanModel data file: it does not start with the PLANDATA signature.");
        }

        _pos = PlanDataFormat.Magic.Length;
        var format = Int32("format version");
        if (format != PlanDataFormat.FormatVersion)
        {
            throw new PlanDataException(
                "PlanModel data file of format version " + format.ToString(CultureInfo.InvariantCulture) + "; this PlanModel runtime reads format version " +
                PlanDataFormat.FormatVersion.ToString(CultureInfo.InvariantCulture) + ". Use a PlanModel package and a plan tool of matching versions.");
        }

        var version = new DataVersion(Decode(Bounds("data version"), "data version"), Decode(Bounds("content hash"), "content hash"));
        var catalogue = Bounds("the catalogue");
        var count = Int32("document count");
        if (count < 0 || count > (_length - _pos) / 4)
        {
            throw Truncated("document count " + count.ToString(CultureInfo.InvariantCulture) + " is more than the file can hold");
        }

        var documents = new PlanDataSection[count];
        for (var i = 0; i < count; i++)
        {
            documents[i] = Bounds(DocumentName(i));
        }

        if (_pos != _length)
        {
            throw Corrupt("end of file", "trailing bytes after the last document");
        }

        return new PlanDataSections(version, catalogue, documents);
    }

    /// <summary>Decodes a section and reads it with <paramref name="read"/>, which must read all of it; a section that
    /// does not parse is a <see cref="PlanDataException"/> naming <paramref name="what"/>.</summary>
    public T Parse<T>(PlanDataSection section, string what, Func<PlanDataReader, T> read)
    {
        var text = Decode(section, what);
        try
        {
            var reader = new PlanDataReader(text);
            var result = read(reader);
            reader.End();
            return result;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw Corrupt(what, ex.Message);
        }
    }

    /// <summary>"document N" (from 1), as the messages name a document section.</summary>
    public static string DocumentName(int index) => "document " + (index + 1).ToString(CultureInfo.InvariantCulture);

    private bool StartsWithMagic()
    {
        for (var i = 0; i < PlanDataFormat.Magic.Length; i++)
        {
            if (_bytes[i] != PlanDataFormat.Magic[i])
            {
                return false;
            }
        }

        return true;
    }

    private int Int32(string what)
    {
        if (_length - _pos < 4)
        {
            throw Truncated(what);
        }

        var v = _bytes[_pos] | (_bytes[_pos + 1] << 8) | (_bytes[_pos + 2] << 16) | (_bytes[_pos + 3] << 24);
        _pos += 4;
        return v;
    }

    /// <summary>A length-prefixed string's bytes, its length checked against the bytes left.</summary>
    private PlanDataSection Bounds(string what)
    {
        var n = Int32(what + " length");
        if (n < 0 || n > _length - _pos)
        {
            throw Truncated(what + " (" + n.ToString(CultureInfo.InvariantCulture) + " bytes declared, " + (_length - _pos).ToString(CultureInfo.InvariantCulture) + " left)");
        }

        var section = new PlanDataSection(_pos, n);
        _pos += n;
        return section;
    }

    /// <summary>A section's text (strict UTF-8).</summary>
    public string Decode(PlanDataSection section, string what)
    {
        try
        {
            return StrictUtf8.GetString(_bytes, section.Start, section.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw Corrupt(what, "invalid UTF-8: " + ex.Message);
        }
    }

    private PlanDataException Truncated(string what) =>
        new("PlanModel data file is truncated or corrupt: " + what + " at byte " + _pos.ToString(CultureInfo.InvariantCulture) + ".");

    internal static PlanDataException Corrupt(string what, string detail) =>
        new("PlanModel data file is corrupt in " + what + ": " + detail);

    /// <summary>The stream's remaining bytes, refused past <see cref="PlanDataFormat.MaxFileBytes"/>: a seekable stream's
    /// length is checked before anything is allocated, any other stream is read in blocks and stopped at the limit.</summary>
    private static (byte[] Bytes, int Length) ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > PlanDataFormat.MaxFileBytes)
            {
                throw TooLarge();
            }

            var bytes = new byte[remaining];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return (bytes, read);
        }

        using var buffer = new MemoryStream();
        var block = new byte[81920];
        int got;
        while ((got = stream.Read(block, 0, block.Length)) > 0)
        {
            if (buffer.Length + got > PlanDataFormat.MaxFileBytes)
            {
                throw TooLarge();
            }

            buffer.Write(block, 0, got);
        }

        return (buffer.GetBuffer(), (int)buffer.Length);
    }

    private static PlanDataException TooLarge() =>
        new("PlanModel data file is larger than " + PlanDataFormat.MaxFileBytes.ToString(CultureInfo.InvariantCulture) + " bytes; refused.");
}

/// <summary>Where a section's UTF-8 bytes lie in a data file.</summary>
/// <param name="Start">The section's first byte.</param>
/// <param name="Length">The section's length in bytes.</param>
internal readonly record struct PlanDataSection(int Start, int Length);

/// <summary>A data file's header and its sections, not yet decoded.</summary>
internal sealed class PlanDataSections
{
    public PlanDataSections(DataVersion version, PlanDataSection catalogue, IReadOnlyList<PlanDataSection> documents)
    {
        Version = version;
        Catalogue = catalogue;
        Documents = documents;
    }

    public DataVersion Version { get; }

    public PlanDataSection Catalogue { get; }

    public IReadOnlyList<PlanDataSection> Documents { get; }
}

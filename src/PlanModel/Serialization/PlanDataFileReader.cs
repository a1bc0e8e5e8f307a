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

    public static PlanCorpus Read(Stream stream)
    {
        var (bytes, length) = ReadAll(stream);
        return new PlanDataFileReader(bytes, length).ReadCorpus();
    }

    private PlanCorpus ReadCorpus()
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

        var version = new DataVersion(Utf8("data version"), Utf8("content hash"));
        var catalogue = Section("the catalogue", r => r.ReadCatalogue());
        var count = Int32("document count");
        if (count < 0 || count > (_length - _pos) / 4)
        {
            throw Truncated("document count " + count.ToString(CultureInfo.InvariantCulture) + " is more than the file can hold");
        }

        var documents = new PlanDocument[count];
        for (var i = 0; i < count; i++)
        {
            documents[i] = Section("document " + (i + 1).ToString(CultureInfo.InvariantCulture), r => r.ReadDocument());
        }

        if (_pos != _length)
        {
            throw Corrupt("end of file", "trailing bytes after the last document");
        }

        return new PlanCorpus(documents, catalogue) { DataVersion = version };
    }

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

    private T Section<T>(string what, Func<PlanDataReader, T> read)
    {
        var text = Utf8(what);
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

    private string Utf8(string what)
    {
        var n = Int32(what + " length");
        if (n < 0 || n > _length - _pos)
        {
            throw Truncated(what + " (" + n.ToString(CultureInfo.InvariantCulture) + " bytes declared, " + (_length - _pos).ToString(CultureInfo.InvariantCulture) + " left)");
        }

        string s;
        try
        {
            s = StrictUtf8.GetString(_bytes, _pos, n);
        }
        catch (DecoderFallbackException ex)
        {
            throw Corrupt(what, "invalid UTF-8: " + ex.Message);
        }

        _pos += n;
        return s;
    }

    private PlanDataException Truncated(string what) =>
        new("PlanModel data file is truncated or corrupt: " + what + " at byte " + _pos.ToString(CultureInfo.InvariantCulture) + ".");

    private static PlanDataException Corrupt(string what, string detail) =>
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

using System.ComponentModel;

namespace PlanModel.Serialization;

/// <summary>
/// The constants of the PlanModel data file (<c>*.plandata</c>, written by <c>plan pack-data</c>, read by
/// <see cref="PlanCorpus.Load(System.IO.Stream)"/>); the layout is described in docs/data-file.md.
/// </summary>
/// <remarks>
/// All integers are 32-bit little-endian; a string is its UTF-8 byte length and the bytes. Layout: the 8-byte
/// <see cref="Magic"/>, the <see cref="FormatVersion"/>, the data version string, the content hash string, the
/// catalogue section, the document count and each document section. A section is a byte length and the UTF-8 of a
/// data text in the compact format of <see cref="PlanDataReader"/> (the one the generator compiles into the package).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PlanDataFormat
{
    /// <summary>The first 8 bytes of every data file: <c>PLANDATA</c> in ASCII.</summary>
    public static readonly byte[] Magic = { (byte)'P', (byte)'L', (byte)'A', (byte)'N', (byte)'D', (byte)'A', (byte)'T', (byte)'A' };

    /// <summary>The file layout version this runtime writes and reads. A file of another version is refused.
    /// 2: the data texts are <c>PM3|</c> (a work report's delivery information is marked).</summary>
    public const int FormatVersion = 2;

    /// <summary>The largest data file read (1 GiB): a stream that claims more is refused before anything is allocated.</summary>
    public const long MaxFileBytes = 1L << 30;
}

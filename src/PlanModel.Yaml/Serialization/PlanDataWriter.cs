using System.Linq;
using PlanModel.Serialization;
using L = PlanModel.Serialization.PlanDataLayout<PlanModel.Yaml.Serialization.PlanDataWriting>;

namespace PlanModel.Yaml.Serialization;

/// <summary>
/// The one writer of PlanModel's compact data: the generator embeds a document's data in its class, <c>plan
/// pack-data</c> writes the same data into a data file. What is written, and in which order, is
/// <c>PlanModel.Serialization.PlanDataLayout</c>, the description the reader reads by too; this class writes its
/// tokens. Repeated strings (document and table ids, source paths, column keys, units) become back-references.
/// </summary>
public sealed class PlanDataWriter
{
    private const string Magic = PlanDataReader.Magic;

    private readonly StringBuilder _sb = new StringBuilder(4096).Append(Magic);
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);
    private int _count;

    /// <summary>The length of the data in UTF-16 code units.</summary>
    public int Length => _sb.Length;

    /// <summary>The data text.</summary>
    public override string ToString() => _sb.ToString();

    /// <summary>True unless the data holds a lone surrogate (which a UTF-8 literal cannot encode).</summary>
    public bool IsValidUtf16()
    {
        var buffer = new char[4096];
        var pendingHigh = false;
        for (var start = 0; start < _sb.Length; start += buffer.Length)
        {
            var n = System.Math.Min(buffer.Length, _sb.Length - start);
            _sb.CopyTo(start, buffer, 0, n);
            for (var i = 0; i < n; i++)
            {
                var c = buffer[i];
                if (pendingHigh)
                {
                    if (!char.IsLowSurrogate(c))
                    {
                        return false;
                    }

                    pendingHigh = false;
                }
                else if (char.IsHighSurrogate(c))
                {
                    pendingHigh = true;
                }
                else if (char.IsLowSurrogate(c))
                {
                    return false;
                }
            }
        }

        return !pendingHigh;
    }

    /// <summary>Copies <paramref name="count"/> code units from <paramref name="start"/> into <paramref name="buffer"/>
    /// (lets the generator emit the data in blocks, never as one large string).</summary>
    public void CopyTo(int start, char[] buffer, int count) => _sb.CopyTo(start, buffer, 0, count);

    /// <summary>The data's fingerprint (FNV-1a over its code units), taken in blocks: what a generated class that reads
    /// its data from an embedded data file is checked against (<c>PlanDataReader.FromResource</c>).</summary>
    public ulong Fingerprint()
    {
        var buffer = new char[4096];
        var hash = PlanDataFingerprint.Empty;
        for (var start = 0; start < _sb.Length; start += buffer.Length)
        {
            var n = System.Math.Min(buffer.Length, _sb.Length - start);
            _sb.CopyTo(start, buffer, 0, n);
            hash = PlanDataFingerprint.Add(hash, buffer, n);
        }

        return hash;
    }

    // ------------------------------------------------------------ whole documents and the catalogue

    /// <summary>A document's data in the order its generated class reads it back (<c>PlanDataLayout.Document</c>).</summary>
    public void Document(PlanDocument doc) =>
        L.Document(Codec, doc, new DocumentShape(doc.Tables.Select(t => t.Rows.Count).ToArray(), doc.ProjectLists.Select(l => l.AllItems.Count()).ToArray(), doc.Targets.Count));

    /// <summary>A document for a data file: first its shape (what a generated class knows from its members and a
    /// reader without one must be told), then <see cref="Document"/> (<c>PlanDataLayout.ShapedDocument</c>).</summary>
    public void DocumentWithShape(PlanDocument doc) => L.ShapedDocument(Codec, doc);

    /// <summary>The catalogue: its indicators, then its units (<c>PlanDataLayout.Catalogue</c>).</summary>
    public void Catalogue(IndicatorCatalogue catalogue) => L.Catalogue(Codec, catalogue);

    private PlanDataWriting Codec => new(this);

    // ------------------------------------------------------------ tokens

    /// <summary>Null: <c>~</c>.</summary>
    internal void Null() => _sb.Append('~');

    /// <summary>A marked record that is present: <c>+</c>.</summary>
    internal void Present() => _sb.Append('+');

    /// <summary>A string or null; a string seen before becomes a back-reference when that is shorter.</summary>
    internal void String(string? s)
    {
        if (s is null)
        {
            Null();
            return;
        }

        if (_index.TryGetValue(s, out var at) && Digits(at) + 1 < Digits(s.Length) + 1 + s.Length)
        {
            _sb.Append(at.ToString(CultureInfo.InvariantCulture)).Append('^');
            return;
        }

        _sb.Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
        _index[s] = _count++;
    }

    /// <summary>An integer or null.</summary>
    internal void Int(int? value)
    {
        if (value is null)
        {
            Null();
        }
        else
        {
            _sb.Append(value.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
    }

    /// <summary>A decimal or null, as an invariant-culture string so its scale survives.</summary>
    internal void Decimal(decimal? value) => String(value?.ToString(CultureInfo.InvariantCulture));

    private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 10;
}

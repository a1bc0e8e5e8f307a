namespace PlanModel;

/// <summary>
/// Which data a corpus holds: the data version (the <c>PlanModel.Chongqing</c> package version, semantic
/// versioning) and a content hash of the YAML corpus it was built from. Two corpora with the same hash were built
/// from the same YAML texts.
/// </summary>
public sealed class DataVersion : IEquatable<DataVersion>
{
    /// <summary>The version of a corpus nobody versioned (built from YAML without a version).</summary>
    public static DataVersion Unversioned { get; } = new("0.0.0", string.Empty);

    /// <summary>Creates a data version.</summary>
    /// <param name="version">The semantic version (major.minor.patch).</param>
    /// <param name="contentHash">The content hash, lower-case hex (empty when unknown).</param>
    public DataVersion(string version, string contentHash)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        ContentHash = contentHash ?? throw new ArgumentNullException(nameof(contentHash));
    }

    /// <summary>The semantic version string (0.1.0): the data package's version.</summary>
    public string Version { get; }

    /// <summary>
    /// SHA-256, lower-case hex, of the corpus's YAML texts: each file's text (byte-order mark dropped, line ends
    /// as LF, UTF-8) is hashed, the per-file hashes are sorted ordinally and joined with LF, and that is hashed.
    /// Independent of paths and of the order files are read in.
    /// </summary>
    public string ContentHash { get; }

    /// <inheritdoc />
    public bool Equals(DataVersion? other) =>
        other is not null && string.Equals(Version, other.Version, StringComparison.Ordinal) && string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataVersion);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Version) ^ StringComparer.Ordinal.GetHashCode(ContentHash);

    /// <summary>The version and the hash: <c>0.1.0+sha256.3f2a…</c> (the hash in full).</summary>
    public override string ToString() => ContentHash.Length == 0 ? Version : Version + "+sha256." + ContentHash;
}

using System.Reflection;
using System.Security.Cryptography;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// A <see cref="ValidationCache"/>'s per-document findings kept in a file between processes (the MSBuild task's
/// obj/planmodel.validation.cache), so a build after a one-file edit checks only the documents it touched. The file is
/// untrusted input: it is read only when it is at most <see cref="MaxBytes"/>, has this format's magic and version,
/// was written by this very build of the validator with the same limits (<see cref="Producer"/>), and its SHA-256
/// trailer matches; anything else (missing, truncated, corrupt, foreign) is ignored and the validation is a full one.
/// Writing goes through a temporary file renamed over the old one, so a reader never sees half a file.
/// </summary>
internal static class ValidationCacheFile
{
    /// <summary>The largest cache file read or written (a corpus whose findings need more is validated in full).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private const int Version = 1;
    private const int HashLength = 32;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("PlanModel.ValidationCache\n");

    /// <summary>Who wrote the findings: the modules of the validator, the runtime model and the YAML parser (a rebuilt
    /// one may find otherwise; deterministic builds give changed code a new module id) and the reader limits (which
    /// change what is parsed and checked).</summary>
    public static string Producer(ReaderLimits limits) =>
        Module(typeof(ValidationCacheFile)) + Module(typeof(PlanCorpus)) + Module(typeof(YamlDotNet.Core.Parser)) + Fingerprint.Of(limits);

    private static string Module(Type type) => type.GetTypeInfo().Assembly.ManifestModule.ModuleVersionId.ToString("N") + "|";

    /// <summary>The entries of the file at <paramref name="path"/>, or none when it is missing or not a valid cache of
    /// <paramref name="producer"/>. Never throws.</summary>
    public static IReadOnlyList<ValidationCache.StoredEntry> Read(string path, string producer)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxBytes || info.Length < Magic.Length + HashLength)
            {
                return Array.Empty<ValidationCache.StoredEntry>();
            }

            var bytes = File.ReadAllBytes(path);
            var body = bytes.Length - HashLength;
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(bytes, 0, body);
                for (var i = 0; i < HashLength; i++)
                {
                    if (hash[i] != bytes[body + i])
                    {
                        return Array.Empty<ValidationCache.StoredEntry>();
                    }
                }
            }

            for (var i = 0; i < Magic.Length; i++)
            {
                if (bytes[i] != Magic[i])
                {
                    return Array.Empty<ValidationCache.StoredEntry>();
                }
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, body - Magic.Length, writable: false), Encoding.UTF8);
            if (reader.ReadInt32() != Version || reader.ReadString() != producer)
            {
                return Array.Empty<ValidationCache.StoredEntry>();
            }

            var entries = new List<ValidationCache.StoredEntry>();
            for (var n = Count(reader); n > 0; n--)
            {
                entries.Add(ReadEntry(reader));
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? entries : Array.Empty<ValidationCache.StoredEntry>();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A file that cannot be read, or does not parse although its hash matched: no cache, a full validation.
            return Array.Empty<ValidationCache.StoredEntry>();
        }
    }

    /// <summary>Writes <paramref name="entries"/> to <paramref name="path"/> atomically; false (and no file left behind)
    /// when it cannot, or when the result would exceed <see cref="MaxBytes"/>. Never throws.</summary>
    public static bool Write(string path, string producer, IEnumerable<ValidationCache.StoredEntry> entries)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var list = new List<ValidationCache.StoredEntry>(entries);
            byte[] bytes;
            using (var buffer = new MemoryStream())
            {
                buffer.Write(Magic, 0, Magic.Length);
                using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Version);
                    writer.Write(producer);
                    writer.Write(list.Count);
                    foreach (var e in list)
                    {
                        WriteEntry(writer, e);
                        if (buffer.Length > MaxBytes)
                        {
                            Delete(path);
                            return false;
                        }
                    }
                }

                using (var sha = SHA256.Create())
                {
                    var hash = sha.ComputeHash(buffer.GetBuffer(), 0, (int)buffer.Length);
                    buffer.Write(hash, 0, hash.Length);
                }

                bytes = buffer.ToArray();
            }

            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllBytes(temp, bytes);
            if (File.Exists(path))
            {
                File.Replace(temp, path, null);
            }
            else
            {
                File.Move(temp, path);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not kept is not wrong: the next run validates in full.
            Delete(temp);
            return false;
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing else to do: a stale file is ignored by its producer key or replaced next time.
        }
    }

    private static void WriteEntry(BinaryWriter w, ValidationCache.StoredEntry e)
    {
        w.Write(e.Path);
        w.Write(e.FilesKey);
        WriteFindings(w, e.Rules);
        w.Write(e.Reads.Count);
        foreach (var (table, key, fingerprint) in e.Reads)
        {
            w.Write(table);
            w.Write(key);
            w.Write(fingerprint);
        }

        WriteFindings(w, e.Provenance);
        w.Write(e.Spent);
        w.Write(e.SpentFrom);
        w.Write(e.SourceKey);
    }

    private static ValidationCache.StoredEntry ReadEntry(BinaryReader r)
    {
        var path = r.ReadString();
        var filesKey = r.ReadString();
        var rules = ReadFindings(r);
        var reads = new List<(string, string, string)>();
        for (var n = Count(r); n > 0; n--)
        {
            reads.Add((r.ReadString(), r.ReadString(), r.ReadString()));
        }

        var provenance = ReadFindings(r);
        return new ValidationCache.StoredEntry(path, filesKey, rules, reads, provenance, r.ReadInt64(), r.ReadInt64(), r.ReadString());
    }

    private static void WriteFindings(BinaryWriter w, IReadOnlyList<PlanDiagnostic>? findings)
    {
        w.Write(findings is null ? -1 : findings.Count);
        foreach (var d in findings ?? Array.Empty<PlanDiagnostic>())
        {
            w.Write(d.Code);
            w.Write((int)d.Severity);
            w.Write(d.Message);
            w.Write(d.File);
            w.Write(d.Line);
            w.Write(d.Column);
        }
    }

    private static IReadOnlyList<PlanDiagnostic>? ReadFindings(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n == -1)
        {
            return null;
        }

        var findings = new List<PlanDiagnostic>(Bounded(r, n));
        for (; n > 0; n--)
        {
            var code = r.ReadString();
            var severity = r.ReadInt32();
            if (!Enum.IsDefined(typeof(PlanSeverity), severity))
            {
                throw new InvalidDataException("severity " + severity.ToString(CultureInfo.InvariantCulture));
            }

            findings.Add(new PlanDiagnostic(code, (PlanSeverity)severity, r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32()));
        }

        return findings;
    }

    private static int Count(BinaryReader r) => Bounded(r, r.ReadInt32());

    /// <summary>A count read from the file, refused when the rest of the file could not hold that many items (each
    /// takes at least one byte): a corrupt count never allocates.</summary>
    private static int Bounded(BinaryReader r, int n) =>
        n < 0 || n > r.BaseStream.Length - r.BaseStream.Position ? throw new InvalidDataException("count " + n.ToString(CultureInfo.InvariantCulture)) : n;
}

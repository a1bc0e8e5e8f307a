using System.Collections.Concurrent;
using System.Reflection;

namespace PlanModel.Serialization;

/// <summary>
/// The data file a corpus project embeds in its assembly (the Toolkit's PlanModelEmbedData, docs/performance.md
/// section 4): a generated document class asks here for its document by id instead of carrying it as a literal. The
/// resource is read and indexed once per assembly; each document is decoded when its class is first built and
/// checked against the length and fingerprint the generator compiled into the class.
/// </summary>
internal static class PlanDataResource
{
    private static readonly ConcurrentDictionary<(Assembly Assembly, string Name), Lazy<Index>> Indexes = new();

    /// <summary>A reader at the start of document <paramref name="documentId"/>'s data.</summary>
    /// <exception cref="PlanDataException">The resource is missing or corrupt, has no such document, or holds it in
    /// another version than the generated class was built from.</exception>
    public static PlanDataReader Open(Assembly assembly, string resourceName, string documentId, int length, ulong fingerprint)
    {
        var index = Indexes.GetOrAdd((assembly, resourceName), key => new Lazy<Index>(() => Index.Read(key.Assembly, key.Name))).Value;
        if (!index.Documents.TryGetValue(documentId, out var i))
        {
            throw new PlanDataException(
                "The PlanModel data embedded in " + index.Describe + " has no document '" + documentId + "'. The resource was written from other YAML than the assembly's code; rebuild the project.");
        }

        var what = PlanDataFileReader.DocumentName(i) + " ('" + documentId + "') of " + index.Describe;
        var text = index.File.Decode(index.Sections.Documents[i], what);
        var reader = Positioned(text, what);
        var n = PlanDataReader.Magic.Length + text.Length - reader.Position;
        var hash = PlanDataFingerprint.Add(PlanDataFingerprint.Add(PlanDataFingerprint.Empty, PlanDataReader.Magic, 0, PlanDataReader.Magic.Length), text, reader.Position, text.Length - reader.Position);
        if (n != length || hash != fingerprint)
        {
            throw new PlanDataException(
                "The PlanModel data embedded in " + index.Describe + " holds document '" + documentId + "' in another version than its generated class (" +
                n.ToString(CultureInfo.InvariantCulture) + " characters, expected " + length.ToString(CultureInfo.InvariantCulture) +
                ", or another fingerprint). The resource was written from other YAML than the assembly's code; rebuild the project.");
        }

        return reader;
    }

    /// <summary>A reader past the section's shape, at the document (whose strings it numbers from 0, as the
    /// generated class's own data would).</summary>
    private static PlanDataReader Positioned(string text, string what)
    {
        try
        {
            var reader = new PlanDataReader(text);
            reader.ReadShape();
            return reader;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw PlanDataFileReader.Corrupt(what, ex.Message);
        }
    }

    private sealed class Index
    {
        private Index(string describe, PlanDataFileReader file, PlanDataSections sections, Dictionary<string, int> documents)
        {
            Describe = describe;
            File = file;
            Sections = sections;
            Documents = documents;
        }

        public string Describe { get; }

        public PlanDataFileReader File { get; }

        public PlanDataSections Sections { get; }

        public Dictionary<string, int> Documents { get; }

        public static Index Read(Assembly assembly, string name)
        {
            var describe = "resource '" + name + "' of assembly " + assembly.GetName().Name;
            PlanDataFileReader file;
            using (var stream = assembly.GetManifestResourceStream(name))
            {
                if (stream is null)
                {
                    throw new PlanDataException(
                        "The PlanModel data of assembly " + assembly.GetName().Name + " is missing: it has no embedded resource '" + name +
                        "'. Its generated classes read their documents from it; build the project with the PlanModel Toolkit's targets (PlanModelEmbedData), which embed it.");
                }

                file = PlanDataFileReader.Open(stream);
            }

            PlanDataSections sections;
            try
            {
                sections = file.ReadSections();
            }
            catch (PlanDataException ex)
            {
                throw new PlanDataException("The PlanModel data embedded in " + describe + " is unreadable: " + ex.Message, ex);
            }

            var documents = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < sections.Documents.Count; i++)
            {
                var what = PlanDataFileReader.DocumentName(i) + " of " + describe;
                var reader = Positioned(file.Decode(sections.Documents[i], what), what);
                try
                {
                    documents[reader.ReadString()] = i;
                }
                catch (FormatException ex)
                {
                    throw PlanDataFileReader.Corrupt(what, ex.Message);
                }
            }

            return new Index(describe, file, sections, documents);
        }
    }
}

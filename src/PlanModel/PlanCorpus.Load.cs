using System.IO;
using PlanModel.Serialization;

namespace PlanModel;

public sealed partial class PlanCorpus
{
    /// <summary>
    /// Reads a data file written by <c>plan pack-data</c>: the whole corpus with its catalogue, citations and
    /// <see cref="DataVersion"/>, so newer data can be used without a new build. Documents and items the compiled
    /// package does not know are reached by id (<see cref="Find"/>, <see cref="FindTable"/>, <see cref="FindTarget"/> …).
    /// The stream is read to its end and not closed.
    /// </summary>
    /// <exception cref="PlanDataException">The stream is not a PlanModel data file, is of another format version, or
    /// is truncated or corrupt.</exception>
    public static PlanCorpus Load(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return PlanDataFileReader.Read(stream);
    }

    /// <summary>Reads the data file at <paramref name="path"/> (see <see cref="Load(Stream)"/>).</summary>
    /// <exception cref="PlanDataException">The file is not a PlanModel data file, is of another format version, or is
    /// truncated or corrupt.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PlanCorpus Load(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Load(stream);
    }
}

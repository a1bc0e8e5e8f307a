using L = PlanModel.Serialization.PlanDataLayout<PlanModel.Serialization.PlanDataReading>;

namespace PlanModel.Serialization;

/// <summary>The parts of a data file the generated classes do not need: the catalogue and a whole document read
/// without its typed class (the shape the typed class knows is written in front of the document's data).</summary>
public sealed partial class PlanDataReader
{
    /// <summary>The catalogue (<see cref="PlanDataLayout{C}.Catalogue"/>).</summary>
    internal IndicatorCatalogue ReadCatalogue() => L.Catalogue(Codec, null);

    /// <summary>A document with its shape (<see cref="PlanDataLayout{C}.ShapedDocument"/>).</summary>
    internal PlanDocument ReadDocument() => L.ShapedDocument(Codec, null);

    /// <summary>The shape in front of a data file's document (<see cref="PlanDataLayout{C}.Shape"/>).</summary>
    internal DocumentShape ReadShape() => L.Shape(Codec, null);

    /// <summary>Where the reader is in the text.</summary>
    internal int Position => _pos;

    /// <summary>
    /// Starts reading a generated document class's data from the data file embedded in its assembly (what the
    /// PlanModel Toolkit's targets embed, PlanModelEmbedData), checked against the length and fingerprint of the data
    /// the generator wrote for the class.
    /// </summary>
    /// <param name="assembly">The assembly holding the class and the resource.</param>
    /// <param name="resourceName">The resource's logical name.</param>
    /// <param name="documentId">The document's id.</param>
    /// <param name="length">The length of the class's data text in UTF-16 code units.</param>
    /// <param name="fingerprint">The FNV-1a fingerprint of the class's data text.</param>
    /// <exception cref="PlanDataException">The resource is missing or corrupt, or does not hold the class's data.</exception>
    public static PlanDataReader FromResource(System.Reflection.Assembly assembly, string resourceName, string documentId, int length, ulong fingerprint) =>
        PlanDataResource.Open(
            assembly ?? throw new ArgumentNullException(nameof(assembly)),
            resourceName ?? throw new ArgumentNullException(nameof(resourceName)),
            documentId ?? throw new ArgumentNullException(nameof(documentId)),
            length,
            fingerprint);
}

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
}

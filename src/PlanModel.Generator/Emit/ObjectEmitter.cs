namespace PlanModel.Generator.Emit;

/// <summary>Writes small runtime objects as C# expressions (the catalogue; documents are emitted as data, see PlanDataWriter).</summary>
internal static class ObjectEmitter
{
    private const string P = "global::PlanModel.";

    public static string Text(BilingualText? t) => t is null ? "null" : $"new {P}BilingualText({Literals.Str(t.Zh)}, {Literals.Str(t.En)})";
}

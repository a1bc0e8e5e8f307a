namespace PlanModel.Generator.Emit;

/// <summary>Emits <c>Plans.DataVersion</c>: the data version property and the corpus's content hash.</summary>
internal static class DataVersionEmitter
{
    public static string Emit(string version, string contentHash, GeneratorOptions options)
    {
        var w = new CodeWriter();
        DocumentEmitter.Header(w);
        w.Open("namespace " + options.Namespace);
        w.Open($"public static partial class {options.EntryPoint}");
        w.Summary(
            "Which data this is: the data version (" + version + ", the PlanModelDataVersion property) and the SHA-256 of the YAML corpus.",
            "Compare with PlanCorpus.Load(…).DataVersion to tell whether a data file is newer.");
        w.Line("public static global::PlanModel.DataVersion DataVersion => s_dataVersion;");
        w.Line();

        // A field behind an expression-bodied property: the corpus's lazy initializer in the other part of the class
        // reads the property, which nullable analysis would otherwise count as a static auto-property not yet set.
        w.Line($"private static readonly global::PlanModel.DataVersion s_dataVersion = new global::PlanModel.DataVersion({Literals.Str(version)}, {Literals.Str(contentHash)});");
        w.Close();
        w.Close();
        return w.ToString();
    }
}

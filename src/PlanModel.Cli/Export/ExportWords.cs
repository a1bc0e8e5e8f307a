namespace PlanModel.Cli.Export;

/// <summary>The word each export writes for a meaning: its vocabulary table's word (the JSON's converters write the
/// same). CSV and SQLite call these; one overload per vocabulary the records carry.</summary>
internal static class ExportWords
{
    public static string Of(DocumentKind k) => Vocabularies.DocumentKinds.Word(k);

    public static string Of(RegionLevel l) => Vocabularies.RegionLevels.Word(l);

    public static string Of(ValueRole r) => Vocabularies.Roles.Word(r);

    public static string Of(ValueMeasure m) => Vocabularies.Measures.Word(m);

    public static string Of(ValueQualifier q) => Vocabularies.Qualifiers.Word(q);

    public static string Of(ProjectStatusCode s) => Vocabularies.StatusCodes.Word(s);

    public static string Of(OutlineLevel l) => Vocabularies.OutlineLevels.Word(l);

    public static string Of(IndicatorDirection d) => Vocabularies.Directions.Word(d);

    public static string Of(IndicatorAttribute a) => Vocabularies.Attributes.Word(a);
}

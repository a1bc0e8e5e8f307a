using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanModel.Cli.Export;

/// <summary>The export's records, serialised by System.Text.Json's source generator: camelCase names, nulls left out,
/// every enumeration written as its vocabulary word.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    Converters = new[]
    {
        typeof(WordConverter.Kinds), typeof(WordConverter.Levels), typeof(WordConverter.Roles), typeof(WordConverter.Measures),
        typeof(WordConverter.Qualifiers), typeof(WordConverter.Statuses), typeof(WordConverter.Outline), typeof(WordConverter.Directions),
        typeof(WordConverter.Attributes),
    })]
[JsonSerializable(typeof(ExportFile))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;

/// <summary>Writes an enumeration as the word of its <see cref="VocabularyTable{T}"/> (and reads it back).</summary>
internal abstract class WordConverter<T> : JsonConverter<T>, WordConverter.IWords
    where T : struct, Enum
{
    protected WordConverter(VocabularyTable<T> table) => Table = table;

    /// <summary>The table the words come from.</summary>
    public VocabularyTable<T> Table { get; }

    /// <summary>Every word the export may write (the export schema's enum).</summary>
    public IReadOnlyList<string> All => Table.Terms.Select(t => t.Word).ToList();

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Table.TryRead(reader.GetString(), out var value) ? value : throw new JsonException("not a word of " + Table.Name + ": " + reader.GetString());

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer!.WriteStringValue(Table.Word(value));
}

/// <summary>One converter per vocabulary the export names (the source generator needs concrete types).</summary>
internal static class WordConverter
{
    /// <summary>A converter that writes the words of one vocabulary.</summary>
    internal interface IWords
    {
        IReadOnlyList<string> All { get; }
    }

    internal sealed class Kinds() : WordConverter<DocumentKind>(Vocabularies.DocumentKinds);

    internal sealed class Levels() : WordConverter<RegionLevel>(Vocabularies.RegionLevels);

    internal sealed class Roles() : WordConverter<ValueRole>(Vocabularies.Roles);

    internal sealed class Measures() : WordConverter<ValueMeasure>(Vocabularies.Measures);

    internal sealed class Qualifiers() : WordConverter<ValueQualifier>(Vocabularies.Qualifiers);

    internal sealed class Statuses() : WordConverter<ProjectStatusCode>(Vocabularies.StatusCodes);

    internal sealed class Outline() : WordConverter<OutlineLevel>(Vocabularies.OutlineLevels);

    internal sealed class Directions() : WordConverter<IndicatorDirection>(Vocabularies.Directions);

    internal sealed class Attributes() : WordConverter<IndicatorAttribute>(Vocabularies.Attributes);

    /// <summary>Every word of the vocabulary an enumeration type is written with, or <see langword="null"/>.</summary>
    public static IReadOnlyList<string>? WordsOf(Type type, JsonSerializerOptions options)
    {
        foreach (var c in options!.Converters)
        {
            if (c is IWords words && c.CanConvert(type))
            {
                return words.All;
            }
        }

        return null;
    }
}

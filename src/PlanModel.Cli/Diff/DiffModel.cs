using System.Text.Json.Serialization;

namespace PlanModel.Cli.Diff;

/// <summary>What a change is, in the order a reviewer reads them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeType>))]
public enum ChangeType
{
    /// <summary>A value, printed text or citation corrected (patch).</summary>
    [JsonStringEnumMemberName("correction")]
    Correction,
    /// <summary>A document, table, row, value, item, target, heading or catalogue entry added (minor).</summary>
    [JsonStringEnumMemberName("addition")]
    Addition,
    /// <summary>Something with an id removed (major).</summary>
    [JsonStringEnumMemberName("removal")]
    Removal,
    /// <summary>An id renamed, recognised through the former ids the YAML records (major).</summary>
    [JsonStringEnumMemberName("rename")]
    Rename,
    /// <summary>Only a translation or a note changed (patch).</summary>
    [JsonStringEnumMemberName("text")]
    Text,
}

/// <summary>The smallest version bump a change needs (Frictionless data-package versioning).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VersionBump>))]
public enum VersionBump
{
    /// <summary>Nothing changed.</summary>
    [JsonStringEnumMemberName("none")]
    None,
    /// <summary>Corrected values, citations, translations, notes.</summary>
    [JsonStringEnumMemberName("patch")]
    Patch,
    /// <summary>Added documents, rows, items, targets.</summary>
    [JsonStringEnumMemberName("minor")]
    Minor,
    /// <summary>A removed or renamed id or public member.</summary>
    [JsonStringEnumMemberName("major")]
    Major,
}

/// <summary>Which part of an element a field belongs to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldCategory>))]
public enum FieldCategory
{
    /// <summary>A printed value or its typed reading.</summary>
    [JsonStringEnumMemberName("value")]
    Value,
    /// <summary>Where it is printed.</summary>
    [JsonStringEnumMemberName("citation")]
    Citation,
    /// <summary>A translation or a note.</summary>
    [JsonStringEnumMemberName("text")]
    Text,
}

/// <summary>One field that differs.</summary>
public sealed record FieldChange(string Field, FieldCategory Category, string? Old, string? New);

/// <summary>A value's printed text and its reading, as the read model holds it.</summary>
public sealed record ValueReading(string? Raw, string? Qualifier, string? Value, string? Max, string? Measure, string? Unit, string? Role, string? Year);

/// <summary>The cited source line beside a changed value, with the quote located in it.</summary>
public sealed record SourceLine(string File, string Lines, string? Text, int? QuoteStart, int? QuoteLength, bool Verified);

/// <summary>One change, addressed by its stable path.</summary>
public sealed record Change(
    string Document,
    string Kind,
    string Path,
    string Label,
    ChangeType Type,
    IReadOnlyList<FieldChange> Fields,
    ValueReading? OldReading,
    ValueReading? NewReading,
    SourceLine? Source,
    SourceLine? OldSource,
    string? FormerPath);

/// <summary>One side's summary.</summary>
public sealed record DiffSideInfo(string Label, int Errors, int Warnings, string? DataVersion);

/// <summary>Counts of one document.</summary>
public sealed record DocumentCounts(string Document, int Corrections, int Additions, int Removals, int Renames, int Text);

/// <summary>The whole diff: what <c>plan diff --format json</c> writes (docs/diff.md).</summary>
public sealed record DiffReport(
    string Format,
    string Version,
    DiffSideInfo Base,
    DiffSideInfo Head,
    VersionBump Bump,
    string BumpReason,
    IReadOnlyList<DocumentCounts> Counts,
    IReadOnlyList<Change> Changes);

/// <summary>System.Text.Json source generation for the diff's JSON (no reflection; stable camelCase keys).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DiffReport))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
}

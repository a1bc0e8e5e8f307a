using System.Collections.Generic;

namespace PlanModel.Yaml.Diagnostics;

/// <summary>Every PLAN rule, its default severity and title. docs/rules.md documents each one.</summary>
public static class PlanRules
{
    /// <summary>YAML syntax error.</summary>
    public static readonly PlanRule Syntax = new("PLAN001", PlanSeverity.Error, "YAML syntax error");
    /// <summary>Unsupported YAML feature: anchors, aliases, tags, several documents, duplicate keys.</summary>
    public static readonly PlanRule Unsupported = new("PLAN002", PlanSeverity.Error, "Unsupported YAML feature");
    /// <summary>A resource limit was exceeded.</summary>
    public static readonly PlanRule Limit = new("PLAN003", PlanSeverity.Error, "Resource limit exceeded");
    /// <summary>A forbidden (invisible or bidirectional) character.</summary>
    public static readonly PlanRule ForbiddenChar = new("PLAN004", PlanSeverity.Error, "Forbidden character");
    /// <summary>An unexpected internal failure, reported instead of crashing.</summary>
    public static readonly PlanRule Internal = new("PLAN005", PlanSeverity.Error, "Unexpected failure");
    /// <summary>A referenced package's data file (a <c>PlanModelReference</c>) cannot be read: missing, a link, too large, or not a data file.</summary>
    public static readonly PlanRule ReferenceUnreadable = new("PLAN006", PlanSeverity.Error, "Referenced package unreadable");
    /// <summary>A required key is missing.</summary>
    public static readonly PlanRule Required = new("PLAN101", PlanSeverity.Error, "Missing required key");
    /// <summary>A value has the wrong type.</summary>
    public static readonly PlanRule WrongType = new("PLAN102", PlanSeverity.Error, "Wrong type");
    /// <summary>An unknown key (usually a typo).</summary>
    public static readonly PlanRule UnknownKey = new("PLAN103", PlanSeverity.Error, "Unknown key");
    /// <summary>A value outside its allowed set.</summary>
    public static readonly PlanRule BadEnum = new("PLAN104", PlanSeverity.Error, "Invalid value");
    /// <summary>An invalid id or C# symbol.</summary>
    public static readonly PlanRule BadId = new("PLAN105", PlanSeverity.Error, "Invalid id");
    /// <summary>The file's kind is unknown.</summary>
    public static readonly PlanRule UnknownKind = new("PLAN106", PlanSeverity.Error, "Unknown file kind");
    /// <summary>A symbol (or the name an id makes) that cannot name generated code: not an identifier, a C# keyword, or reserved.</summary>
    public static readonly PlanRule ReservedName = new("PLAN107", PlanSeverity.Error, "Unusable symbol");
    /// <summary>An unresolved catalogue indicator id.</summary>
    public static readonly PlanRule UnknownIndicator = new("PLAN201", PlanSeverity.Error, "Unknown catalogue indicator");
    /// <summary>An unresolved unit id.</summary>
    public static readonly PlanRule UnknownUnit = new("PLAN202", PlanSeverity.Error, "Unknown unit");
    /// <summary>An unresolved parent document.</summary>
    public static readonly PlanRule UnknownParent = new("PLAN203", PlanSeverity.Error, "Unknown parent document");
    /// <summary>An unresolved reference inside a document (category, column, section, parent row).</summary>
    public static readonly PlanRule UnknownReference = new("PLAN204", PlanSeverity.Error, "Unresolved reference");
    /// <summary>A duplicate id.</summary>
    public static readonly PlanRule DuplicateId = new("PLAN205", PlanSeverity.Error, "Duplicate id");
    /// <summary>A file names a document that has no document.yaml.</summary>
    public static readonly PlanRule OrphanFile = new("PLAN206", PlanSeverity.Error, "Unknown document");
    /// <summary>Two elements whose generated names collide, within a class or across documents.</summary>
    public static readonly PlanRule NameCollision = new("PLAN207", PlanSeverity.Error, "Generated name collision");
    /// <summary>A published generated name (published-names.yaml) that is no longer generated and no rename records.</summary>
    public static readonly PlanRule PublishedNameRemoved = new("PLAN208", PlanSeverity.Error, "Published name removed");
    /// <summary>The archived source file is missing.</summary>
    public static readonly PlanRule SourceMissing = new("PLAN301", PlanSeverity.Error, "Source file missing");
    /// <summary>The archived source's sha256 does not match.</summary>
    public static readonly PlanRule SourceHash = new("PLAN302", PlanSeverity.Error, "Source hash mismatch");
    /// <summary>A cited line is outside the source or the document.</summary>
    public static readonly PlanRule LineRange = new("PLAN303", PlanSeverity.Error, "Cited line out of range");
    /// <summary>The raw text or quote is not on the cited line.</summary>
    public static readonly PlanRule NotOnLine = new("PLAN304", PlanSeverity.Error, "Text not found on cited line");
    /// <summary>The raw value is not inside its quote.</summary>
    public static readonly PlanRule NotInQuote = new("PLAN305", PlanSeverity.Error, "Value not inside its quote");
    /// <summary>The quote's offset is wrong.</summary>
    public static readonly PlanRule Offset = new("PLAN306", PlanSeverity.Error, "Quote offset mismatch");
    /// <summary>A value without a citation.</summary>
    public static readonly PlanRule Uncited = new("PLAN307", PlanSeverity.Error, "Value without citation");
    /// <summary>A source path that is absolute, leaves the corpus, lies outside its sources folder, or is a link or folder.</summary>
    public static readonly PlanRule SourcePathNotAllowed = new("PLAN308", PlanSeverity.Error, "Source path not allowed");
    /// <summary>A box printed in the source is neither transcribed nor registered.</summary>
    public static readonly PlanRule BoxUntranscribed = new("PLAN401", PlanSeverity.Error, "Box not transcribed");
    /// <summary>A box registered as pending.</summary>
    public static readonly PlanRule BoxPending = new("PLAN402", PlanSeverity.Warning, "Box pending");
    /// <summary>A row lacks a value for a column.</summary>
    public static readonly PlanRule MissingCell = new("PLAN403", PlanSeverity.Error, "Row lacks a column value");
    /// <summary>Sequence numbers are not contiguous.</summary>
    public static readonly PlanRule Sequence = new("PLAN404", PlanSeverity.Error, "Sequence not contiguous");
    /// <summary>A consumer-visible name has no English.</summary>
    public static readonly PlanRule MissingEnglish = new("PLAN405", PlanSeverity.Error, "Missing English name");
    /// <summary>A note or evidence is required and missing.</summary>
    public static readonly PlanRule NoteRequired = new("PLAN406", PlanSeverity.Error, "Note required");
    /// <summary>A district row matches a Chongqing catalogue concept by name but is not linked.</summary>
    public static readonly PlanRule Unlinked = new("PLAN407", PlanSeverity.Warning, "Indicator not linked to the catalogue");
    /// <summary>A box or file register problem (box registered and transcribed, box not printed).</summary>
    public static readonly PlanRule BoxRegister = new("PLAN408", PlanSeverity.Error, "Box register inconsistent");
    /// <summary>A source line inside a table or box that nothing cites and no <c>uncited</c> entry explains.</summary>
    public static readonly PlanRule LineUnaccounted = new("PLAN409", PlanSeverity.Error, "Source line not accounted for");
    /// <summary>A heading line of the source (第…篇/章/节) that no outline node cites.</summary>
    public static readonly PlanRule HeadingMissing = new("PLAN410", PlanSeverity.Error, "Heading not in the outline");
    /// <summary>A number printed between the items of a target list that no item quotes.</summary>
    public static readonly PlanRule ListGap = new("PLAN411", PlanSeverity.Error, "Item missing from a printed list");
    /// <summary>A number in declared target-setting prose that no target quotes and no <c>untargeted</c> entry explains.</summary>
    public static readonly PlanRule TargetTextGap = new("PLAN412", PlanSeverity.Error, "Number in target text not accounted for");
    /// <summary>An <c>untargeted</c> entry that explains no number: a target quotes it, or it lies outside the declared target text.</summary>
    public static readonly PlanRule UntargetedStale = new("PLAN413", PlanSeverity.Warning, "Untargeted entry excuses nothing");
    /// <summary>A typed number disagrees with the raw text.</summary>
    public static readonly PlanRule Arithmetic = new("PLAN501", PlanSeverity.Error, "Number disagrees with raw text");
    /// <summary>A range whose lower bound exceeds its upper bound, or another impossible figure.</summary>
    public static readonly PlanRule Impossible = new("PLAN502", PlanSeverity.Error, "Impossible value");
    /// <summary>A percentage of a share indicator outside 0–100.</summary>
    public static readonly PlanRule ShareRange = new("PLAN503", PlanSeverity.Error, "Share outside 0–100%");
    /// <summary>A relation word (超过, 不低于, 左右, 力争, 翻一番 …) is printed with a number, but the value's reading disagrees with the word.</summary>
    public static readonly PlanRule RelationReading = new("PLAN504", PlanSeverity.Error, "Reading disagrees with the printed relation word");
    /// <summary>A value's raw text is not exactly as printed: a table cell differs from its printed cell, a prose value drops a marker or qualifier.</summary>
    public static readonly PlanRule NotAsPrinted = new("PLAN505", PlanSeverity.Error, "Value not exactly as printed");
    /// <summary>A project's status code disagrees with the status table's reading of its printed verb.</summary>
    public static readonly PlanRule StatusCode = new("PLAN506", PlanSeverity.Error, "Status code disagrees with the status table");
    /// <summary>A binding indicator of the parent plan is missing from a district's table.</summary>
    public static readonly PlanRule AlignMissingBinding = new("PLAN601", PlanSeverity.Warning, "Parent's binding indicator missing");
    /// <summary>A district target contradicts the parent's in the binding direction.</summary>
    public static readonly PlanRule AlignContradiction = new("PLAN602", PlanSeverity.Warning, "Target looser than the parent's");
    /// <summary>The same indicator with units that do not convert.</summary>
    public static readonly PlanRule AlignUnits = new("PLAN603", PlanSeverity.Warning, "Inconsistent units");
    /// <summary>The same baseline reported differently.</summary>
    public static readonly PlanRule AlignBaseline = new("PLAN604", PlanSeverity.Warning, "Baselines disagree");

    /// <summary>All rules by code.</summary>
    public static IReadOnlyList<PlanRule> All { get; } = new[]
    {
        Syntax, Unsupported, Limit, ForbiddenChar, Internal, ReferenceUnreadable, Required, WrongType, UnknownKey, BadEnum, BadId, UnknownKind, ReservedName,
        UnknownIndicator, UnknownUnit, UnknownParent, UnknownReference, DuplicateId, OrphanFile, NameCollision, PublishedNameRemoved, SourceMissing, SourceHash,
        LineRange, NotOnLine, NotInQuote, Offset, Uncited, SourcePathNotAllowed, BoxUntranscribed, BoxPending, MissingCell, Sequence,
        MissingEnglish, NoteRequired, Unlinked, BoxRegister, LineUnaccounted, HeadingMissing, ListGap, TargetTextGap, UntargetedStale, Arithmetic, Impossible, ShareRange, RelationReading, NotAsPrinted, StatusCode, AlignMissingBinding,
        AlignContradiction, AlignUnits, AlignBaseline,
    };
}

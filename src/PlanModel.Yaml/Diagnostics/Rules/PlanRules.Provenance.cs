namespace PlanModel.Yaml.Diagnostics;

// PLAN3xx: provenance against the archived source. {element} names what is cited: "value 'y2025'", "target 'x'".
public static partial class PlanRules
{
    /// <summary>The archived source file is missing.</summary>
    public static readonly PlanRule SourceMissing = new("PLAN301", PlanSeverity.Error, "Source file missing");
    /// <summary>No file at the path.</summary>
    public static readonly PlanMessage<string> NoSourceFile = new(SourceMissing, "no file at '{path}' in the corpus");
    /// <summary>The file cannot be read.</summary>
    public static readonly PlanMessage<(string path, string reason)> SourceUnreadable = new(SourceMissing, "archived source '{path}' cannot be read: {reason}");

    /// <summary>The archived source's sha256 does not match.</summary>
    public static readonly PlanRule SourceHash = new("PLAN302", PlanSeverity.Error, "Source hash mismatch");
    /// <summary>The bytes differ from the pin.</summary>
    public static readonly PlanMessage<(string source, string actual, string pinned)> HashMismatch = new(SourceHash, "archived source '{source}' has sha256 {actual}, not the pinned {pinned}");

    /// <summary>A cited line is outside the source or the document.</summary>
    public static readonly PlanRule LineRange = new("PLAN303", PlanSeverity.Error, "Cited line out of range");
    /// <summary>The document's lines beyond the source.</summary>
    public static readonly PlanMessage<(int first, int last, int count)> DocumentLinesOutside = new(LineRange, "document lines {first}–{last} are outside the source (1–{count})");
    /// <summary>A citation beyond the document's lines.</summary>
    public static readonly PlanMessage<(string element, int line, int first, int last)> CitedLineOutside = new(LineRange, "{element}: line {line} is outside the document (lines {first}–{last})");

    /// <summary>The raw text or quote is not on the cited line.</summary>
    public static readonly PlanRule NotOnLine = new("PLAN304", PlanSeverity.Error, "Text not found on cited line");
    /// <summary>The text is not on the line; the line is shown around the closest match.</summary>
    public static readonly PlanMessage<(string element, string text, string lines, string printed)> TextNotOnLine = new(NotOnLine, "{element}: \"{text}\" is not printed on line {lines}, which prints \"{printed}\"");
    /// <summary>The text is not on the line but is elsewhere in the source.</summary>
    public static readonly PlanMessage<(string element, string text, string lines, string printed, string found)> TextOnOtherLine = new(NotOnLine, "{element}: \"{text}\" is not printed on line {lines}, which prints \"{printed}\"; it is found on {found}");
    /// <summary>The quote is not on the line.</summary>
    public static readonly PlanMessage<(string element, string quote, string lines, string printed)> QuoteNotOnLine = new(NotOnLine, "{element}: quote \"{quote}\" is not on line {lines}, which prints \"{printed}\"");
    /// <summary>The quote is not on the line but is elsewhere in the source.</summary>
    public static readonly PlanMessage<(string element, string quote, string lines, string printed, string found)> QuoteOnOtherLine = new(NotOnLine, "{element}: quote \"{quote}\" is not on line {lines}, which prints \"{printed}\"; it is found on {found}");
    /// <summary>A blank cell whose line is not blank.</summary>
    public static readonly PlanMessage<(string element, string lines, string printed)> BlankCellNotBlank = new(NotOnLine, "{element}: recorded as a blank cell, but line {lines} holds \"{printed}\"");
    /// <summary>A row name that is not part of its printed cell.</summary>
    public static readonly PlanMessage<(string row, string name)> NameNotInPrinted = new(NotOnLine, "row '{row}': name '{name}' is not part of the printed cell");
    /// <summary>A row unit that is not part of its printed cell.</summary>
    public static readonly PlanMessage<(string row, string unit)> UnitNotInPrinted = new(NotOnLine, "row '{row}': unit '{unit}' is not part of the printed cell");

    /// <summary>The raw value is not inside its quote.</summary>
    public static readonly PlanRule NotInQuote = new("PLAN305", PlanSeverity.Error, "Value not inside its quote");
    /// <summary>The value outside the quote.</summary>
    public static readonly PlanMessage<(string element, string text, string quote)> ValueOutsideQuote = new(NotInQuote, "{element}: \"{text}\" is not inside its quote \"{quote}\"");

    /// <summary>The quote's offset is wrong.</summary>
    public static readonly PlanRule Offset = new("PLAN306", PlanSeverity.Error, "Quote offset mismatch");
    /// <summary>The quote elsewhere on its line.</summary>
    public static readonly PlanMessage<(string element, int found, int line, int offset)> OffsetWrong = new(Offset, "{element}: quote is at offset {found} of line {line}, not {offset}");

    /// <summary>A value without a citation.</summary>
    public static readonly PlanRule Uncited = new("PLAN307", PlanSeverity.Error, "Value without citation");
    /// <summary>An element with no line.</summary>
    public static readonly PlanMessage<string> NoCitation = new(Uncited, "{element} has no citation ('line')");
    /// <summary>A value with no line.</summary>
    public static readonly PlanMessage<(string element, string raw)> ValueNoCitation = new(Uncited, "{element}: '{raw}' has no citation ('line')");
    /// <summary>A quote with no line.</summary>
    public static readonly PlanMessage<string> QuoteNeedsLine = new(Uncited, "{element}: a quote needs a 'line'");
    /// <summary>A list item with no line of its own or of its group.</summary>
    public static readonly PlanMessage<string> ItemNoCitation = new(Uncited, "item '{item}' has no citation (its own 'line' or its group's)");

    /// <summary>A source path that is absolute, leaves the corpus, lies outside its sources folder, or is a link or folder.</summary>
    public static readonly PlanRule SourcePathNotAllowed = new("PLAN308", PlanSeverity.Error, "Source path not allowed");
    /// <summary>An empty path.</summary>
    public static readonly PlanMessage EmptySourcePath = new(SourcePathNotAllowed, "the source path is empty");
    /// <summary>An absolute path.</summary>
    public static readonly PlanMessage AbsoluteSourcePath = new(SourcePathNotAllowed, "an absolute path is not allowed; name the file relative to the document's folder (../sources/…)");
    /// <summary>A character not allowed in a path.</summary>
    public static readonly PlanMessage<string> SourcePathCharacter = new(SourcePathNotAllowed, "the path holds a character that is not allowed in a source path (U+{code})");
    /// <summary>Too many '..'.</summary>
    public static readonly PlanMessage<string> SourcePathLeavesCorpus = new(SourcePathNotAllowed, "the path leaves the corpus (too many '..'); sources must be in the corpus's '{folder}' folder");
    /// <summary>A segment of dots or spaces.</summary>
    public static readonly PlanMessage<string> SourcePathDots = new(SourcePathNotAllowed, "the path has a segment of only dots or spaces ('{segment}')");
    /// <summary>A path outside the sources folder.</summary>
    public static readonly PlanMessage<(string resolved, string folder)> SourcePathOutside = new(SourcePathNotAllowed, "the path resolves to '{resolved}', outside the corpus's '{folder}' folder");
    /// <summary>A document outside a corpus folder.</summary>
    public static readonly PlanMessage NotInCorpusFolder = new(SourcePathNotAllowed, "the document is not inside a corpus folder");
    /// <summary>A source reached through a link.</summary>
    public static readonly PlanMessage<string> SourceIsLink = new(SourcePathNotAllowed, "'{link}' is a symbolic link; sources must be regular files inside the corpus");
    /// <summary>A folder named as a source.</summary>
    public static readonly PlanMessage<string> SourceIsFolder = new(SourcePathNotAllowed, "'{path}' is a folder, not a file");
    /// <summary>A corpus YAML file that is a link.</summary>
    public static readonly PlanMessage CorpusFileIsLink = new(SourcePathNotAllowed, "the file is a symbolic link; corpus files must be regular files");
}

namespace PlanModel.Yaml.Diagnostics;

// PLAN4xx: completeness. {lines} lists at most five source lines with an excerpt each, then "…".
public static partial class PlanRules
{
    /// <summary>A box printed in the source is neither transcribed nor registered.</summary>
    public static readonly PlanRule BoxUntranscribed = new("PLAN401", PlanSeverity.Error, "Box not transcribed");
    /// <summary>A printed box nothing accounts for.</summary>
    public static readonly PlanMessage<(int box, int line)> BoxNotTranscribed = new(BoxUntranscribed, "the source prints 专栏{box} (line {line}), which is neither transcribed nor registered in 'boxes'");

    /// <summary>A box registered as pending.</summary>
    public static readonly PlanRule BoxPending = new("PLAN402", PlanSeverity.Warning, "Box pending");
    /// <summary>A pending box.</summary>
    public static readonly PlanMessage<(int box, string title, string reason)> BoxIsPending = new(BoxPending, "box {box} ({title}) is pending: {reason}");

    /// <summary>A row lacks a value for a column.</summary>
    public static readonly PlanRule MissingCell = new("PLAN403", PlanSeverity.Error, "Row lacks a column value");
    /// <summary>A value column with no cell.</summary>
    public static readonly PlanMessage<(string row, string column)> RowLacksValue = new(MissingCell, "row '{row}' has no value for column '{column}' (use missing: true with a note when the cell was lost)");
    /// <summary>No attribute cell where the table prints an attribute column.</summary>
    public static readonly PlanMessage<string> RowLacksAttribute = new(MissingCell, "row '{row}' has no 'attribute' cell (the table prints an attribute column)");

    /// <summary>Sequence numbers are not contiguous.</summary>
    public static readonly PlanRule Sequence = new("PLAN404", PlanSeverity.Error, "Sequence not contiguous");
    /// <summary>A jump in the sequence.</summary>
    public static readonly PlanMessage<(string row, int seq, int previous, int expected)> SequenceGap = new(Sequence, "row '{row}': sequence {seq} follows {previous}; expected {expected}");

    /// <summary>A consumer-visible name has no English.</summary>
    public static readonly PlanRule MissingEnglish = new("PLAN405", PlanSeverity.Error, "Missing English name");
    /// <summary>A bilingual text without en.</summary>
    public static readonly PlanMessage<string> NoEnglish = new(MissingEnglish, "{element} has no English ('en')");

    /// <summary>A note or evidence is required and missing.</summary>
    public static readonly PlanRule NoteRequired = new("PLAN406", PlanSeverity.Error, "Note required");
    /// <summary>An inferred heading without evidence.</summary>
    public static readonly PlanMessage<string> HeadingNeedsEvidence = new(NoteRequired, "inferred heading '{id}' needs 'evidence'");
    /// <summary>A lost cell without a note.</summary>
    public static readonly PlanMessage<string> MissingCellNeedsNote = new(NoteRequired, "{element} is a missing cell and needs a 'note' saying what was lost");
    /// <summary>A registered box without a reason.</summary>
    public static readonly PlanMessage<(int box, string status)> BoxNeedsReason = new(NoteRequired, "box {box} is {status} without a 'reason'");
    /// <summary>An inferred list title without evidence.</summary>
    public static readonly PlanMessage<string> ListNeedsEvidence = new(NoteRequired, "list '{list}' has an inferred title and needs 'evidence'");
    /// <summary>An untargeted entry without a reason.</summary>
    public static readonly PlanMessage<string> UntargetedNeedsReason = new(NoteRequired, "untargeted \"{printed}\" needs a 'reason' saying why it is not a target");

    /// <summary>A district row matches a Chongqing catalogue concept by name but is not linked.</summary>
    public static readonly PlanRule Unlinked = new("PLAN407", PlanSeverity.Warning, "Indicator not linked to the catalogue");
    /// <summary>A row named like a catalogue indicator.</summary>
    public static readonly PlanMessage<(string row, string indicator)> RowNotLinked = new(Unlinked, "row '{row}' is catalogue indicator '{indicator}' by name; link it with 'indicator: {indicator}'");

    /// <summary>A box or file register problem (box registered and transcribed, box not printed).</summary>
    public static readonly PlanRule BoxRegister = new("PLAN408", PlanSeverity.Error, "Box register inconsistent");
    /// <summary>Registered and transcribed.</summary>
    public static readonly PlanMessage<(int box, string status, string file)> BoxRegisteredAndTranscribed = new(BoxRegister, "box {box} is registered as {status} but is transcribed in {file}");
    /// <summary>A box the source does not print.</summary>
    public static readonly PlanMessage<int> BoxNotPrinted = new(BoxRegister, "box {box} is transcribed or registered, but the source never prints 专栏{box}");

    /// <summary>A source line inside a table or box that nothing cites and no <c>uncited</c> entry explains.</summary>
    public static readonly PlanRule LineUnaccounted = new("PLAN409", PlanSeverity.Error, "Source line not accounted for");
    /// <summary>Lines inside a table or box cited by nothing.</summary>
    public static readonly PlanMessage<(int count, string element, int first, int last, string lines)> LinesUncited = new(LineUnaccounted, "{count} source line(s) inside this {element} (lines {first}–{last}) are cited by nothing: {lines}; transcribe what they print, or list them under 'uncited' with a reason");

    /// <summary>A heading line of the source (第…篇/章/节) that no outline node cites.</summary>
    public static readonly PlanRule HeadingMissing = new("PLAN410", PlanSeverity.Error, "Heading not in the outline");
    /// <summary>Headings the outline lacks.</summary>
    public static readonly PlanMessage<(int count, string lines)> HeadingsNotInOutline = new(HeadingMissing, "{count} heading line(s) of the source are not in the outline: {lines}; add the heading, or list the lines (the table of contents) under the outline's 'uncited' with a reason");

    /// <summary>A number printed between the items of a target list that no item quotes.</summary>
    public static readonly PlanRule ListGap = new("PLAN411", PlanSeverity.Error, "Item missing from a printed list");
    /// <summary>Numbers between quoted items.</summary>
    public static readonly PlanMessage<(string list, int line, int count, string numbers)> ListNumbersUnquoted = new(ListGap, "list '{list}' on line {line}: {count} number(s) between its first and last quoted item are in no item's quote: {numbers}; transcribe the item, or widen a quote that holds it");

    /// <summary>A number in declared target-setting prose that no target quotes and no <c>untargeted</c> entry explains.</summary>
    public static readonly PlanRule TargetTextGap = new("PLAN412", PlanSeverity.Error, "Number in target text not accounted for");
    /// <summary>Numbers in target text nothing accounts for.</summary>
    public static readonly PlanMessage<(string entry, int count, string numbers)> TargetTextNumbers = new(TargetTextGap, "target text ({entry}): {count} number(s) are quoted by no target and listed under no 'untargeted': {numbers}; transcribe the target with its quote and offset, or list the number under 'untargeted' with a reason");

    /// <summary>An <c>untargeted</c> entry that explains no number: a target quotes it, or it lies outside the declared target text.</summary>
    public static readonly PlanRule UntargetedStale = new("PLAN413", PlanSeverity.Warning, "Untargeted entry excuses nothing");
    /// <summary>The entry's text holds no number.</summary>
    public static readonly PlanMessage<(string printed, int line, int offset)> UntargetedNoNumber = new(UntargetedStale, "untargeted \"{printed}\" (line {line}, offset {offset}) excuses nothing: it holds no number; remove the entry");
    /// <summary>The entry lies outside every declared target text.</summary>
    public static readonly PlanMessage<(string printed, int line, int offset)> UntargetedOutside = new(UntargetedStale, "untargeted \"{printed}\" (line {line}, offset {offset}) excuses nothing: it lies outside every declared 'targetText'; remove the entry");
    /// <summary>A target already quotes the number.</summary>
    public static readonly PlanMessage<(string printed, int line, int offset)> UntargetedQuoted = new(UntargetedStale, "untargeted \"{printed}\" (line {line}, offset {offset}) excuses nothing: a cited value (a target's quote) already holds it; remove the entry");
}

namespace PlanModel.Yaml.Diagnostics;

// PLAN0xx: reading the YAML, and failures reported instead of crashing.
public static partial class PlanRules
{
    /// <summary>YAML syntax error.</summary>
    public static readonly PlanRule Syntax = new("PLAN001", PlanSeverity.Error, "YAML syntax error");
    /// <summary>The YAML parser's own message.</summary>
    public static readonly PlanMessage<string> SyntaxError = new(Syntax, "{parser}");
    /// <summary>The file ends inside a construct.</summary>
    public static readonly PlanMessage UnexpectedEnd = new(Syntax, "unexpected end of the file (an unclosed bracket, brace or quote?)");
    /// <summary>A YAML event the reader does not expect.</summary>
    public static readonly PlanMessage<string> UnexpectedEvent = new(Syntax, "unexpected YAML event {event}");

    /// <summary>Unsupported YAML feature: anchors, aliases, tags, several documents, duplicate keys.</summary>
    public static readonly PlanRule Unsupported = new("PLAN002", PlanSeverity.Error, "Unsupported YAML feature");
    /// <summary>A second YAML document in one file.</summary>
    public static readonly PlanMessage SecondDocument = new(Unsupported, "a file holds one YAML document; a second one starts here");
    /// <summary>An alias.</summary>
    public static readonly PlanMessage<string> AliasUsed = new(Unsupported, "aliases (*{alias}) are not allowed; write the value out");
    /// <summary>A key that is a list, a mapping or an alias.</summary>
    public static readonly PlanMessage KeyNotPlain = new(Unsupported, "mapping keys must be plain text");
    /// <summary>A key given twice in one mapping.</summary>
    public static readonly PlanMessage<(string key, int line)> DuplicateKey = new(Unsupported, "duplicate key '{key}' (first on line {line})");
    /// <summary>An anchor.</summary>
    public static readonly PlanMessage<string> AnchorUsed = new(Unsupported, "anchors (&{anchor}) are not allowed; write each value out");
    /// <summary>A tag.</summary>
    public static readonly PlanMessage<string> TagUsed = new(Unsupported, "tags ({tag}) are not allowed");

    /// <summary>A resource limit was exceeded.</summary>
    public static readonly PlanRule Limit = new("PLAN003", PlanSeverity.Error, "Resource limit exceeded");
    /// <summary>A YAML file longer than the limit.</summary>
    public static readonly PlanMessage<(int length, int limit)> FileTooLong = new(Limit, "file has {length} characters; the limit is {limit}");
    /// <summary>A YAML file larger on disk than the limit allows.</summary>
    public static readonly PlanMessage<(long bytes, int limit)> FileTooLarge = new(Limit, "file is larger than {bytes} bytes; the limit is {limit} characters");
    /// <summary>Nesting deeper than the limit.</summary>
    public static readonly PlanMessage<int> TooDeep = new(Limit, "nesting deeper than {limit} levels");
    /// <summary>More nodes than the limit.</summary>
    public static readonly PlanMessage<int> TooManyNodes = new(Limit, "more than {limit} nodes");
    /// <summary>A scalar longer than the limit.</summary>
    public static readonly PlanMessage<(int length, int limit)> ScalarTooLong = new(Limit, "a scalar of {length} characters exceeds the limit of {limit}");
    /// <summary>An archived source larger than the limit.</summary>
    public static readonly PlanMessage<(string source, long limit)> SourceTooLarge = new(Limit, "archived source '{source}' is larger than the limit of {limit} bytes (PlanModelMaxSourceBytes)");
    /// <summary>One citation joining too many lines.</summary>
    public static readonly PlanMessage<(int count, int limit)> CitationTooManyLines = new(Limit, "{count} lines joined in one citation; the limit is {limit}");
    /// <summary>One citation reading too many characters.</summary>
    public static readonly PlanMessage<(long chars, int limit)> CitationTooLong = new(Limit, "the cited lines hold {chars} characters; the limit for one citation is {limit}");
    /// <summary>A file's citations read more source than the budget per file.</summary>
    public static readonly PlanMessage<(long spent, long limit)> FileCitationBudget = new(Limit, "the citations of this file make the validator read {spent} source characters; the limit per file is {limit}; the file's remaining citations are not checked");
    /// <summary>The corpus's citations read more source than the budget per corpus.</summary>
    public static readonly PlanMessage<long> CorpusCitationBudget = new(Limit, "the citations of the corpus make the validator read more than {limit} source characters; the file's remaining citations are not checked");
    /// <summary>The generated data does not fit the user-string heap.</summary>
    public static readonly PlanMessage<(string megabytes, string budget, string document)> UserStringHeap = new(Limit, "the documents' data needs {megabytes} MB of string literals, more than the {budget} MB an assembly's user-string heap can give it (CS8103); '{document}' is the first document past the budget. Build with C# 11 or later and System.ReadOnlySpan<T> (netstandard2.1, .NET Core 2.1+, or a System.Memory reference) so the data is stored as UTF-8 static data, or split the corpus across projects");

    /// <summary>A forbidden (invisible or bidirectional) character.</summary>
    public static readonly PlanRule ForbiddenChar = new("PLAN004", PlanSeverity.Error, "Forbidden character");
    /// <summary>A carriage return alone.</summary>
    public static readonly PlanMessage LoneCarriageReturn = new(ForbiddenChar, "forbidden character U+000D (a carriage return not followed by a line feed starts a line only for the YAML parser)");
    /// <summary>An invisible or bidirectional character.</summary>
    public static readonly PlanMessage<string> ForbiddenCharacter = new(ForbiddenChar, "forbidden character U+{code}");
    /// <summary>U+FFFD.</summary>
    public static readonly PlanMessage ReplacementCharacter = new(ForbiddenChar, "forbidden character U+FFFD (invalid UTF-8 in the file?)");
    /// <summary>A Unicode line or paragraph separator, or NEL.</summary>
    public static readonly PlanMessage<string> HiddenLineBreak = new(ForbiddenChar, "forbidden character U+{code} (a line break to the YAML parser, invisible to git and grep)");
    /// <summary>A control character.</summary>
    public static readonly PlanMessage<string> ControlCharacter = new(ForbiddenChar, "control character U+{code}");
    /// <summary>A forbidden character written as an escape.</summary>
    public static readonly PlanMessage<string> EscapedForbiddenCharacter = new(ForbiddenChar, "forbidden character U+{code} (written as an escape) in a quoted value");

    /// <summary>An unexpected internal failure, reported instead of crashing.</summary>
    public static readonly PlanRule Internal = new("PLAN005", PlanSeverity.Error, "Unexpected failure");
    /// <summary>A file that cannot be read from disk.</summary>
    public static readonly PlanMessage<string> CannotReadFile = new(Internal, "cannot read the file: {reason}");
    /// <summary>A file the compiler could not give the generator.</summary>
    public static readonly PlanMessage FileNotGiven = new(Internal, "the file could not be read");
    /// <summary>Binding a file failed.</summary>
    public static readonly PlanMessage<string> ReadingFailed = new(Internal, "reading the file failed: {reason}");
    /// <summary>The YAML reader failed.</summary>
    public static readonly PlanMessage<string> YamlReaderFailed = new(Internal, "the YAML reader failed: {reason}");
    /// <summary>A rule failed.</summary>
    public static readonly PlanMessage<string> ValidationFailed = new(Internal, "validation failed unexpectedly: {reason}");
    /// <summary>The MSBuild task failed.</summary>
    public static readonly PlanMessage<string> TaskFailed = new(Internal, "PlanModel validation failed unexpectedly: {reason}");
    /// <summary>Validation stopped by cancellation.</summary>
    public static readonly PlanMessage ValidationCancelled = new(Internal, "validation was cancelled before this document");
    /// <summary>An emitter failed.</summary>
    public static readonly PlanMessage<(string file, string exception, string reason)> GenerationFailed = new(Internal, "generating {file} failed: {exception}: {reason}");

    /// <summary>A referenced package's data file (a <c>PlanModelReference</c>) cannot be read: missing, a link, too large, or not a data file.</summary>
    public static readonly PlanRule ReferenceUnreadable = new("PLAN006", PlanSeverity.Error, "Referenced package unreadable");
    /// <summary>No data file at the path.</summary>
    public static readonly PlanMessage<string> ReferenceMissing = new(ReferenceUnreadable, "referenced package '{package}' cannot be read: the file does not exist");
    /// <summary>A data file that is a link.</summary>
    public static readonly PlanMessage<string> ReferenceIsLink = new(ReferenceUnreadable, "referenced package '{package}' cannot be read: it is a link, which is not followed");
    /// <summary>A data file larger than the limit.</summary>
    public static readonly PlanMessage<(string package, long megabytes)> ReferenceTooLarge = new(ReferenceUnreadable, "referenced package '{package}' cannot be read: it is larger than {megabytes} MB");
    /// <summary>A file that is not a data file.</summary>
    public static readonly PlanMessage<(string package, string reason)> ReferenceBroken = new(ReferenceUnreadable, "referenced package '{package}' cannot be read: {reason}");
}

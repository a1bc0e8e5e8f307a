namespace PlanModel.Yaml.Diagnostics;

// PLAN1xx: the shape of each file. {element} names the mapping: "row '森林覆盖率（%）'", "target 'gdp-growth'", "a column".
public static partial class PlanRules
{
    /// <summary>A required key is missing.</summary>
    public static readonly PlanRule Required = new("PLAN101", PlanSeverity.Error, "Missing required key");
    /// <summary>A required key absent from a mapping.</summary>
    public static readonly PlanMessage<(string key, string element)> MissingKey = new(Required, "missing required key '{key}' in {element}");
    /// <summary>An empty file.</summary>
    public static readonly PlanMessage EmptyFile = new(Required, "the file is empty; expected a mapping with 'kind'");
    /// <summary>An empty <c>lines</c> list.</summary>
    public static readonly PlanMessage<string> LinesEmpty = new(Required, "'lines' of {element} must list at least one line");
    /// <summary>An uncited entry with no lines.</summary>
    public static readonly PlanMessage UncitedEntryNeedsLines = new(Required, "an uncited entry needs 'line', 'lines' or 'from' and 'to'");
    /// <summary>A value cell written as null.</summary>
    public static readonly PlanMessage<string> EmptyCell = new(Required, "{element} is empty: write {{raw: \"\", line: N}} for a blank cell, or {{missing: true, note: …}} for a lost one");
    /// <summary>A key that must hold text.</summary>
    public static readonly PlanMessage<(string key, string element)> EmptyText = new(Required, "'{key}' of {element} must not be empty");
    /// <summary>A horizon with neither form.</summary>
    public static readonly PlanMessage<string> HorizonForm = new(Required, "the horizon of {element} needs 'year' or 'from' and 'to'");
    /// <summary>A targetText entry of no form.</summary>
    public static readonly PlanMessage TargetTextNoForm = new(Required, TargetTextForms);
    /// <summary>A row with neither seq nor parent.</summary>
    public static readonly PlanMessage<string> RowNeedsSeqOrParent = new(Required, "row '{row}' has neither 'seq' nor 'parent'");

    /// <summary>A value has the wrong type.</summary>
    public static readonly PlanRule WrongType = new("PLAN102", PlanSeverity.Error, "Wrong type");
    /// <summary>A mapping expected.</summary>
    public static readonly PlanMessage<(string element, string type)> NotMapping = new(WrongType, "{element} must be a mapping, not a {type}");
    /// <summary>Text expected.</summary>
    public static readonly PlanMessage<(string element, string key, string type)> NotText = new(WrongType, "{element}: '{key}' must be text, not a {type}");
    /// <summary>An integer expected.</summary>
    public static readonly PlanMessage<(string element, string key)> NotInteger = new(WrongType, "{element}: '{key}' must be an integer");
    /// <summary>A number expected.</summary>
    public static readonly PlanMessage<(string element, string key)> NotNumber = new(WrongType, "{element}: '{key}' must be a number");
    /// <summary>A boolean expected.</summary>
    public static readonly PlanMessage<(string element, string key)> NotBoolean = new(WrongType, "{element}: '{key}' must be true or false");
    /// <summary>A list expected.</summary>
    public static readonly PlanMessage<(string element, string key, string type)> NotList = new(WrongType, "{element}: '{key}' must be a list, not a {type}");
    /// <summary>A list of text expected.</summary>
    public static readonly PlanMessage<string> NotTextList = new(WrongType, "'{key}' must be a list of text");
    /// <summary>A <c>lines</c> entry that is not a line number.</summary>
    public static readonly PlanMessage LinesNotNumbers = new(WrongType, "'lines' must list line numbers");
    /// <summary>Plain text where {zh, en} is expected.</summary>
    public static readonly PlanMessage<string> NotBilingual = new(WrongType, "'{key}' must be {{zh: …, en: …}}, not plain text");
    /// <summary>A lost cell that also has a value.</summary>
    public static readonly PlanMessage<string> MissingCellWithValue = new(WrongType, "{element} has 'missing: true', so it has no 'raw' and no 'line'");
    /// <summary>A catalogue alias that is not text.</summary>
    public static readonly PlanMessage<string> AliasNotText = new(WrongType, "aliases of indicator '{indicator}' must be text");

    /// <summary>An unknown key (usually a typo).</summary>
    public static readonly PlanRule UnknownKey = new("PLAN103", PlanSeverity.Error, "Unknown key");
    /// <summary>A key no reader asks for in that mapping.</summary>
    public static readonly PlanMessage<(string key, string element)> KeyUnknown = new(UnknownKey, "unknown key '{key}' in {element}");
    /// <summary>A key one or two edits from a key the mapping takes.</summary>
    public static readonly PlanMessage<(string key, string element, string suggestion)> KeyMisspelt = new(UnknownKey, "unknown key '{key}' in {element}; did you mean '{suggestion}'?");

    /// <summary>A value outside its allowed set.</summary>
    public static readonly PlanRule BadEnum = new("PLAN104", PlanSeverity.Error, "Invalid value");
    /// <summary>A word outside its closed vocabulary.</summary>
    public static readonly PlanMessage<(string element, string value, string key, string allowed)> NotInVocabulary = new(BadEnum, "{element}: '{value}' is not a valid {key}; expected one of: {allowed}");
    /// <summary>from/to given alone or reversed.</summary>
    public static readonly PlanMessage FromTo = new(BadEnum, "'from' and 'to' come together, 1 <= from <= to");
    /// <summary>A targetText entry mixing forms.</summary>
    public static readonly PlanMessage TargetTextMixedForms = new(BadEnum, TargetTextForms);
    /// <summary>A lead-in quote with several lines.</summary>
    public static readonly PlanMessage LeadInWithLines = new(BadEnum, "a lead-in 'quote' narrows one 'line' to a sentence; it cannot go with several 'lines'");
    /// <summary>A date not in ISO form.</summary>
    public static readonly PlanMessage<string> DateForm = new(BadEnum, "date '{date}' must be yyyy-MM-dd");
    /// <summary>A region code not of six digits.</summary>
    public static readonly PlanMessage<string> RegionCodeForm = new(BadEnum, "region code '{code}' must be six digits (GB/T 2260)");
    /// <summary>A pin that is not a sha256.</summary>
    public static readonly PlanMessage Sha256Form = new(BadEnum, "sha256 must be 64 lower-case hex digits");

    /// <summary>An invalid id or C# symbol.</summary>
    public static readonly PlanRule BadId = new("PLAN105", PlanSeverity.Error, "Invalid id");
    /// <summary>An id of the wrong form.</summary>
    public static readonly PlanMessage<string> InvalidId = new(BadId, "'{id}' is not a valid id (lower-case letters, digits and '-')");
    /// <summary>A former id of the wrong form.</summary>
    public static readonly PlanMessage<string> InvalidFormerId = new(BadId, "formerIds: '{id}' is not a valid id (lower-case letters, digits and '-')");
    /// <summary>A column key of the wrong form.</summary>
    public static readonly PlanMessage<string> InvalidColumnKey = new(BadId, "column key '{key}' must be letters, digits, '_' or '-'");
    /// <summary>A namespace that is not a dotted name.</summary>
    public static readonly PlanMessage<string> NotDottedName = new(BadId, "'{name}' is not a dotted C# name");

    /// <summary>The file's kind is unknown.</summary>
    public static readonly PlanRule UnknownKind = new("PLAN106", PlanSeverity.Error, "Unknown file kind");
    /// <summary>A kind outside the file kinds.</summary>
    public static readonly PlanMessage<(string kind, string expected)> KindUnknown = new(UnknownKind, "unknown kind '{kind}'; expected one of: {expected}");

    /// <summary>A symbol (or the name an id makes) that cannot name generated code: not an identifier, a C# keyword, or reserved.</summary>
    public static readonly PlanRule ReservedName = new("PLAN107", PlanSeverity.Error, "Unusable symbol");
    /// <summary>A symbol that is not a usable identifier.</summary>
    public static readonly PlanMessage<string> SymbolUnusable = new(ReservedName, "symbol: {problem}");
    /// <summary>A former symbol that is not a usable identifier.</summary>
    public static readonly PlanMessage<string> FormerSymbolUnusable = new(ReservedName, "formerSymbols: {problem}");
    /// <summary>A name the generated code already uses.</summary>
    public static readonly PlanMessage<(string name, string owner, string reservedBy)> NameReserved = new(ReservedName, "the name '{name}' of {owner} is reserved by the generated code ({reservedBy}); choose another symbol");

    private const string TargetTextForms = "a targetText entry is one of: 'section', 'line'/'lines' (optionally with a lead-in 'quote'), or 'from' and 'to'";
}

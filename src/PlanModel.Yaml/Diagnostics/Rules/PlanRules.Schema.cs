namespace PlanModel.Yaml.Diagnostics;

// PLAN1xx: the shape of each file. {element} names the mapping: "row '森林覆盖率（%）'", "target 'gdp-growth'", "a column".
public static partial class PlanRules
{
    /// <summary>A required key is missing.</summary>
    public static readonly PlanRule Required = new("PLAN101", PlanSeverity.Error, "Missing required key");
    /// <summary>A required key absent from a mapping.</summary>
    public static readonly PlanMessage<(string key, string element)> MissingKey = Required.Message<(string key, string element)>("missing required key '{key}' in {element}");
    /// <summary>An empty file.</summary>
    public static readonly PlanMessage EmptyFile = Required.Message("the file is empty; expected a mapping with 'kind'");
    /// <summary>An empty <c>lines</c> list.</summary>
    public static readonly PlanMessage<string> LinesEmpty = Required.Message<string>("'lines' of {element} must list at least one line");
    /// <summary>An uncited entry with no lines.</summary>
    public static readonly PlanMessage UncitedEntryNeedsLines = Required.Message("an uncited entry needs 'line', 'lines' or 'from' and 'to'");
    /// <summary>A value cell written as null.</summary>
    public static readonly PlanMessage<string> EmptyCell = Required.Message<string>("{element} is empty: write {{raw: \"\", line: N}} for a blank cell, or {{missing: true, note: …}} for a lost one");
    /// <summary>A key that must hold text.</summary>
    public static readonly PlanMessage<(string key, string element)> EmptyText = Required.Message<(string key, string element)>("'{key}' of {element} must not be empty");
    /// <summary>A horizon with neither form.</summary>
    public static readonly PlanMessage<string> HorizonForm = Required.Message<string>("the horizon of {element} needs 'year' or 'from' and 'to'");
    /// <summary>A targetText entry of no form.</summary>
    public static readonly PlanMessage TargetTextNoForm = Required.Message(TargetTextForms);
    /// <summary>A row with neither seq nor parent.</summary>
    public static readonly PlanMessage<string> RowNeedsSeqOrParent = Required.Message<string>("row '{row}' has neither 'seq' nor 'parent'");

    /// <summary>A value has the wrong type.</summary>
    public static readonly PlanRule WrongType = new("PLAN102", PlanSeverity.Error, "Wrong type");
    /// <summary>A mapping expected.</summary>
    public static readonly PlanMessage<(string element, string type)> NotMapping = WrongType.Message<(string element, string type)>("{element} must be a mapping, not a {type}");
    /// <summary>Text expected.</summary>
    public static readonly PlanMessage<(string key, string type)> NotText = WrongType.Message<(string key, string type)>("'{key}' must be text, not a {type}");
    /// <summary>An integer expected.</summary>
    public static readonly PlanMessage<string> NotInteger = WrongType.Message<string>("'{key}' must be an integer");
    /// <summary>A number expected.</summary>
    public static readonly PlanMessage<string> NotNumber = WrongType.Message<string>("'{key}' must be a number");
    /// <summary>A boolean expected.</summary>
    public static readonly PlanMessage<string> NotBoolean = WrongType.Message<string>("'{key}' must be true or false");
    /// <summary>A list expected.</summary>
    public static readonly PlanMessage<(string key, string type)> NotList = WrongType.Message<(string key, string type)>("'{key}' must be a list, not a {type}");
    /// <summary>A list of text expected.</summary>
    public static readonly PlanMessage<string> NotTextList = WrongType.Message<string>("'{key}' must be a list of text");
    /// <summary>A <c>lines</c> entry that is not a line number.</summary>
    public static readonly PlanMessage LinesNotNumbers = WrongType.Message("'lines' must list line numbers");
    /// <summary>Plain text where {zh, en} is expected.</summary>
    public static readonly PlanMessage<string> NotBilingual = WrongType.Message<string>("'{key}' must be {{zh: …, en: …}}, not plain text");
    /// <summary>A lost cell that also has a value.</summary>
    public static readonly PlanMessage<string> MissingCellWithValue = WrongType.Message<string>("{element} has 'missing: true', so it has no 'raw' and no 'line'");
    /// <summary>A catalogue alias that is not text.</summary>
    public static readonly PlanMessage<string> AliasNotText = WrongType.Message<string>("aliases of indicator '{indicator}' must be text");

    /// <summary>An unknown key (usually a typo).</summary>
    public static readonly PlanRule UnknownKey = new("PLAN103", PlanSeverity.Error, "Unknown key");
    /// <summary>A key no reader asks for in that mapping.</summary>
    public static readonly PlanMessage<(string key, string element)> KeyUnknown = UnknownKey.Message<(string key, string element)>("unknown key '{key}' in {element}");
    /// <summary>A key one or two edits from a key the mapping takes.</summary>
    public static readonly PlanMessage<(string key, string element, string suggestion)> KeyMisspelt = UnknownKey.Message<(string key, string element, string suggestion)>("unknown key '{key}' in {element}; did you mean '{suggestion}'?");

    /// <summary>A value outside its allowed set.</summary>
    public static readonly PlanRule BadEnum = new("PLAN104", PlanSeverity.Error, "Invalid value");
    /// <summary>A word outside its closed vocabulary.</summary>
    public static readonly PlanMessage<(string value, string key, string allowed)> NotInVocabulary = BadEnum.Message<(string value, string key, string allowed)>("'{value}' is not a valid {key}; expected one of: {allowed}");
    /// <summary>from/to given alone or reversed.</summary>
    public static readonly PlanMessage FromTo = BadEnum.Message("'from' and 'to' come together, 1 <= from <= to");
    /// <summary>A targetText entry mixing forms.</summary>
    public static readonly PlanMessage TargetTextMixedForms = BadEnum.Message(TargetTextForms);
    /// <summary>A lead-in quote with several lines.</summary>
    public static readonly PlanMessage LeadInWithLines = BadEnum.Message("a lead-in 'quote' narrows one 'line' to a sentence; it cannot go with several 'lines'");
    /// <summary>A date not in ISO form.</summary>
    public static readonly PlanMessage<string> DateForm = BadEnum.Message<string>("date '{date}' must be yyyy-MM-dd");
    /// <summary>A region code not of six digits.</summary>
    public static readonly PlanMessage<string> RegionCodeForm = BadEnum.Message<string>("region code '{code}' must be six digits (GB/T 2260)");
    /// <summary>A pin that is not a sha256.</summary>
    public static readonly PlanMessage Sha256Form = BadEnum.Message("sha256 must be 64 lower-case hex digits");

    /// <summary>An invalid id or C# symbol.</summary>
    public static readonly PlanRule BadId = new("PLAN105", PlanSeverity.Error, "Invalid id");
    /// <summary>An id of the wrong form.</summary>
    public static readonly PlanMessage<string> InvalidId = BadId.Message<string>("'{id}' is not a valid id (lower-case letters, digits and '-')");
    /// <summary>A former id of the wrong form.</summary>
    public static readonly PlanMessage<string> InvalidFormerId = BadId.Message<string>("formerIds: '{id}' is not a valid id (lower-case letters, digits and '-')");
    /// <summary>A column key of the wrong form.</summary>
    public static readonly PlanMessage<string> InvalidColumnKey = BadId.Message<string>("column key '{key}' must be letters, digits, '_' or '-'");
    /// <summary>A namespace that is not a dotted name.</summary>
    public static readonly PlanMessage<string> NotDottedName = BadId.Message<string>("'{name}' is not a dotted C# name");

    /// <summary>The file's kind is unknown.</summary>
    public static readonly PlanRule UnknownKind = new("PLAN106", PlanSeverity.Error, "Unknown file kind");
    /// <summary>A kind outside the file kinds.</summary>
    public static readonly PlanMessage<(string kind, string expected)> KindUnknown = UnknownKind.Message<(string kind, string expected)>("unknown kind '{kind}'; expected one of: {expected}");

    /// <summary>A symbol (or the name an id makes) that cannot name generated code: not an identifier, a C# keyword, or reserved.</summary>
    public static readonly PlanRule ReservedName = new("PLAN107", PlanSeverity.Error, "Unusable symbol");
    /// <summary>A symbol that is not a usable identifier.</summary>
    public static readonly PlanMessage<string> SymbolUnusable = ReservedName.Message<string>("symbol: {problem}");
    /// <summary>A former symbol that is not a usable identifier.</summary>
    public static readonly PlanMessage<string> FormerSymbolUnusable = ReservedName.Message<string>("formerSymbols: {problem}");
    /// <summary>A name the generated code already uses.</summary>
    public static readonly PlanMessage<(string name, string owner, string reservedBy)> NameReserved = ReservedName.Message<(string name, string owner, string reservedBy)>(
        "the name '{name}' of {owner} is reserved by the generated code ({reservedBy}); choose another symbol");

    private const string TargetTextForms = "a targetText entry is one of: 'section', 'line'/'lines' (optionally with a lead-in 'quote'), or 'from' and 'to'";
}

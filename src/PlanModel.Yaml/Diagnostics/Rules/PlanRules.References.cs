namespace PlanModel.Yaml.Diagnostics;

// PLAN2xx: references and uniqueness. {first} is where the name is first used: "file:line", or "line N" in the same file.
public static partial class PlanRules
{
    /// <summary>An unresolved catalogue indicator id.</summary>
    public static readonly PlanRule UnknownIndicator = new("PLAN201", PlanSeverity.Error, "Unknown catalogue indicator");
    /// <summary>An indicator id the catalogue lacks.</summary>
    public static readonly PlanMessage<(string element, string indicator)> IndicatorNotInCatalogue = new(UnknownIndicator, "{element}: indicator '{indicator}' is not in the catalogue");

    /// <summary>An unresolved unit id.</summary>
    public static readonly PlanRule UnknownUnit = new("PLAN202", PlanSeverity.Error, "Unknown unit");
    /// <summary>A unit id the unit catalogue lacks.</summary>
    public static readonly PlanMessage<(string element, string unit)> UnitNotInCatalogue = new(UnknownUnit, "{element}: unit '{unit}' is not in the unit catalogue");

    /// <summary>An unresolved parent document.</summary>
    public static readonly PlanRule UnknownParent = new("PLAN203", PlanSeverity.Error, "Unknown parent document");
    /// <summary>A parent id no document has.</summary>
    public static readonly PlanMessage<(string document, string parent)> ParentNotInCorpus = new(UnknownParent, "document '{document}': parent document '{parent}' is not in the corpus");
    /// <summary>A document naming itself.</summary>
    public static readonly PlanMessage<string> OwnParent = new(UnknownParent, "document '{document}' cannot be its own parent");

    /// <summary>An unresolved reference inside a document (category, column, section, parent row).</summary>
    public static readonly PlanRule UnknownReference = new("PLAN204", PlanSeverity.Error, "Unresolved reference");
    /// <summary>A section id the outline lacks.</summary>
    public static readonly PlanMessage<(string element, string section)> SectionNotInOutline = new(UnknownReference, "{element}: section '{section}' is not in the outline");
    /// <summary>A sub-row before its parent.</summary>
    public static readonly PlanMessage<(string row, string parent)> ParentRowNotBefore = new(UnknownReference, "row '{row}': parent row {parent} is not printed before this sub-row");
    /// <summary>A category the table does not define.</summary>
    public static readonly PlanMessage<(string row, string category)> CategoryNotDefined = new(UnknownReference, "row '{row}': category '{category}' is not defined in 'categories'");
    /// <summary>A column the table does not define.</summary>
    public static readonly PlanMessage<(string row, string column)> ColumnNotDefined = new(UnknownReference, "row '{row}': column '{column}' is not defined in 'columns'");

    /// <summary>A duplicate id.</summary>
    public static readonly PlanRule DuplicateId = new("PLAN205", PlanSeverity.Error, "Duplicate id");
    /// <summary>A document id declared twice.</summary>
    public static readonly PlanMessage<(string id, string first)> DocumentIdTaken = new(DuplicateId, "document id '{id}' is already declared at {first}");
    /// <summary>A document id a referenced package already declares.</summary>
    public static readonly PlanMessage<(string id, string package)> DocumentIdInPackage = new(DuplicateId, "document id '{id}' is already declared in referenced package '{package}'");
    /// <summary>A catalogue indicator id defined twice.</summary>
    public static readonly PlanMessage<(string id, string first)> IndicatorIdTaken = new(DuplicateId, "catalogue indicator '{id}' is already defined at {first}");
    /// <summary>A unit id defined twice.</summary>
    public static readonly PlanMessage<(string id, string first)> UnitIdTaken = new(DuplicateId, "unit '{id}' is already defined at {first}");
    /// <summary>A catalogue name or alias of two indicators.</summary>
    public static readonly PlanMessage<(string name, string indicator, string other)> IndicatorNameTaken = new(DuplicateId, "name '{name}' of indicator '{indicator}' is already a name of '{other}'");
    /// <summary>A table or list id used twice in a document.</summary>
    public static readonly PlanMessage<(string id, string first)> PartIdTaken = new(DuplicateId, "id '{id}' is already used at {first}");
    /// <summary>A box transcribed twice.</summary>
    public static readonly PlanMessage<(int box, string first)> BoxTaken = new(DuplicateId, "box {box} is already transcribed at {first}");
    /// <summary>An id or key used twice in one file.</summary>
    public static readonly PlanMessage<(string element, string id, string first)> UsedTwice = new(DuplicateId, "{element} '{id}' is used twice; first at {first}");

    /// <summary>A file names a document that has no document.yaml.</summary>
    public static readonly PlanRule OrphanFile = new("PLAN206", PlanSeverity.Error, "Unknown document");
    /// <summary>A part file of a document that does not exist.</summary>
    public static readonly PlanMessage<string> DocumentMissing = new(OrphanFile, "document '{document}' has no document.yaml (kind: document) in the corpus");

    /// <summary>Two elements whose generated names collide, within a class or across documents.</summary>
    public static readonly PlanRule NameCollision = new("PLAN207", PlanSeverity.Error, "Generated name collision");
    /// <summary>A generated name already given to another element.</summary>
    public static readonly PlanMessage<(string name, string owner, string other, string scope)> NameTaken = new(NameCollision, "the name '{name}' of {owner} is already the name of {other} in {scope}; give one of them another symbol");

    /// <summary>A published generated name (published-names.yaml) that is no longer generated and no rename records.</summary>
    public static readonly PlanRule PublishedNameRemoved = new("PLAN208", PlanSeverity.Error, "Published name removed");
    /// <summary>A published name no element generates.</summary>
    public static readonly PlanMessage<(string name, string file, int line)> PublishedNameGone = new(PublishedNameRemoved, "'{name}' is published ({file} line {line}) but no longer generated: record the old id under 'formerIds' (or the old symbol under 'formerSymbols') of the element that replaced it, or remove the name on purpose with 'plan names <corpus> --accept'");

    /// <summary>A catalogue entry this corpus defines that a referenced package defines differently.</summary>
    public static readonly PlanRule CatalogueDiffersFromPackage = new("PLAN209", PlanSeverity.Warning, "Catalogue entry differs from a referenced package");
    /// <summary>An indicator or unit defined here and, differently, in a referenced package.</summary>
    public static readonly PlanMessage<(string element, string package, string differences)> DefinedDifferently = new(CatalogueDiffersFromPackage, "{element} is also defined by referenced package '{package}', differently ({differences}); an app composing both packages gets the first package's definition");
}

namespace PlanModel.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>One YAML file parsed.</summary>
    public const string ParseFile = nameof(ParseFile);
    /// <summary>The corpus assembled from the parsed files (documents, catalogue, corpus-level findings).</summary>
    public const string Corpus = nameof(Corpus);
    /// <summary>Documents assembled from the parsed files.</summary>
    public const string Documents = nameof(Documents);
    /// <summary>The catalogue.</summary>
    public const string Catalogue = nameof(Catalogue);
    /// <summary>The index of documents for the Plans entry point.</summary>
    public const string Index = nameof(Index);
    /// <summary>The rule findings of one document.</summary>
    public const string DocumentRules = nameof(DocumentRules);
    /// <summary>The size of one document's string-literal data (zero with UTF-8 data).</summary>
    public const string DataSize = nameof(DataSize);
    /// <summary>The content hash of the corpus with the data version property.</summary>
    public const string DataVersion = nameof(DataVersion);
    /// <summary>What referenced packages define (their reference index).</summary>
    public const string References = nameof(References);
    /// <summary>The generator options.</summary>
    public const string Options = nameof(Options);
}

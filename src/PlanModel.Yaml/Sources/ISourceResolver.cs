namespace PlanModel.Yaml.Sources;

/// <summary>Finds the archived source a document names. The file-system implementation is <see cref="SourceResolver"/>.</summary>
public interface ISourceResolver
{
    /// <summary>Loads <paramref name="file"/> as named in the document file at <paramref name="documentPath"/>.</summary>
    SourceLoad Load(string documentPath, string file);
}

/// <summary>The outcome of loading a source: its text, or the rule it breaks and why.</summary>
public sealed class SourceLoad
{
    private SourceLoad(string corpusPath, SourceText? text, PlanFinding? finding)
    {
        CorpusPath = corpusPath;
        Text = text;
        Finding = finding;
    }

    /// <summary>The normalised corpus-relative path (<c>sources/…</c>); empty when the path itself was refused.</summary>
    public string CorpusPath { get; }

    /// <summary>The source, when it was read.</summary>
    public SourceText? Text { get; }

    /// <summary>The rule broken (PLAN301 missing, PLAN308 not allowed, PLAN003 too large), when not read.</summary>
    public PlanRule? Rule => Finding?.Rule;

    /// <summary>Why it was not read.</summary>
    public string? Problem => Finding?.Message;

    /// <summary>The rule broken and why, when not read.</summary>
    public PlanFinding? Finding { get; }

    /// <summary>A source that was read.</summary>
    public static SourceLoad Loaded(string corpusPath, SourceText text) => new(corpusPath, text, null);

    /// <summary>A source that may not or cannot be read.</summary>
    public static SourceLoad Refused(string corpusPath, PlanFinding problem) => new(corpusPath, null, problem);
}

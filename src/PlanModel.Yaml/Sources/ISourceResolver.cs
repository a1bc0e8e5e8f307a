using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Validation;

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
    private SourceLoad(string corpusPath, SourceText? text, PlanRule? rule, string? problem)
    {
        CorpusPath = corpusPath;
        Text = text;
        Rule = rule;
        Problem = problem;
    }

    /// <summary>The normalised corpus-relative path (<c>sources/…</c>); empty when the path itself was refused.</summary>
    public string CorpusPath { get; }

    /// <summary>The source, when it was read.</summary>
    public SourceText? Text { get; }

    /// <summary>The rule broken (PLAN301 missing, PLAN308 not allowed, PLAN003 too large), when not read.</summary>
    public PlanRule? Rule { get; }

    /// <summary>Why it was not read.</summary>
    public string? Problem { get; }

    /// <summary>A source that was read.</summary>
    public static SourceLoad Loaded(string corpusPath, SourceText text) => new(corpusPath, text, null, null);

    /// <summary>A source that may not or cannot be read.</summary>
    public static SourceLoad Refused(string corpusPath, PlanRule rule, string problem) => new(corpusPath, null, rule, problem);
}

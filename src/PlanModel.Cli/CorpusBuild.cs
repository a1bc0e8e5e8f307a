using PlanModel.Yaml.Sources;

namespace PlanModel.Cli;

/// <summary>What export and report render: a runtime corpus (read from YAML by a session, or a compiled data
/// package) beside the verified sources its citations point into.</summary>
public sealed class CorpusBuild
{
    private CorpusBuild(PlanCorpus corpus, VerifiedSources sources) => (Corpus, Sources) = (corpus, sources);

    /// <summary>The runtime corpus.</summary>
    public PlanCorpus Corpus { get; }

    /// <summary>The sources that matched their pins; nothing else is shown.</summary>
    public VerifiedSources Sources { get; }

    /// <summary>The session's own corpus.</summary>
    public static CorpusBuild Of(Yaml.Corpus.CorpusSession session) => new(session!.Corpus, session.Sources);

    /// <summary>Another corpus (for example the compiled data package) with a session's verified sources.</summary>
    public static CorpusBuild Of(PlanCorpus corpus, Yaml.Corpus.CorpusSession session) => new(corpus, session!.Sources);

    /// <summary>The text of a line of a verified source, or <see langword="null"/>.</summary>
    public string? Line(string sourceFile, int line) => Sources.Line(sourceFile, line);

    /// <summary>The text a citation points at, when its source is verified (see <see cref="VerifiedSources.Text"/>).</summary>
    public string? Text(Citation citation) => Sources.Text(citation);

    /// <summary>The offset of a citation's quote (or of <paramref name="raw"/>) in its line, when it can be found.</summary>
    public int? OffsetOf(Citation? c, string? raw) => Sources.OffsetOf(c, raw);
}

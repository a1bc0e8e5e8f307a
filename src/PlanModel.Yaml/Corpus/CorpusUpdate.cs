namespace PlanModel.Yaml.Corpus;

/// <summary>What one <see cref="CorpusSession.Update"/> did, and the findings after it.</summary>
/// <param name="Diagnostics">Every finding after the update, severity-mapped and sorted (the session's <see cref="CorpusSession.Diagnostics"/>).</param>
/// <param name="FilesRead">The YAML files read again (created or changed; a text with the same hash keeps its parse).</param>
/// <param name="FilesRemoved">The YAML files no longer in the corpus (deleted or moved away).</param>
/// <param name="SourcesForgotten">The archived sources dropped from the resolver's cache, to be read again.</param>
/// <param name="DocumentsChecked">The documents whose rules or provenance ran again; the others' findings came from the cache.</param>
/// <param name="Documents">The documents of the corpus after the update.</param>
public sealed record CorpusUpdate(IReadOnlyList<PlanDiagnostic> Diagnostics, int FilesRead, int FilesRemoved, int SourcesForgotten, int DocumentsChecked, int Documents)
{
    /// <summary>True when the update changed nothing of the corpus (the findings were not computed again).</summary>
    public bool Unchanged => FilesRead + FilesRemoved + SourcesForgotten == 0;
}

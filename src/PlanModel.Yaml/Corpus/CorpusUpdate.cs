using System.Collections.Generic;
using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Yaml.Corpus;

/// <summary>What one <see cref="CorpusSession.Update"/> did, and the findings after it.</summary>
public sealed class CorpusUpdate
{
    internal CorpusUpdate(IReadOnlyList<PlanDiagnostic> diagnostics, int filesRead, int filesRemoved, int sourcesForgotten, int documentsChecked, int documents)
    {
        Diagnostics = diagnostics;
        FilesRead = filesRead;
        FilesRemoved = filesRemoved;
        SourcesForgotten = sourcesForgotten;
        DocumentsChecked = documentsChecked;
        Documents = documents;
    }

    /// <summary>Every finding after the update, severity-mapped and sorted (the session's <see cref="CorpusSession.Diagnostics"/>).</summary>
    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    /// <summary>The YAML files read again (created or changed; a text with the same hash keeps its parse).</summary>
    public int FilesRead { get; }

    /// <summary>The YAML files no longer in the corpus (deleted or moved away).</summary>
    public int FilesRemoved { get; }

    /// <summary>True when the update changed nothing of the corpus (the findings were not computed again).</summary>
    public bool Unchanged => FilesRead + FilesRemoved + SourcesForgotten == 0;

    /// <summary>The archived sources dropped from the resolver's cache, to be read again.</summary>
    public int SourcesForgotten { get; }

    /// <summary>The documents whose rules or provenance ran again; the others' findings came from the cache.</summary>
    public int DocumentsChecked { get; }

    /// <summary>The documents of the corpus after the update.</summary>
    public int Documents { get; }
}

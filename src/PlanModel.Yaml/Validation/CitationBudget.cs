using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Validation;

/// <summary>
/// Bounds the work citations can cause: a YAML file that cites a long line many times, or joins many long lines,
/// would otherwise make the validator allocate and scan without limit. Each file and the whole corpus have a budget
/// of source characters (joined or searched); a file that exceeds its budget is reported once (PLAN003) and its
/// remaining citations are not checked.
/// </summary>
internal sealed class CitationBudget
{
    private readonly Dictionary<string, long> _spent = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _exhausted = new(System.StringComparer.Ordinal);
    private long _corpus;

    /// <param name="limits">The budgets.</param>
    /// <param name="corpusSpent">What the documents checked before this one charged to the corpus budget (a document
    /// checked on a budget of its own continues the corpus's count, so the corpus limit stops it as in one run).</param>
    public CitationBudget(ReaderLimits limits, long corpusSpent = 0)
    {
        Limits = limits;
        _corpus = corpusSpent;
    }

    public ReaderLimits Limits { get; }

    /// <summary>The source characters charged so far, all files together.</summary>
    public long Spent => _corpus;

    /// <summary>True once the file's (or the corpus's) budget has run out and been reported.</summary>
    public bool Exhausted(string file) => _exhausted.Contains(file) || _corpus > Limits.MaxCitedCharsPerCorpus;

    /// <summary>Charges <paramref name="chars"/> to <paramref name="file"/>; false (with the budget that ran out) when over.</summary>
    public bool Spend(string file, long chars, out PlanFinding? problem)
    {
        problem = null;
        _spent.TryGetValue(file, out var spent);
        spent += chars;
        _spent[file] = spent;
        _corpus += chars;
        if (spent > Limits.MaxCitedCharsPerFile)
        {
            problem = PlanRules.FileCitationBudget.With((spent, Limits.MaxCitedCharsPerFile));
        }
        else if (_corpus > Limits.MaxCitedCharsPerCorpus)
        {
            problem = PlanRules.CorpusCitationBudget.With(Limits.MaxCitedCharsPerCorpus);
        }

        if (problem is null)
        {
            return true;
        }

        _exhausted.Add(file);
        return false;
    }
}

using System.Linq;
using System.Threading;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Validation;

/// <summary>Options of a validation run.</summary>
public sealed record ValidationOptions
{
    /// <summary>Resolves archived sources; <see langword="null"/> skips provenance rules (PLAN3xx, PLAN401).</summary>
    public ISourceResolver? Sources { get; init; }

    /// <summary>Per-rule severity overrides (PLAN402 → error, PLAN407 → none).</summary>
    public IReadOnlyDictionary<string, PlanSeverity> Severities { get; init; } = new Dictionary<string, PlanSeverity>();

    /// <summary>Treat every warning as an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Run the cross-plan alignment rules (PLAN6xx).</summary>
    public bool Alignment { get; init; } = true;

    /// <summary>The budgets that bound the work of citation checks (<see cref="ReaderLimits.MaxCitedCharsPerFile"/> …).</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Corpora of referenced packages (<see cref="Corpus.PlanReferences"/>): a parent or a catalogue id there
    /// resolves and the alignment rules compare with a parent there; they are not validated themselves.</summary>
    public IReadOnlyList<PlanCorpus> References { get; init; } = Array.Empty<PlanCorpus>();

    /// <summary>Stops the run between documents; a cancelled run returns what it found with PLAN005 saying so.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Parses "PLAN402=error;PLAN407=none" into overrides; unknown parts are ignored (the MSBuild property
    /// is lenient; the CLI refuses them through <see cref="InvalidSeverityEntries"/>).</summary>
    public static Dictionary<string, PlanSeverity> ParseSeverities(string? text)
    {
        var map = new Dictionary<string, PlanSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, code, _, severity) in SeverityEntries(text))
        {
            if (code is not null && severity is not null)
            {
                map[code] = severity.Value;
            }
        }

        return map;
    }

    /// <summary>The entries of a severity list that are not <c>PLANnnn=level</c> with level error, warning,
    /// info (message) or none (off, hidden): <see cref="ParseSeverities"/> ignores them or, for another code, sets
    /// a rule that does not exist.</summary>
    public static IReadOnlyList<string> InvalidSeverityEntries(string? text)
    {
        var invalid = new List<string>();
        foreach (var (part, _, isRuleCode, severity) in SeverityEntries(text))
        {
            if (!isRuleCode || severity is null)
            {
                invalid.Add(part.Trim());
            }
        }

        return invalid;
    }

    /// <summary>Each <c>;</c>- or <c>,</c>-separated entry with its code (upper case; <see langword="null"/> when the
    /// entry is not one <c>code=level</c>), whether that code has the form <c>PLANnnn</c>, and its level
    /// (<see langword="null"/> when unknown).</summary>
    private static IEnumerable<(string Part, string? Code, bool IsRuleCode, PlanSeverity? Severity)> SeverityEntries(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var part in text!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            var kv = part.Split('=');
            if (kv.Length != 2)
            {
                yield return (part, null, false, null);
                continue;
            }

            var code = kv[0].Trim().ToUpperInvariant();
            var isRuleCode = code.Length > 4 && code.StartsWith("PLAN", StringComparison.Ordinal) && code.Substring(4).All(c => c is >= '0' and <= '9');
            var severity = kv[1].Trim().ToLowerInvariant() switch
            {
                "error" => PlanSeverity.Error,
                "warning" => PlanSeverity.Warning,
                "info" or "message" => PlanSeverity.Info,
                "none" or "off" or "hidden" => PlanSeverity.None,
                _ => (PlanSeverity?)null,
            };
            yield return (part, code.Length > 0 ? code : null, isRuleCode, severity);
        }
    }
}

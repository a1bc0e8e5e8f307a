using System;
using System.Collections.Generic;
using System.Threading;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Sources;
using PlanModel.Yaml.Yaml;

namespace PlanModel.Yaml.Validation;

/// <summary>Options of a validation run.</summary>
public sealed class ValidationOptions
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

    /// <summary>Stops the run between documents; a cancelled run returns what it found with PLAN005 saying so.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Parses "PLAN402=error;PLAN407=none" into overrides; unknown parts are ignored.</summary>
    public static Dictionary<string, PlanSeverity> ParseSeverities(string? text)
    {
        var map = new Dictionary<string, PlanSeverity>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return map;
        }

        foreach (var part in text!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=');
            if (kv.Length != 2)
            {
                continue;
            }

            var sev = kv[1].Trim().ToLowerInvariant() switch
            {
                "error" => PlanSeverity.Error,
                "warning" => PlanSeverity.Warning,
                "info" or "message" => PlanSeverity.Info,
                "none" or "off" or "hidden" => PlanSeverity.None,
                _ => (PlanSeverity?)null,
            };
            if (sev is not null)
            {
                map[kv[0].Trim().ToUpperInvariant()] = sev.Value;
            }
        }

        return map;
    }
}

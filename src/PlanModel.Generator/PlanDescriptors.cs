using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PlanModel.Yaml.Diagnostics;

namespace PlanModel.Generator;

/// <summary>One Roslyn descriptor per PLAN rule, made from the rule catalogue (code, title, default severity, help
/// link). A rule's messages are rendered by the catalogue, so the descriptor's format is the message itself.</summary>
internal static class PlanDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode = Create();

    /// <summary>The descriptor of <paramref name="code"/>; PLAN005's for a code the catalogue lacks.</summary>
    public static DiagnosticDescriptor Of(string code) =>
        ByCode.TryGetValue(code, out var descriptor) ? descriptor : ByCode[PlanRules.Internal.Code];

    /// <summary>All descriptors, by code.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ByCode.Values;

    public static DiagnosticSeverity Severity(PlanSeverity severity) => severity switch
    {
        PlanSeverity.Error => DiagnosticSeverity.Error,
        PlanSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static Dictionary<string, DiagnosticDescriptor> Create()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in PlanRules.All)
        {
            map[rule.Code] = new DiagnosticDescriptor(rule.Code, rule.Title, "{0}", "PlanModel", Severity(rule.DefaultSeverity), isEnabledByDefault: true,
                helpLinkUri: rule.HelpLink);
        }

        return map;
    }
}

using System.Collections.Generic;
using System.Globalization;

namespace PlanModel.Yaml.Diagnostics;

/// <summary>Collects diagnostics for one file or one run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<PlanDiagnostic> _items = new();

    /// <summary>The collected diagnostics in report order.</summary>
    public IReadOnlyList<PlanDiagnostic> Items => _items;

    /// <summary>True when an error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var d in _items)
            {
                if (d.Severity == PlanSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Reports a rule at a position with a formatted message.</summary>
    public void Add(PlanRule rule, string file, int line, int column, string format, params object?[] args)
    {
        var message = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        _items.Add(new PlanDiagnostic(rule.Code, rule.DefaultSeverity, message, file, line < 1 ? 1 : line, column < 1 ? 1 : column));
    }

    /// <summary>Adds diagnostics reported elsewhere.</summary>
    public void AddRange(IEnumerable<PlanDiagnostic> diagnostics) => _items.AddRange(diagnostics);
}

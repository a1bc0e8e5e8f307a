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

    /// <summary>Reports a finding at a position.</summary>
    public void Add(PlanFinding finding, string file, int line, int column) =>
        _items.Add(new PlanDiagnostic(finding.Rule.Code, finding.Rule.DefaultSeverity, finding.Message, file, line < 1 ? 1 : line, column < 1 ? 1 : column));

    /// <summary>Reports a message without holes at a position.</summary>
    public void Add(PlanMessage message, string file, int line, int column) => Add(message.With(), file, line, column);

    /// <summary>Reports a message at a position, its holes filled from <paramref name="values"/>.</summary>
    public void Add<T>(PlanMessage<T> message, string file, int line, int column, T values) => Add(message.With(values), file, line, column);

    /// <summary>
    /// Misspelt keys found while binding a file (the key's position → the key meant). The reader binds the file a
    /// second time with <see cref="CorrectMisspelt"/> set, reading each under the key meant, so only the typo itself
    /// is reported (PLAN103, "did you mean"), not the missing key, cell or citation that follow from it.
    /// </summary>
    internal Dictionary<(int Line, int Column), string> Misspelt { get; } = new();

    /// <summary>True on the second binding: keys in <see cref="Misspelt"/> are read as the key meant.</summary>
    internal bool CorrectMisspelt { get; set; }

    /// <summary>Adds diagnostics reported elsewhere.</summary>
    public void AddRange(IEnumerable<PlanDiagnostic> diagnostics) => _items.AddRange(diagnostics);
}

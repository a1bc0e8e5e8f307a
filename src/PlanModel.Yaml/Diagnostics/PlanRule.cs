namespace PlanModel.Yaml.Diagnostics;

/// <summary>
/// A documented validation rule (docs/rules.md): code, default severity, title, stage, help link and the message
/// formats it reports. Each rule is declared once in <see cref="PlanRules"/>, its messages right below it.
/// </summary>
public sealed class PlanRule
{
    private readonly List<PlanMessageFormat> _messages = new();

    /// <summary>Declares a rule; the stage is the hundreds digit of the code.</summary>
    public PlanRule(string code, PlanSeverity defaultSeverity, string title)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        Title = title;
        Stage = (PlanStage)(code[4] - '0');
    }

    /// <summary>The code, <c>PLANnnn</c>.</summary>
    public string Code { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public PlanSeverity DefaultSeverity { get; }

    /// <summary>A short title (docs/rules.md's table).</summary>
    public string Title { get; }

    /// <summary>The stage that raises it.</summary>
    public PlanStage Stage { get; }

    /// <summary>The rule's section in docs/rules.md.</summary>
    public string HelpLink => "https://github.com/planmodel/planmodel/blob/main/docs/rules.md#" + Code.ToLowerInvariant();

    /// <summary>Every message this rule reports, in declaration order.</summary>
    public IReadOnlyList<PlanMessageFormat> Messages => _messages;

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Code, Title);

    /// <summary>Called by each message as it is declared.</summary>
    internal void Register(PlanMessageFormat message) => _messages.Add(message);
}

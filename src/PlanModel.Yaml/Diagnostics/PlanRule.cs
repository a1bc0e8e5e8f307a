using System.Collections.Generic;
using System.Globalization;

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

    /// <summary>Declares a message without holes.</summary>
    public PlanMessage Message(string format) => Register(new PlanMessage(this, format));

    /// <summary>Declares a message whose holes are filled from <typeparamref name="T"/>: one value, or a tuple whose
    /// elements fill the named holes in order of first appearance.</summary>
    public PlanMessage<T> Message<T>(string format) => Register(new PlanMessage<T>(this, format));

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1})", Code, Title);

    private TMessage Register<TMessage>(TMessage message)
        where TMessage : PlanMessageFormat
    {
        _messages.Add(message);
        return message;
    }
}

namespace PlanModel.Yaml.Diagnostics;

/// <summary>A rule with its rendered message, not yet located (a source refused by the resolver, say).</summary>
/// <param name="Rule">The rule reported.</param>
/// <param name="Message">The message, its holes filled.</param>
public sealed record PlanFinding(PlanRule Rule, string Message)
{
    /// <summary>The same finding with the element it is about in front: <c>element: message</c>.</summary>
    public PlanFinding About(string element) => this with { Message = element + ": " + Message };
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace PlanModel.Cli.Report.Parts;

/// <summary>
/// An element built in code, for the two places where a template cannot write it as markup: a void element
/// (<c>br</c>, <c>meta</c>), which the Razor compiler writes as <c>&lt;br&gt;</c> (not well-formed XML) when it is
/// static, while the renderer closes an element built here (<c>&lt;br /&gt;</c>); and SVG's <c>&lt;text&gt;</c>,
/// which Razor reads as its own text tag; and <c>&lt;script&gt;</c>, which a component may not hold as markup. Attribute values and content are encoded like any other.
/// </summary>
public sealed class Element : ComponentBase
{
    /// <summary>The element's name.</summary>
    [Parameter, EditorRequired]
    public string Tag { get; set; } = "br";

    /// <summary>The element's attributes, in order.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The element's content, if any.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, Tag);
        builder.AddMultipleAttributes(1, Attributes);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}

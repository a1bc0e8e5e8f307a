using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace PlanModel.Cli.Report;

/// <summary>Renders the report's Razor components (Report/Pages, Report/Parts) to HTML with
/// <see cref="HtmlRenderer"/>: every value a template writes with <c>@</c> is HTML-encoded by the renderer.</summary>
internal static class PageRenderer
{
    /// <summary>Renders <typeparamref name="TComponent"/> with <paramref name="parameters"/> to a page's text, with
    /// invariant formatting (numbers written with <c>@</c> do not depend on the caller's culture).</summary>
    public static string Render<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            using var renderer = new HtmlRenderer(new NoServices(), NullLoggerFactory.Instance);
            var html = renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
                return output.ToHtmlString();
            }).GetAwaiter().GetResult();
            return Utf8Characters(html);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>
    /// The renderer encodes with <c>HtmlEncoder.Default</c> (not configurable), which writes every character outside
    /// Basic Latin as a numeric reference (<c>&amp;#x793A;</c>) and a control character as <c>&amp;#x1;</c>, which XML
    /// forbids. The pages are UTF-8, so each <c>&amp;#xHEX;</c> the encoder wrote becomes its character again — except
    /// the five that must stay escaped (<c>&lt; &gt; &amp; " '</c>: <c>'</c> as <c>&amp;#39;</c>) and the characters
    /// XML forbids (C0 controls but tab and line feed, DEL, U+FFFE, U+FFFF), which become U+FFFD. This never creates
    /// markup: a corpus string's own <c>&amp;</c> was already written as <c>&amp;amp;</c>, so every <c>&amp;#x</c> in
    /// the output is the encoder's.
    /// </summary>
    internal static string Utf8Characters(string html)
    {
        var at = html.IndexOf("&#x", StringComparison.Ordinal);
        if (at < 0)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        var from = 0;
        while (at >= 0)
        {
            var semi = html.IndexOf(';', at + 3);
            if (semi < 0 || semi - at > 10 || !int.TryParse(html.AsSpan(at + 3, semi - at - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                break;
            }

            sb.Append(html, from, at - from);
            switch (code)
            {
                case '<' or '>' or '&' or '"':
                    sb.Append(html, at, semi + 1 - at);
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;
                case var _ when PlanModel.Yaml.Docs.XmlCharacters.IsForbidden(code):
                    sb.Append('\uFFFD');
                    break;
                default:
                    sb.Append(char.ConvertFromUtf32(code));
                    break;
            }

            from = semi + 1;
            at = html.IndexOf("&#x", from, StringComparison.Ordinal);
        }

        return sb.Append(html, from, html.Length - from).ToString();
    }

    /// <summary>The components use no services.</summary>
    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

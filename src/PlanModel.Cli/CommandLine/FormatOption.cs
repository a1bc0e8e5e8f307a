namespace PlanModel.Cli.CommandLine;

/// <summary><c>--format</c> (<c>-f</c>): one of a command's output formats, read case-insensitively, completed from
/// the list, anything else a usage error.</summary>
internal static class FormatOption
{
    /// <summary>The option; its value is as typed (or <paramref name="fallback"/> when absent and not null), so the
    /// command lower-cases it. <paramref name="formats"/> are lower case, the default first.</summary>
    public static Option<string?> Create(string[] formats, string? fallback)
    {
        var choices = Choices(formats);
        var option = new Option<string?>("--format", "-f")
        {
            // With a fallback, help prints "[default: …]" itself.
            Description = $"The output format: {choices}" + (fallback is null ? $" (default {formats[0]})." : "."),
            HelpName = string.Join("|", formats),
        };
        if (fallback is not null)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        option.CompletionSources.Add(formats);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Array.IndexOf(formats, token.Value.ToLowerInvariant()) < 0)
                {
                    result.AddError($"unknown format '{token.Value}'; use {choices}");
                }
            }
        });
        return option;
    }

    /// <summary>"json or csv", "json, csv or sqlite".</summary>
    private static string Choices(string[] formats) =>
        formats.Length == 1 ? formats[0] : string.Join(", ", formats, 0, formats.Length - 1) + " or " + formats[^1];
}

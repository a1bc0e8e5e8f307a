using System.CommandLine.Parsing;

namespace PlanModel.Cli.CommandLine;

/// <summary>The argument and options of every command that loads and validates a corpus: <c>[path]</c>,
/// <c>--severity</c> and <c>--warnaserror</c>. Each command gets its own instances, so its help, validators and
/// completions can change without touching another command.</summary>
internal sealed class CorpusSymbols
{
    /// <summary>Creates the symbols and adds them to <paramref name="command"/>.</summary>
    public CorpusSymbols(Command command)
    {
        Path.CompletionSources.Add(context => PathCompletions.For(context.WordToComplete));
        Path.Validators.Add(UsageError.RefuseOptionLike);
        Severity.Validators.Add(ValidateSeverity);
        command.Arguments.Add(Path);
        command.Options.Add(Severity);
        command.Options.Add(WarningsAsErrors);
    }

    /// <summary><c>[path]</c>: the corpus folder or one YAML file.</summary>
    public Argument<string> Path { get; } = new("path")
    {
        Description = "The corpus: a folder of plan YAML files, or one file.",

        // Without it, help would list the path completions (the working directory's folders) as the label.
        HelpName = "path",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => CliOptions.DefaultPath,
    };

    /// <summary><c>--severity PLAN402=error;PLAN407=none</c>.</summary>
    public Option<string?> Severity { get; } = new("--severity")
    {
        Description = "Override rule severities; level is error, warning, info or none. Quote the list: ';' ends a shell command.",
        HelpName = "PLANnnn=level;…",
    };

    /// <summary><c>--warnaserror</c>.</summary>
    public Option<bool> WarningsAsErrors { get; } = new("--warnaserror")
    {
        Description = "Treat every warning as an error.",
    };

    /// <summary>The options these symbols hold; the command adds its own with <c>with</c>.</summary>
    public CliOptions Read(ParseResult parse) => new()
    {
        Path = parse.GetValue(Path) ?? CliOptions.DefaultPath,
        Severity = parse.GetValue(Severity),
        WarningsAsErrors = parse.GetValue(WarningsAsErrors),
    };

    /// <summary>The build's property ignores what it cannot read; typed on a command line, that is a typo to report.</summary>
    private static void ValidateSeverity(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            var invalid = PlanModel.Yaml.Validation.ValidationOptions.InvalidSeverityEntries(token.Value);
            if (invalid.Count > 0)
            {
                result.AddError($"--severity: '{invalid[0]}' is not PLANnnn=level (level: error, warning, info or none)");
                return;
            }
        }
    }
}

namespace PlanModel.Cli.CommandLine;

/// <summary>The two sides of a comparison and <c>--corpus</c>, for the commands that compare corpora (diff,
/// changelog): <c>&lt;before&gt; [&lt;after&gt;]</c>, each a folder or a git revision.</summary>
internal sealed class CorpusSides
{
    /// <summary>Creates the symbols, named as the command names its sides, and adds them to <paramref name="command"/>.</summary>
    public CorpusSides(Command command, string before, string after)
    {
        Before = new Argument<string>(before)
        {
            Description = "The corpus before: a folder, or a git revision (a branch, a tag, HEAD~1).",

            // With completion sources, help would otherwise print the completions as the label.
            HelpName = before,
        };
        After = new Argument<string?>(after)
        {
            Description = "The corpus after: a folder or a git revision (default: the --corpus folder as it is).",
            HelpName = after,
            Arity = ArgumentArity.ZeroOrOne,
        };
        Corpus = new Option<string>("--corpus")
        {
            Description = "The corpus folder of the working tree; a revision's corpus is read from the same path in the repository.",
            HelpName = "folder",
            DefaultValueFactory = _ => CliOptions.DefaultPath,
        };
        foreach (var argument in new Argument[] { Before, After })
        {
            argument.Validators.Add(UsageError.RefuseOptionLike);
            argument.CompletionSources.Add(context => PathCompletions.For(context.WordToComplete));
            command.Arguments.Add(argument);
        }

        Corpus.CompletionSources.Add(context => PathCompletions.For(context.WordToComplete));
        command.Options.Add(Corpus);
    }

    /// <summary>The side before the change.</summary>
    public Argument<string> Before { get; }

    /// <summary>The side after the change; <see langword="null"/> for the working tree's corpus.</summary>
    public Argument<string?> After { get; }

    /// <summary><c>--corpus</c>: the working tree's corpus folder.</summary>
    public Option<string> Corpus { get; }
}

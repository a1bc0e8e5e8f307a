using System.CommandLine.Parsing;

namespace PlanModel.Cli.CommandLine;

/// <summary>The one line <c>plan</c> prints on stderr for a command line it cannot run.</summary>
internal static class UsageError
{
    /// <summary>The command named on the line, as typed: <c>plan</c> or <c>plan validate</c>.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = result.RecurseParents().Where(c => c.Parent is not null).Select(c => c.Command.Name).Reverse();
        return string.Join(" ", new[] { PlanCommandLine.ToolName }.Concat(names));
    }

    /// <summary><c>plan validate: unknown option '--output' (see plan validate --help)</c>: the first problem
    /// only, since one fix at a time is what a person does.</summary>
    public static string Line(ParseResult parse)
    {
        var where = CommandPath(parse.CommandResult);

        // A mistyped option is the likeliest mistake and its own fix; System.CommandLine leaves it unmatched or, where
        // the command takes an argument, gives it to the argument (refused there, see CorpusSymbols).
        var option = parse.UnmatchedTokens.FirstOrDefault(IsOptionLike)
            ?? parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).FirstOrDefault(IsOptionLike);
        var token = parse.UnmatchedTokens.FirstOrDefault();
        var message = (option, token) switch
        {
            (not null, _) => $"unknown option '{option}'",
            (null, null) => Sentence(parse.Errors.FirstOrDefault()?.Message ?? "cannot parse the command line"),
            _ when parse.CommandResult.Parent is null => $"unknown command '{token}'",
            _ => $"unexpected argument '{token}'",
        };
        return $"{where}: {message} (see {where} --help)";
    }

    /// <summary>A validator for a command's arguments. System.CommandLine gives a token it does not know as an option
    /// to the argument: `plan validate --output x` would validate a corpus named "--output". An argument that
    /// starts with '-' is a mistyped option (a path that does, is written ./-name).</summary>
    public static void RefuseOptionLike(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (IsOptionLike(token.Value))
            {
                result.AddError($"unknown option '{token.Value}'");
                return;
            }
        }
    }

    /// <summary>Whether a token reads as an option (<c>-x</c>, <c>--name</c>), not as a value such as <c>-</c>.</summary>
    public static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>System.CommandLine's messages are sentences ("Option '--output' is required."); the line reads
    /// as a clause after the command.</summary>
    private static string Sentence(string message)
    {
        message = message.Trim().TrimEnd('.');
        return message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1])
            ? char.ToLowerInvariant(message[0]) + message.Substring(1)
            : message;
    }

    private static System.Collections.Generic.IEnumerable<CommandResult> RecurseParents(this CommandResult result)
    {
        for (CommandResult? r = result; r is not null; r = r.Parent as CommandResult)
        {
            yield return r;
        }
    }
}

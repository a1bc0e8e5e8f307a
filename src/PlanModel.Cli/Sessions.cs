using PlanModel.Yaml.Validation;

namespace PlanModel.Cli;

/// <summary>Opens the one <see cref="Yaml.Corpus.CorpusSession"/> a command works on, from its options.</summary>
internal static class Sessions
{
    public static Yaml.Corpus.CorpusSession Open(CliOptions options, bool relativeToRoot = false)
    {
        try
        {
            return Yaml.Corpus.CorpusSession.Open(options.Path, new CorpusSessionOptions
            {
                PathsRelativeToRoot = relativeToRoot,
                Validation = new ValidationOptions
                {
                    Severities = ValidationOptions.ParseSeverities(options.Severity),
                    WarningsAsErrors = options.WarningsAsErrors,
                },
            });
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }
}

using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;

namespace PlanModel.Cli;

/// <summary>Loads and validates a corpus once for a command; paths are shown relative to the working directory.</summary>
internal sealed class CorpusSession
{
    private CorpusSession(IReadOnlyList<FileParseResult> files, IReadOnlyList<PlanDiagnostic> diagnostics)
    {
        Files = files;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<FileParseResult> Files { get; }

    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    public static CorpusSession Load(CliOptions options)
    {
        var cwd = Directory.GetCurrentDirectory();
        string Show(string full) => Path.GetRelativePath(cwd, full).Replace('\\', '/');
        var paths = CorpusLoader.FindFiles(options.Path);
        if (paths.Count == 0)
        {
            throw new CliUsageException($"no YAML files under '{options.Path}'");
        }

        var files = CorpusLoader.ReadAll(paths, Show);
        var validation = new ValidationOptions
        {
            Sources = new FileSystemSourceResolver(p => Path.GetFullPath(p, cwd)),
            Severities = ValidationOptions.ParseSeverities(options.Severity),
            WarningsAsErrors = options.WarningsAsErrors,
        };
        return new CorpusSession(files, CorpusValidator.Validate(files, validation));
    }
}

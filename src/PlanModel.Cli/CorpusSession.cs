using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;

namespace PlanModel.Cli;

/// <summary>Loads and validates a corpus once for a command; paths are shown relative to the working directory
/// (or, for the report, relative to the corpus root so the output does not depend on where it is run).</summary>
internal sealed class CorpusSession
{
    private CorpusSession(IReadOnlyList<FileParseResult> files, IReadOnlyList<PlanDiagnostic> diagnostics, string root)
    {
        Files = files;
        Diagnostics = diagnostics;
        Root = root;
    }

    public IReadOnlyList<FileParseResult> Files { get; }

    public IReadOnlyList<PlanDiagnostic> Diagnostics { get; }

    /// <summary>The corpus root: the path itself, or the folder of a single file.</summary>
    public string Root { get; }

    public static CorpusSession Load(CliOptions options, bool relativeToRoot = false)
    {
        var cwd = Directory.GetCurrentDirectory();
        var root = Directory.Exists(options.Path) ? options.Path : Path.GetDirectoryName(options.Path) ?? ".";
        if (root.Length == 0)
        {
            root = ".";
        }

        var basePath = relativeToRoot ? Path.GetFullPath(root, cwd) : cwd;
        string Show(string full) => Path.GetRelativePath(basePath, full).Replace('\\', '/');
        var paths = CorpusLoader.FindFiles(options.Path);
        if (paths.Count == 0)
        {
            throw new CliUsageException($"no YAML files under '{options.Path}'");
        }

        var files = CorpusLoader.ReadAll(paths, Show);
        var validation = new ValidationOptions
        {
            Sources = new FileSystemSourceResolver(p => Path.GetFullPath(p, basePath)),
            Severities = ValidationOptions.ParseSeverities(options.Severity),
            WarningsAsErrors = options.WarningsAsErrors,
        };
        return new CorpusSession(files, CorpusValidator.Validate(files, validation), root);
    }
}

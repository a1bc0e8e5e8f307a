using System.Collections.Generic;
using System.IO;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Runtime;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;

namespace PlanModel.Cli;

/// <summary>A loaded corpus as runtime objects, with line lookup for citations (used by export and report).</summary>
public sealed class CorpusBuild
{
    private readonly Dictionary<string, SourceText?> _sources = new();
    private readonly string _root;

    private CorpusBuild(PlanCorpus corpus, string root)
    {
        Corpus = corpus;
        _root = root;
    }

    /// <summary>Wraps an existing corpus (for example the compiled data package) rooted at <paramref name="root"/>.</summary>
    public static CorpusBuild Of(PlanCorpus corpus, string root) => new(corpus, root);

    /// <summary>The runtime corpus.</summary>
    public PlanCorpus Corpus { get; }

    /// <summary>Builds the corpus from parsed files rooted at <paramref name="root"/> (the plans-yaml folder).</summary>
    public static CorpusBuild From(IReadOnlyList<FileParseResult> files, string root)
    {
        var specs = new List<PlanFileSpec>();
        foreach (var f in files)
        {
            if (f.File is not null)
            {
                specs.Add(f.File);
            }
        }

        var (docs, catalogue) = CorpusAssembler.Assemble(specs, new DiagnosticBag());
        return new CorpusBuild(RuntimeBuilder.Corpus(docs, catalogue), root);
    }

    /// <summary>The text of a line of a corpus-relative source file, or <see langword="null"/>.</summary>
    public string? Line(string sourceFile, int line) => Source(sourceFile)?.Line(line);

    /// <summary>The text a citation points at, as the validator reads it: the line, or for a citation split over
    /// several lines their trimmed texts joined with no separator; <see langword="null"/> when unreadable.</summary>
    public string? Text(Citation citation)
    {
        if (citation is null)
        {
            throw new System.ArgumentNullException(nameof(citation));
        }

        var source = Source(citation.SourceFile);
        return citation.Lines.Count > 1 ? source?.Joined(citation.Lines) : source?.Line(citation.Line);
    }

    private SourceText? Source(string sourceFile)
    {
        if (!_sources.TryGetValue(sourceFile, out var text))
        {
            var full = Path.Combine(_root, sourceFile);
            text = File.Exists(full) ? new SourceText(File.ReadAllBytes(full)) : null;
            _sources[sourceFile] = text;
        }

        return text;
    }

    /// <summary>The offset of a citation's quote (or of <paramref name="raw"/>) in its line, when it can be found.</summary>
    public int? OffsetOf(Citation? c, string? raw)
    {
        if (c is null)
        {
            return null;
        }

        if (c.Offset is not null)
        {
            return c.Offset;
        }

        var needle = c.Quote ?? raw;
        if (string.IsNullOrEmpty(needle) || c.Lines.Count > 1)
        {
            return null;
        }

        var line = Line(c.SourceFile, c.Line);
        var i = line?.IndexOf(needle, System.StringComparison.Ordinal) ?? -1;
        return i >= 0 ? i : null;
    }
}

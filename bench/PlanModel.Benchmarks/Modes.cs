using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanModel.Generator;
using PlanModel.Generator.Emit;
using PlanModel.Yaml.Binding;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;
using YamlDotNet.Core;

namespace PlanModel.Benchmarks;

/// <summary>The small non-BenchmarkDotNet modes: --corpus and --info.</summary>
public static class Modes
{
    /// <summary>Default synthetic sizes.</summary>
    public static readonly int[] Sizes = { 10, 100, 1000, 3200 };

    /// <summary>Writes (or reuses) the synthetic corpora and prints their sizes on disk.</summary>
    public static int WriteCorpora(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : Sizes;
        foreach (var n in sizes)
        {
            var dir = Corpora.EnsureSynthetic(n);
            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".complete", StringComparison.Ordinal)).ToList();
            var yaml = files.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
            var src = files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"synth-{n}: {files.Count} files, YAML {Corpora.Mb(yaml)} ({yaml / 1024.0 / n:F0} KB/doc), sources {Corpora.Mb(src)} ({src / 1024.0 / n:F0} KB/doc), total {Corpora.Mb(yaml + src)}  [{dir}]"));
        }

        return 0;
    }

    /// <summary>Sizes, validation result, generated-code size and a profile of where the generator's time goes.</summary>
    public static int Info(string[] args)
    {
        var names = args.Length > 0 ? args : new[] { "real", "10", "100" };
        var failed = false;
        foreach (var name in names)
        {
            var corpus = Corpora.Load(name);
            Console.WriteLine($"== {name}: {corpus.Documents} documents, {corpus.Files.Count} YAML files, {Corpora.Mb(corpus.YamlBytes)} YAML");

            var sw = Stopwatch.StartNew();
            var diagnostics = BuildValidation.Run(BuildValidation.Paths(corpus.Root));
            var (e, w, i) = BuildValidation.Count(diagnostics);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   validation (task): {sw.Elapsed.TotalMilliseconds:F0} ms, {e} errors, {w} warnings, {i} messages"));
            foreach (var d in diagnostics.Where(d => d.Severity != PlanSeverity.Info).Take(8))
            {
                Console.WriteLine($"     {d.File}({d.Line},{d.Column}): {d.Severity} {d.Code}: {d.Message}");
            }

            failed |= name != "real" && e + w > 0;
            Profile(corpus, compile: corpus.Documents <= 200);
        }

        return failed ? 1 : 0;
    }

    /// <summary>
    /// Times each phase of the generator separately on one corpus: every phase runs three times after a warm-up,
    /// with a full GC before each run, and the best run counts. The phases overlap (Emit includes RuntimeBuilder,
    /// Read includes the YAML parse); the last lines put the whole driver run and the compile beside them.
    /// </summary>
    public static void Profile(LoadedCorpus corpus, bool compile = true)
    {
        var options = new GeneratorOptions("Bench.Data", "Plans", Utf8Data: true);
        var parsed = corpus.Files.Select(f => PlanFileReader.Read(f.Path, f.Text)).ToList();
        var specs = parsed.Where(r => r.File is not null).Select(r => r.File!).ToList();
        var (documents, catalogue) = CorpusAssembler.Assemble(specs, new DiagnosticBag());
        var code = new List<string>();
        var texts = GeneratorHost.Texts(corpus);
        var phases = new List<(string Name, Action Run)>
        {
            ("YamlDotNet parser, events only (the floor)", () =>
            {
                foreach (var (_, text) in corpus.Files)
                {
                    var p = new Parser(new StringReader(text));
                    while (p.MoveNext())
                    {
                    }
                }
            }),
            ("  ForbiddenCharacters.Check", () =>
            {
                foreach (var (path, text) in corpus.Files)
                {
                    Yaml.Yaml.ForbiddenCharacters.Check(text, path, new DiagnosticBag());
                }
            }),
            ("  YamlTreeReader.Read (events -> tree)", () =>
            {
                foreach (var (path, text) in corpus.Files)
                {
                    Yaml.Yaml.YamlTreeReader.Read(text, path, new DiagnosticBag());
                }
            }),
            ("PlanFileReader.Read (tree + binding: the ParseFile step)", () => parsed = corpus.Files.Select(f => PlanFileReader.Read(f.Path, f.Text)).ToList()),
            ("CorpusAssembler.Assemble (once)", () => CorpusAssembler.Assemble(specs, new DiagnosticBag())),
            ("CorpusValidator.Validate, no sources (ReportDiagnostics)", () => CorpusValidator.Validate(parsed, new ValidationOptions { Sources = null, Alignment = false })),
            ("  RuntimeBuilder.Document", () =>
            {
                foreach (var d in documents)
                {
                    Yaml.Runtime.RuntimeBuilder.Document(d);
                }
            }),
            ("DocumentEmitter.Emit incl. RuntimeBuilder", () =>
            {
                code.Clear();
                foreach (var d in documents)
                {
                    code.Add(DocumentEmitter.Emit(d, options).ToString());
                }

                code.Add(IndexEmitter.Catalogue(catalogue, options));
                code.Add(IndexEmitter.Plans(IndexEmitter.Index(documents, options), options));
                // Plans.DataVersion is its own output since the data version was added; Plans refers to it.
                code.Add(DataVersionEmitter.Emit("0.0.0", new string('0', 64), options));
            }),
            ("whole cold generator run (CSharpGeneratorDriver)", () => GeneratorHost.Driver(texts).RunGenerators(GeneratorHost.Compilation())),
            ("C# parse of the generated code", () =>
            {
                foreach (var c in code)
                {
                    CSharpSyntaxTree.ParseText(c, GeneratorHost.ParseOptions).GetRoot();
                }
            }),
        };

        var results = new List<(string Name, double Ms)>();
        foreach (var (name, run) in phases)
        {
            run();
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var sw = Stopwatch.StartNew();
                run();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            results.Add((name, best));
        }

        var dump = Environment.GetEnvironmentVariable("PLANMODEL_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            for (var k = 0; k < code.Count; k++)
            {
                File.WriteAllText(Path.Combine(dump, "g" + k.ToString("D4", CultureInfo.InvariantCulture) + ".cs"), code[k]);
            }
        }

        var chars = code.Sum(c => (long)c.Length);
        var bytes = code.Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(c));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   generated: {code.Count} sources, {chars / 1e6:F1} M chars, {Corpora.Mb(bytes)} UTF-8 ({bytes / (double)corpus.YamlBytes:F2}x the YAML)"));
        var whole = results.Single(r => r.Name.StartsWith("whole", StringComparison.Ordinal)).Ms;
        foreach (var (name, ms) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {ms,9:F0} ms {100 * ms / whole,5:F0}%  {name}"));
        }

        if (compile)
        {
            var sources = code.Select((c, k) => ("g" + k.ToString(CultureInfo.InvariantCulture) + ".cs", Microsoft.CodeAnalysis.Text.SourceText.From(c, System.Text.Encoding.UTF8))).ToList();
            var data = GeneratorHost.DataFile(corpus);
            CompileBenchmarks.Compile(sources, data);
            var sw = Stopwatch.StartNew();
            var result = CompileBenchmarks.Compile(sources, data);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {sw.Elapsed.TotalMilliseconds,9:F0} ms {100 * sw.Elapsed.TotalMilliseconds / whole,5:F0}%  compile of the generated code (second run): {result.Describe()}"));
        }
    }
}

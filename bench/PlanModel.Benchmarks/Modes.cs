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
            Profile(corpus);
        }

        return failed ? 1 : 0;
    }

    /// <summary>Times each phase of the generator separately on one corpus (one run each, after a warm-up on the same data).</summary>
    public static void Profile(LoadedCorpus corpus)
    {
        var options = new GeneratorOptions("Bench.Data", "Plans");
        for (var round = 0; round < 2; round++)
        {
            var report = round == 1;
            var t = new List<(string Phase, double Ms)>();
            var sw = Stopwatch.StartNew();

            long events = 0;
            foreach (var (_, text) in corpus.Files)
            {
                var p = new Parser(new StringReader(text));
                while (p.MoveNext())
                {
                    events++;
                }
            }

            t.Add(("YamlDotNet events (floor)", Lap(sw)));
            var parsed = corpus.Files.Select(f => PlanFileReader.Read(f.Path, f.Text)).ToList();
            t.Add(("PlanFileReader.Read (ParseFile step)", Lap(sw)));
            var specs = parsed.Where(r => r.File is not null).Select(r => r.File!).ToList();
            var (documents, catalogue) = CorpusAssembler.Assemble(specs, new DiagnosticBag());
            t.Add(("CorpusAssembler.Assemble (x3 per run: Documents, Catalogue, Index)", Lap(sw)));
            CorpusValidator.Validate(parsed, new ValidationOptions { Sources = null, Alignment = false });
            t.Add(("CorpusValidator.Validate w/o sources (ReportDiagnostics)", Lap(sw)));
            foreach (var d in documents)
            {
                Yaml.Runtime.RuntimeBuilder.Document(d);
            }

            t.Add(("RuntimeBuilder.Document (inside emit)", Lap(sw)));
            var code = new List<string>();
            foreach (var d in documents)
            {
                code.Add(DocumentEmitter.Emit(d, options));
            }

            code.Add(IndexEmitter.Catalogue(catalogue, options));
            code.Add(IndexEmitter.Plans(IndexEmitter.Index(documents), options));
            t.Add(("DocumentEmitter.Emit incl. RuntimeBuilder (emit)", Lap(sw)));
            var trees = code.Select((c, k) => CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(c, System.Text.Encoding.UTF8), GeneratorHost.ParseOptions, path: "g" + k.ToString(CultureInfo.InvariantCulture) + ".cs")).ToList();
            t.Add(("C# parse of generated code (driver does this)", Lap(sw)));
            var chars = code.Sum(c => (long)c.Length);
            var bytes = code.Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(c));
            var compilation = GeneratorHost.Compilation().AddSyntaxTrees(trees);
            using var pe = new MemoryStream();
            using var xml = new MemoryStream();
            var result = compilation.Emit(pe, xmlDocumentationStream: xml);
            t.Add(("Compilation.Emit of generated code (compile)", Lap(sw)));
            var run = GeneratorHost.Driver(GeneratorHost.Texts(corpus)).RunGenerators(GeneratorHost.Compilation());
            t.Add(("whole generator run (CSharpGeneratorDriver)", Lap(sw)));
            _ = run;

            if (report)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   generated: {code.Count} sources, {chars / 1e6:F1} M chars, {Corpora.Mb(bytes)} UTF-8 ({bytes / (double)corpus.YamlBytes:F2}x the YAML); {events} YAML events; assembly {pe.Length / 1024} KB, XML docs {xml.Length / 1024} KB; emit ok: {result.Success}"));
                foreach (var (phase, ms) in t)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {ms,10:F0} ms  {phase}"));
                }

                foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))
                {
                    Console.WriteLine("     " + d);
                }
            }
        }
    }

    private static double Lap(Stopwatch sw)
    {
        var ms = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        return ms;
    }
}

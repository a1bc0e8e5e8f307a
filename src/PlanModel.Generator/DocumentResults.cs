using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SourceText = Microsoft.CodeAnalysis.Text.SourceText;
using PlanModel.Yaml.Corpus;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;
using PlanModel.Yaml.Validation;

namespace PlanModel.Generator;

/// <summary>
/// A document's generated code and rule findings, kept across compilations in one process like the reader's results
/// (<see cref="ParsedFileCache"/>): a new driver in the compiler server would otherwise emit and check every document
/// again in each build.
/// </summary>
/// <remarks>
/// Kept beside the document's parsed <see cref="DocumentSpec"/> in a <see cref="ConditionalWeakTable{TKey, TValue}"/>:
/// they live only as long as that object, which the reader's cache holds. A kept result is used only when the whole
/// input equals the one it was made from (the document model, and the options and class name, or the rule context),
/// and the emitter and the rules are functions of that input, so the result equals a new one. At most
/// <see cref="Kept{TKey, TValue}.Versions"/> of each per document.
/// <para>Not counted in the reader's character budget (<see cref="ParsedFileCache.DefaultMaxChars"/>), on top of it
/// per kept document: two generated texts (the real corpus: 3.0 M characters of generated code for 2.5 M of YAML,
/// about 6 MB a version, 12 MB for two); the keys' two or four <see cref="DocumentModel"/>s, whose part files may be
/// versions the reader has already dropped (at worst two more versions of the document's parsed files, about
/// 16 bytes a YAML character); and two <see cref="RuleContext"/>s (document ids and the catalogue, 44 K characters of
/// YAML in the real corpus, shared by the documents of one compilation). So at the budget, about 70 MB for the
/// reader, up to 40 MB of generated code and, after edits that alternate, up to as much again as the reader for
/// older parts; for the real corpus about 20 MB, 12 MB and usually nothing (docs/architecture.md).</para>
/// </remarks>
internal static class DocumentResults
{
    private static readonly ConditionalWeakTable<DocumentSpec, PerDocument> Table = new();

    /// <summary>The document's generated code for these options and class name: kept, or emitted now.</summary>
    internal static SourceText Emitted(DocumentModel model, GeneratorOptions options, string? className, Func<SourceText> emit) =>
        Table.GetValue(model.Document, static _ => new PerDocument()).Code.Get((model, options, className), emit);

    /// <summary>The document's rule findings in this context: kept, or checked now.</summary>
    internal static EquatableArray<PlanDiagnostic> Checked(DocumentModel model, RuleContext context) =>
        Table.GetValue(model.Document, static _ => new PerDocument()).Findings.Get((model, context), () => CorpusValidator.CheckDocument(model, context));

    private sealed class PerDocument
    {
        public readonly Kept<(DocumentModel, GeneratorOptions, string?), SourceText> Code = new();

        public readonly Kept<(DocumentModel, RuleContext), EquatableArray<PlanDiagnostic>> Findings = new();
    }

    /// <summary>The last results of one computation, each with the input it was made from.</summary>
    internal sealed class Kept<TKey, TValue>
    {
        /// <summary>Results kept (an edit and its undoing both stay).</summary>
        internal const int Versions = 2;

        private readonly List<(TKey Key, TValue Value)> _entries = new(Versions);

        public TValue Get(TKey key, Func<TValue> compute)
        {
            lock (_entries)
            {
                for (var i = 0; i < _entries.Count; i++)
                {
                    if (EqualityComparer<TKey>.Default.Equals(_entries[i].Key, key))
                    {
                        // Most recently used last: the first is the one to drop.
                        var hit = _entries[i];
                        _entries.RemoveAt(i);
                        _entries.Add(hit);
                        return hit.Value;
                    }
                }
            }

            // Outside the lock: an exception (PLAN005 in the caller) keeps nothing.
            var value = compute();
            lock (_entries)
            {
                if (_entries.Count == Versions)
                {
                    _entries.RemoveAt(0);
                }

                _entries.Add((key, value));
            }

            return value;
        }
    }
}

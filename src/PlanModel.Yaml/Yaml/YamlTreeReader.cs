using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanModel.Yaml.Yaml;

/// <summary>
/// Reads untrusted YAML text into a <see cref="YamlNode"/> tree with positions. Anchors, aliases, tags and
/// duplicate keys are rejected (no alias expansion means no "billion laughs"); limits bound time and memory.
/// Never throws: every problem becomes a located diagnostic and a <see langword="null"/> root.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Parses <paramref name="text"/>; returns the root node or <see langword="null"/> on error.</summary>
    public static YamlNode? Read(string text, string file, DiagnosticBag diagnostics, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        if (text.Length > limits.MaxFileChars)
        {
            diagnostics.Add(PlanRules.FileTooLong, file, 1, 1, (text.Length, limits.MaxFileChars));
            return null;
        }

        if (!ForbiddenCharacters.Check(text, file, diagnostics))
        {
            return null;
        }

        try
        {
            var state = new State(file, diagnostics, limits);
            var parser = new Parser(new StringReader(text));
            return state.ReadStream(parser);
        }
        catch (YamlException ex)
        {
            var line = (int)Math.Min(int.MaxValue, ex.Start.Line);
            var col = (int)Math.Min(int.MaxValue, ex.Start.Column);
            diagnostics.Add(PlanRules.SyntaxError, file, line, col, FirstLine(ex.Message));
            return null;
        }
        catch (LimitExceededException ex)
        {
            diagnostics.Add(ex.Finding, file, ex.Line, ex.Column);
            return null;
        }
        catch (RejectedException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet runs out of events inside an unclosed flow collection or quote.
            var lines = text.Split('\n');
            diagnostics.Add(PlanRules.UnexpectedEnd, file, lines.Length, lines[lines.Length - 1].Length + 1);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(PlanRules.YamlReaderFailed, file, 1, 1, FirstLine(ex.Message));
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOfAny(new[] { '\r', '\n' });
        return i < 0 ? message : message.Substring(0, i);
    }

    private sealed class LimitExceededException(PlanFinding finding, int line, int column) : Exception(finding.Message)
    {
        public PlanFinding Finding { get; } = finding;

        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    private sealed class RejectedException : Exception
    {
    }

    private sealed class State
    {
        private readonly string _file;
        private readonly DiagnosticBag _diagnostics;
        private readonly ReaderLimits _limits;
        private int _nodes;

        public State(string file, DiagnosticBag diagnostics, ReaderLimits limits)
        {
            _file = file;
            _diagnostics = diagnostics;
            _limits = limits;
        }

        public YamlNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                documents++;
                if (documents > 1)
                {
                    Reject(PlanRules.SecondDocument.With(), start.Start);
                }

                root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, 1);
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
            return root;
        }

        private YamlNode ReadNode(IParser parser, int depth)
        {
            if (depth > _limits.MaxDepth)
            {
                var m = parser.Current!.Start;
                throw new LimitExceededException(PlanRules.TooDeep.With(_limits.MaxDepth), Line(m), Col(m));
            }

            if (++_nodes > _limits.MaxNodes)
            {
                var m = parser.Current!.Start;
                throw new LimitExceededException(PlanRules.TooManyNodes.With(_limits.MaxNodes), Line(m), Col(m));
            }

            var ev = parser.Current!;
            switch (ev)
            {
                case AnchorAlias alias:
                    Reject(PlanRules.AliasUsed.With(alias.Value.Value), alias.Start);
                    break;
                case Scalar scalar:
                    CheckProperties(scalar.Anchor, scalar.Tag, scalar.Start);
                    parser.MoveNext();
                    if (scalar.Value.Length > _limits.MaxScalarChars)
                    {
                        throw new LimitExceededException(PlanRules.ScalarTooLong.With((scalar.Value.Length, _limits.MaxScalarChars)), Line(scalar.Start), Col(scalar.Start));
                    }

                    CheckEscapedCharacters(scalar);
                    return new YamlScalar(scalar.Value, scalar.Style != ScalarStyle.Plain, Line(scalar.Start), Col(scalar.Start));
                case SequenceStart seq:
                {
                    CheckProperties(seq.Anchor, seq.Tag, seq.Start);
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, depth + 1));
                    }

                    return new YamlSequence(items, Line(seq.Start), Col(seq.Start));
                }

                case MappingStart map:
                {
                    CheckProperties(map.Anchor, map.Tag, map.Start);
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    HashSet<string>? seen = null;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyEvent = parser.Current!;
                        var key = ReadNode(parser, depth + 1);
                        if (key is not YamlScalar keyScalar)
                        {
                            Reject(PlanRules.KeyNotPlain.With(), keyEvent.Start);
                            throw new RejectedException();
                        }

                        var value = ReadNode(parser, depth + 1);
                        if (IsDuplicate(entries, ref seen, keyScalar.Value))
                        {
                            Reject(PlanRules.DuplicateKey.With((keyScalar.Value, entries.Find(e => e.Key.Value == keyScalar.Value).Key.Line)), keyEvent.Start);
                        }

                        entries.Add(new KeyValuePair<YamlScalar, YamlNode>(keyScalar, value));
                    }

                    return new YamlMapping(entries, Line(map.Start), Col(map.Start));
                }
            }

            Reject(PlanRules.UnexpectedEvent.With(ev.GetType().Name), ev.Start);
            throw new RejectedException();
        }

        /// <summary>Escapes such as "\u202e" in quoted scalars produce characters the text scan cannot see.</summary>
        private void CheckEscapedCharacters(Scalar scalar)
        {
            if (scalar.Style != ScalarStyle.DoubleQuoted)
            {
                return;
            }

            foreach (var c in scalar.Value)
            {
                if (ForbiddenCharacters.IsForbidden(c) || (char.IsControl(c) && c != '\t' && c != '\n' && c != '\r'))
                {
                    Reject(PlanRules.EscapedForbiddenCharacter.With(ForbiddenCharacters.Code(c)), scalar.Start);
                }
            }
        }

        /// <summary>Duplicate-key check: a linear scan for the usual small mapping, a set once it grows.</summary>
        private static bool IsDuplicate(List<KeyValuePair<YamlScalar, YamlNode>> entries, ref HashSet<string>? seen, string key)
        {
            if (seen is null && entries.Count < 16)
            {
                foreach (var e in entries)
                {
                    if (string.Equals(e.Key.Value, key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (seen is null)
            {
                seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var e in entries)
                {
                    seen.Add(e.Key.Value);
                }
            }

            return !seen.Add(key);
        }

        private void CheckProperties(YamlDotNet.Core.AnchorName anchor, YamlDotNet.Core.TagName tag, Mark start)
        {
            if (!anchor.IsEmpty)
            {
                Reject(PlanRules.AnchorUsed.With(anchor.Value), start);
            }

            if (!tag.IsEmpty && !tag.IsNonSpecific)
            {
                Reject(PlanRules.TagUsed.With(tag.Value), start);
            }
        }

        private void Reject(PlanFinding finding, Mark mark)
        {
            _diagnostics.Add(finding, _file, Line(mark), Col(mark));
            throw new RejectedException();
        }

        private static int Line(Mark m) => (int)Math.Min(int.MaxValue, m.Line);

        private static int Col(Mark m) => (int)Math.Min(int.MaxValue, m.Column);
    }
}
